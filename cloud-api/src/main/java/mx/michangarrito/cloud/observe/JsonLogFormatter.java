package mx.michangarrito.cloud.observe;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One JSON object per log line, with the request id and tenant id of the request being served on the
 * logging thread. Configured in logging.properties.
 */
public final class JsonLogFormatter extends Formatter {

    @Override
    public String format(LogRecord record) {
        StringBuilder out = new StringBuilder(256).append('{');
        field(out, "ts", Instant.ofEpochMilli(record.getMillis()).toString()).append(',');
        field(out, "level", record.getLevel().getName()).append(',');
        field(out, "logger", record.getLoggerName()).append(',');
        field(out, "thread", Thread.currentThread().getName()).append(',');
        RequestContext.current().ifPresent(c -> {
            field(out, "requestId", c.requestId()).append(',');
            c.tenantId().map(UUID::toString).ifPresent(t -> field(out, "tenantId", t).append(','));
        });
        field(out, "message", formatMessage(record));
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            out.append(',');
            field(out, "error", trace.toString());
        }
        return out.append("}\n").toString();
    }

    private static StringBuilder field(StringBuilder out, String name, String value) {
        out.append('"').append(name).append("\":\"");
        String v = value == null ? "" : value;
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"');
    }
}
