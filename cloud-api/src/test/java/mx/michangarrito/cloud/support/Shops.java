package mx.michangarrito.cloud.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Doing what shop owners do, through the API: sign up, log in, invite staff, pair terminals. */
public final class Shops {

    private final Api api;
    private final CapturingOtpSender otp;

    public Shops(Api api, CapturingOtpSender otp) {
        this.api = api;
        this.otp = otp;
    }

    public Session signUp(String shopName) {
        return signUp(TestCloud.newPhone(), shopName, "Dueña de " + shopName);
    }

    public Session signUp(String phone, String shopName, String ownerName) {
        api.post("/v1/auth/code", null, Map.of("phone", phone)).expect(202);
        var reply = api.post("/v1/signup", null, Map.of("phone", phone, "code", otp.lastCode(phone),
                "shopName", shopName, "ownerName", ownerName)).expect(201);
        return Session.of(reply, phone);
    }

    public Session logIn(String phone, UUID tenantId) {
        api.post("/v1/auth/code", null, Map.of("phone", phone)).expect(202);
        Map<String, Object> body = new HashMap<>(Map.of("phone", phone, "code", otp.lastCode(phone)));
        if (tenantId != null) {
            body.put("tenantId", tenantId.toString());
        }
        return Session.of(api.post("/v1/auth/login", null, body).expect(200), phone);
    }

    /** The owner invites a person with {@code role}; returns the person's session after they log in. */
    public Session invite(Session owner, String role) {
        String phone = TestCloud.newPhone();
        api.post("/v1/staff", owner.accessToken(), Map.of("phone", phone, "name", role + " " + phone, "role", role))
                .expect(201);
        return logIn(phone, owner.tenantId());
    }

    /** Pairs a terminal with a fresh code; returns the pairing answer (tenantId, terminalId, deviceCredential). */
    public Api.Reply pairTerminal(Session owner, String name) {
        String code = api.post("/v1/terminals/pairing-codes", owner.accessToken(), Map.of()).expect(201).text("code");
        return api.post("/v1/terminals/pair", null, Map.of("code", code, "name", name)).expect(201);
    }
}
