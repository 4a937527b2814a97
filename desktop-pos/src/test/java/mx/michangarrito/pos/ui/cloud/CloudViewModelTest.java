package mx.michangarrito.pos.ui.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mx.michangarrito.pos.sync.CredentialVault;
import mx.michangarrito.pos.sync.Pairing;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.InlineTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Nube" section's view model pairing against a local server answering as the cloud does. */
class CloudViewModelTest {

    @TempDir
    Path dir;
    private final MockWebServer server = new MockWebServer();
    private TestTerminal t;
    private Pairing pairing;
    private CloudViewModel model;

    @BeforeEach
    void start() throws IOException {
        server.start();
        t = new TestTerminal(dir);
        pairing = new Pairing(t.services().settings, new CredentialVault(t.db, t.clock), Duration.ofSeconds(10));
        model = new CloudViewModel(pairing, t.services().unpairing, owner(), Texts.spanish(),
                new InlineTaskExecutor(), "Caja 1");
        model.load();
        model.cloudUrlProperty().set(server.url("/").toString());
    }

    @AfterEach
    void stop() {
        t.close();
        server.close();
    }

    @Test
    void aGoodCodePairsAndShowsTheTerminalThisTillBecame() {
        assertFalse(model.pairedProperty().get());
        assertEquals("Esta caja todavía no está vinculada a la nube.", model.pairedWithProperty().get());
        UUID terminal = UUID.randomUUID();
        server.enqueue(new MockResponse.Builder().code(201).body("{\"tenantId\":\"" + UUID.randomUUID()
                + "\",\"terminalId\":\"" + terminal + "\",\"deviceCredential\":\"dc1.a.b.secret\"}").build());
        model.codeProperty().set("abcd-efgh");
        model.pair();
        assertFalse(model.errorProperty().get(), model.messageProperty().get());
        assertTrue(model.pairedProperty().get());
        assertTrue(model.pairedWithProperty().get().endsWith("como la terminal " + terminal + "."),
                model.pairedWithProperty().get());
        assertEquals("", model.codeProperty().get());
        assertTrue(pairing.target().isPresent());

        CloudViewModel reopened = new CloudViewModel(pairing, t.services().unpairing, owner(), Texts.spanish(),
                new InlineTaskExecutor(), "Caja 1");
        reopened.load();
        assertTrue(reopened.pairedProperty().get(), "the section shows the pairing after a restart");
    }

    @Test
    void aCredentialThatCannotBeReadOnThisPcSaysToPairAgainAndAllowsIt() throws Exception {
        server.enqueue(new MockResponse.Builder().code(201).body("{\"tenantId\":\"" + UUID.randomUUID()
                + "\",\"terminalId\":\"" + UUID.randomUUID() + "\",\"deviceCredential\":\"dc1.a.b.secret\"}").build());
        model.codeProperty().set("abcd-efgh");
        model.pair();
        assertTrue(model.pairedProperty().get());
        java.nio.file.Files.delete(t.db.dataDir().resolve(CredentialVault.KEY_FILE));

        CloudViewModel restored = new CloudViewModel(pairing, t.services().unpairing, owner(), Texts.spanish(),
                new InlineTaskExecutor(), "Caja 1");
        restored.load();
        assertFalse(restored.pairedProperty().get());
        assertEquals("La credencial de la nube no se puede leer en esta PC: vuelve a vincular la caja con el código "
                + "del dueño.", restored.pairedWithProperty().get());

        UUID terminal = UUID.randomUUID();
        server.enqueue(new MockResponse.Builder().code(201).body("{\"tenantId\":\"" + UUID.randomUUID()
                + "\",\"terminalId\":\"" + terminal + "\",\"deviceCredential\":\"dc1.c.d.secret\"}").build());
        restored.cloudUrlProperty().set(server.url("/").toString());
        restored.codeProperty().set("abcd-efgh");
        restored.pair();
        assertFalse(restored.errorProperty().get(), restored.messageProperty().get());
        assertEquals(terminal, pairing.target().orElseThrow().terminalId());
        assertEquals("dc1.c.d.secret", pairing.target().orElseThrow().deviceCredential());
    }

