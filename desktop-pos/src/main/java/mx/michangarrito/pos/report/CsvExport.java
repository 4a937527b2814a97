package mx.michangarrito.pos.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;

/**
 * Writes a table as CSV that Excel opens right in Mexico: UTF-8 with a byte-order mark (without it Excel
 * shows "Lácteos" as "LÃ¡cteos"), comma-separated, CRLF line ends, fields quoted when they need it.
 * The file is written next to the target and moved over it, so a failed export never leaves half a file.
 */
public final class CsvExport {

    private CsvExport() {
    }

    /**
     * @throws ReportException EXPORT_FAILED when the file cannot be written (folder missing, read-only, full)
     */
    public static void write(Path target, List<String> header, List<List<String>> rows) {
        Objects.requireNonNull(target, "target");
        Path absolute = target.toAbsolutePath();
        Path temp = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                out.write('\uFEFF');
                line(out, header);
                for (List<String> row : rows) {
                    line(out, row);
                }
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the folder itself is unusable; nothing was written there
            }
            throw ReportException.exportFailed(absolute.toString(), e);
        }
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String quote(String field) {
        String text = field == null ? "" : field;
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
