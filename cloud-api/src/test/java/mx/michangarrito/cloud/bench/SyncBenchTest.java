package mx.michangarrito.cloud.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import mx.michangarrito.cloud.http.Json;
import mx.michangarrito.shared.id.UuidV7Generator;
import mx.michangarrito.shared.sync.PushRequest;
import mx.michangarrito.shared.sync.PushedEvent;
import mx.michangarrito.shared.sync.SaleCompleted;
import mx.michangarrito.shared.sync.SyncSchema;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code Main bench-sync} on a small backlog: it runs, every push is accepted, and both figures are printed. */
class SyncBenchTest {

    @Test
    void theSyncBenchRunsOnASmallBacklogAndPrintsBothFigures() throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = SyncBench.run(new String[] {"--sales", "60", "--terminals", "2", "--terminal-sales", "40"});
        } finally {
            System.setOut(out);
        }
        String printed = captured.toString(StandardCharsets.UTF_8);
        out.print(printed);
        assertEquals(0, exit, printed);
        assertTrue(Pattern.compile("(?m)^BENCH sync_catchup_60_s=\\d+\\.\\d{2} s$").matcher(printed).find(), printed);
        assertTrue(Pattern.compile("(?m)^BENCH cloud_ingest_events_per_s=\\d+ events/s$").matcher(printed).find(),
                printed);
    }

    @Test
    void batchesAreTheTerminalsBatchesUnderTheBodyLimitInSequenceOrder() throws Exception {
        var ids = UuidV7Generator.system();
        List<PushedEvent> events = new WireSales(ids, 7, WireSales.catalog(ids), ids.next(), java.time.Instant.now())
                .sell(300);
        UUID terminal = ids.next();
        long next = 1;
        for (byte[] body : SyncBench.batches(terminal, events)) {
            assertTrue(body.length <= SyncSchema.MAX_PUSH_BYTES - 1_024, "body of " + body.length + " bytes");
            PushRequest request = Json.mapper().readValue(body, PushRequest.class);
            assertTrue(request.events().size() <= 200);
            for (PushedEvent e : request.events()) {
                assertEquals(next++, e.sequence());
            }
        }
        assertEquals(events.size() + 1, next);
        assertEquals(300, events.stream().filter(e -> e.event() instanceof SaleCompleted).count());
    }
}
