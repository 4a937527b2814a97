import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What keeps the .deb with the AOT cache (decision 0023) under its 60 MB target: the image's native code
 * without symbol tables, and the payload packed at xz level 9. Measured on the image with the cache:
 * 61.0 MB at dpkg-deb's default level 6, 59.5 MB at level 9, 58.3 MB stripped at level 9.
 */
final class LinuxPackaging {

    /**
     * xz level of the .deb's payload, read by dpkg-deb (1.21.10+) from {@code DPKG_DEB_COMPRESSOR_LEVEL}:
     * jpackage gives dpkg-deb no level, so it would pack at its default 6 (8 MB dictionary); level 9 has a
     * 64 MB one. Unpacking needs 65 MB of memory instead of 9.
     */
    static final String DEB_XZ_LEVEL = "9";

    private LinuxPackaging() {
    }

    /** jpackage {@code args} (a deb) in a process of its own, so dpkg-deb gets {@link #DEB_XZ_LEVEL}. */
    static void jpackageDeb(List<String> args) {
        run(Map.of("DPKG_DEB_COMPRESSOR_LEVEL", DEB_XZ_LEVEL),
                Path.of(System.getProperty("java.home"), "bin", "jpackage").toString(), args);
    }

    /**
     * Drops the symbol tables of the image's native code (libjvm.so alone carries 5 MB of them):
     * {@code strip --strip-unneeded} keeps the dynamic symbols that loading and JNI use, so only a crash
     * report's names of native frames get poorer. Runs before the AOT training, which then sees the
     * runtime that ships. Skipped, with a note, without binutils.
     */
    static void stripNativeSymbols(Path image) throws IOException {
        if (!BuildInstallers.onPath("strip")) {
            System.out.println("strip (binutils) not found: native libraries keep their symbol tables");
            return;
        }
        List<String> args = new ArrayList<>(List.of("--strip-unneeded"));
        try (Stream<Path> paths = Files.walk(image)) {
            paths.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".so") || p.getParent().getFileName().toString().equals("bin"))
                    .map(Path::toString).sorted().forEach(args::add);
        }
        run(Map.of(), "strip", args);
    }

    /** Runs a command with {@code env} added to this process's environment; throws if it failed. */
    private static void run(Map<String, String> env, String command, List<String> args) {
        List<String> line = new ArrayList<>(List.of(command));
        line.addAll(args);
        env.forEach((name, value) -> System.out.print(name + "=" + value + " "));
        System.out.println("> " + String.join(" ", line));
        ProcessBuilder builder = new ProcessBuilder(line).inheritIO();
        builder.environment().putAll(env);
        try {
            int exit = builder.start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException(command + " failed with exit code " + exit);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