    @Test
    void aWrongOrExpiredCodeAndNoInternetAreSaidInSpanishWithWhatToDo() {
        model.codeProperty().set("ABCD1EFG");
        model.pair();
        assertTrue(model.errorProperty().get());
        assertTrue(model.messageProperty().get().startsWith("El código de vinculación tiene 8 letras"),
                model.messageProperty().get());

        server.enqueue(new MockResponse.Builder().code(404).body("{\"code\":\"pairing.unknown\"}").build());
        model.codeProperty().set("ABCDEFGH");
        model.pair();
        assertTrue(model.messageProperty().get().contains("ya venció. Pide uno nuevo al dueño."), model.messageProperty().get());

        server.enqueue(new MockResponse.Builder().code(426)
                .body("{\"code\":\"schema.unsupported\",\"title\":\"Actualiza el programa de la caja.\"}").build());
        model.pair();
        assertTrue(model.messageProperty().get().endsWith("Actualiza el programa de la caja."), model.messageProperty().get());

        server.close();
        model.pair();
        assertTrue(model.messageProperty().get().startsWith("No se pudo conectar con la nube"), model.messageProperty().get());
        assertFalse(model.pairedProperty().get());
        assertFalse(pairing.target().isPresent());
    }

    @Test
    void aMissingAddressOrNameIsAskedForBeforeCallingTheCloud() {
        model.cloudUrlProperty().set("nube de la tienda");
        model.codeProperty().set("ABCDEFGH");
        model.pair();
        assertTrue(model.messageProperty().get().startsWith("Escribe la dirección de la nube"), model.messageProperty().get());
        model.cloudUrlProperty().set(server.url("/").toString());
        model.terminalNameProperty().set("  ");
        model.pair();
        assertTrue(model.messageProperty().get().startsWith("Escribe un nombre para esta caja"), model.messageProperty().get());
        assertEquals(0, server.getRequestCount());
    }

    private java.util.UUID owner() {
        return t.users.listActive().stream().filter(u -> u.displayName().equals("Lupita")).findFirst().orElseThrow().id();
    }

    @Test
    void theOwnersPinUnpairsOnceNothingWaitsForTheCloud() {
        server.enqueue(new MockResponse.Builder().code(201).body("{\"tenantId\":\"" + UUID.randomUUID()
                + "\",\"terminalId\":\"" + UUID.randomUUID() + "\",\"deviceCredential\":\"dc1.a.b.secret\"}").build());
        model.codeProperty().set("ABCDEFGH");
        model.pair();
        assertTrue(model.pairedProperty().get());

        model.unpair();
        assertTrue(model.errorProperty().get());
        assertEquals("Escribe el PIN del dueño para desvincular esta caja.", model.messageProperty().get());

        t.customers.create(mx.michangarrito.pos.fiado.CustomerDraft.of("Doña Mary", mx.michangarrito.shared.money.Money
                .ofPesos(100)), java.util.Optional.empty());
        model.ownerPinProperty().set("1111");
        model.unpair();
        assertTrue(model.messageProperty().get().startsWith("Hay 1 movimiento de esta caja que todavía no llega a la nube."),
                model.messageProperty().get());
        assertEquals("", model.ownerPinProperty().get(), "the PIN is not kept on the screen");
        assertTrue(model.pairedProperty().get());

        t.db.writeVoid(s -> s.createNativeMutationQuery("DELETE FROM outbox").executeUpdate()); // as if pushed
        server.enqueue(new MockResponse.Builder().code(204).build());
        model.ownerPinProperty().set("1111");
        model.unpair();
        assertFalse(model.errorProperty().get(), model.messageProperty().get());
        assertFalse(model.pairedProperty().get());
        assertEquals("Sin vincular: esta caja ya no envía ni recibe datos de la nube.", model.pairedWithProperty().get());
        assertTrue(model.messageProperty().get().startsWith("Listo: esta caja quedó sin vincular."));
        assertFalse(pairing.target().isPresent());
    }
}
