package mx.michangarrito.pos.selftest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code Main --self-test}: prints one line per {@link SelfTest} check and a verdict; exit code 0 when
 * the counter is ready, 1 when something is not. Needs no display.
 */
public final class SelfTestCli {

    private SelfTestCli() {
    }

    /** Checks the terminal whose data lives in {@code dataDir}; returns the process exit code. */
    public static int run(String versionText, Path dataDir, PrintStream out) {
        out.println(versionText + " — autoprueba (self-test)");
        List<Check> checks = SelfTest.run(dataDir);
        for (Check check : checks) {
            out.println((check.ok() ? "[OK]    " : "[FALLA] ") + check.subject() + ": " + check.detail());
        }
        long failed = checks.stream().filter(check -> !check.ok()).count();
        out.println(failed == 0 ? "RESULTADO: OK" : "RESULTADO: FALLA (" + failed + " de " + checks.size() + ")");
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
