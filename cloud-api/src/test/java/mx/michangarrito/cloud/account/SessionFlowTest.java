package mx.michangarrito.cloud.account;

import java.util.Map;

import mx.michangarrito.cloud.support.ApiTest;
import mx.michangarrito.cloud.support.Session;
import mx.michangarrito.cloud.support.TestCloud;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-up, login, roles, staff invitations and rotating refresh tokens, through the HTTP API. */
class SessionFlowTest extends ApiTest {


    @Test
    void anOwnerSignsUpAShopAndSeesItWithTheAccessToken() {
        String phone = TestCloud.newPhone();
        Session owner = shops.signUp(phone, "Abarrotes Doña Lupe", "Guadalupe Pérez");
        var me = api.get("/v1/me", owner.accessToken()).expect(200).json();
        assertEquals("Abarrotes Doña Lupe", me.get("shopName").asText());
        assertEquals("Guadalupe Pérez", me.get("name").asText());
        assertEquals("owner", me.get("role").asText());
        assertEquals(phone, me.get("phone").asText());
        assertEquals(owner.tenantId().toString(), me.get("tenantId").asText());
    }

    @Test
    void aTenDigitPhoneIsTakenAsMexican() {
        var reply = api.post("/v1/auth/code", null, Map.of("phone", "55 1234-5678")).expect(202);
        assertEquals("+525512345678", reply.text("phone"));
    }

    @Test
    void theOwnerLogsInAgainWithANewCode() {
        Session owner = shops.signUp("Miscelánea El Sol");
        Session again = shops.logIn(owner.phone(), null);
        assertEquals(owner.tenantId(), again.tenantId());
        assertEquals(owner.userId(), again.userId());
        api.get("/v1/me", again.accessToken()).expect(200);
    }

    @Test
    void aCodeWorksOnlyOnce() {
        Session owner = shops.signUp("Tienda Uno");
        api.post("/v1/auth/code", null, Map.of("phone", owner.phone())).expect(202);
        String code = cloud.otp().lastCode(owner.phone());
        api.post("/v1/auth/login", null, Map.of("phone", owner.phone(), "code", code)).expect(200);
        var second = api.post("/v1/auth/login", null, Map.of("phone", owner.phone(), "code", code)).expect(401);
        assertEquals("otp.none", second.text("code"));
    }

    @Test
    void aPhoneWithoutAShopIsToldToSignUp() {
        String phone = TestCloud.newPhone();
        api.post("/v1/auth/code", null, Map.of("phone", phone)).expect(202);
        var reply = api.post("/v1/auth/login", null, Map.of("phone", phone, "code", cloud.otp().lastCode(phone)))
                .expect(404);
        assertEquals("login.no_shop", reply.text("code"));
    }

    @Test
    void aPhoneInTwoShopsChoosesOne() {
        String phone = TestCloud.newPhone();
        Session first = shops.signUp(phone, "Primera", "Ana");
        Session second = shops.signUp(phone, "Segunda", "Ana");
        api.post("/v1/auth/code", null, Map.of("phone", phone)).expect(202);
        String code = cloud.otp().lastCode(phone);
        var choose = api.post("/v1/auth/login", null, Map.of("phone", phone, "code", code)).expect(409);
        assertEquals("login.choose_shop", choose.text("code"));
        assertEquals(2, choose.json().get("choices").size());
        assertTrue(choose.body().contains("Primera") && choose.body().contains("Segunda"), choose.body());
        var chosen = api.post("/v1/auth/login", null, Map.of("phone", phone, "code", code,
                "tenantId", second.tenantId().toString())).expect(200);
        assertEquals(second.tenantId().toString(), chosen.text("tenantId"));
        assertNotEquals(first.tenantId().toString(), chosen.text("tenantId"));
    }

    @Test
    void theOwnerInvitesStaffWhoLogInWithTheirRole() {
        Session owner = shops.signUp("Papelería La Pluma");
        Session manager = shops.invite(owner, "manager");
        Session cashier = shops.invite(owner, "cashier");
        assertEquals(owner.tenantId(), manager.tenantId());
        assertEquals("manager", api.get("/v1/me", manager.accessToken()).expect(200).text("role"));
        assertEquals("cashier", api.get("/v1/me", cashier.accessToken()).expect(200).text("role"));
        var staff = api.get("/v1/staff", owner.accessToken()).expect(200).json();
        assertEquals(3, staff.size());
        staff.forEach(member -> assertEquals("active", member.get("status").asText()));
    }

    @Test
    void rolesLimitWhatStaffMayDo() {
        Session owner = shops.signUp("Farmacia San José");
        Session manager = shops.invite(owner, "manager");
        Session cashier = shops.invite(owner, "cashier");
        api.get("/v1/staff", manager.accessToken()).expect(200);
        api.get("/v1/staff", cashier.accessToken()).expect(403);
        Map<String, String> invite = Map.of("phone", TestCloud.newPhone(), "name", "Otro", "role", "cashier");
        assertEquals("forbidden", api.post("/v1/staff", manager.accessToken(), invite).expect(403).text("code"));
        api.post("/v1/staff", cashier.accessToken(), invite).expect(403);
        api.post("/v1/terminals/pairing-codes", manager.accessToken(), Map.of()).expect(403);
        api.get("/v1/integrations", cashier.accessToken()).expect(403);
        api.delete("/v1/staff/" + owner.userId(), manager.accessToken()).expect(403);
    }

    @Test
    void nobodyCanBeInvitedAsOwnerAndTheOwnerCannotBeRemoved() {
        Session owner = shops.signUp("Tienda Dos");
        var reply = api.post("/v1/staff", owner.accessToken(), Map.of("phone", TestCloud.newPhone(), "name", "X",
                "role", "owner")).expect(400);
        assertEquals("staff.role", reply.text("code"));
        assertEquals("staff.owner", api.delete("/v1/staff/" + owner.userId(), owner.accessToken()).expect(409)
                .text("code"));
    }

    @Test
    void invitingTheSamePhoneTwiceIsAConflict() {
        Session owner = shops.signUp("Tienda Tres");
        Map<String, String> invite = Map.of("phone", TestCloud.newPhone(), "name", "Beto", "role", "cashier");
        api.post("/v1/staff", owner.accessToken(), invite).expect(201);
        assertEquals("staff.exists", api.post("/v1/staff", owner.accessToken(), invite).expect(409).text("code"));
    }

    @Test
    void aRemovedPersonCanNeitherRefreshNorLogIn() {
        Session owner = shops.signUp("Tienda Cuatro");
        Session cashier = shops.invite(owner, "cashier");
        api.delete("/v1/staff/" + cashier.userId(), owner.accessToken()).expect(204);
        api.post("/v1/auth/refresh", null, Map.of("refreshToken", cashier.refreshToken())).expect(401);
        api.get("/v1/me", cashier.accessToken()).expect(401);
        api.post("/v1/auth/code", null, Map.of("phone", cashier.phone())).expect(202);
        api.post("/v1/auth/login", null, Map.of("phone", cashier.phone(),
                "code", cloud.otp().lastCode(cashier.phone()))).expect(404);
    }

    @Test
    void refreshRotatesTheToken() {
        Session owner = shops.signUp("Tienda Cinco");
        var next = api.post("/v1/auth/refresh", null, Map.of("refreshToken", owner.refreshToken())).expect(200);
        assertNotEquals(owner.refreshToken(), next.text("refreshToken"));
        api.get("/v1/me", next.text("accessToken")).expect(200);
        var third = api.post("/v1/auth/refresh", null, Map.of("refreshToken", next.text("refreshToken"))).expect(200);
        assertFalse(third.text("refreshToken").isBlank());
    }

    @Test
    void reusingAnOldRefreshTokenRevokesTheWholeFamily() {
        Session owner = shops.signUp("Tienda Seis");
        String stolen = owner.refreshToken();
        String current = api.post("/v1/auth/refresh", null, Map.of("refreshToken", stolen)).expect(200)
                .text("refreshToken");
        api.post("/v1/auth/refresh", null, Map.of("refreshToken", stolen)).expect(401);
        var afterReuse = api.post("/v1/auth/refresh", null, Map.of("refreshToken", current)).expect(401);
        assertEquals("auth.refresh_invalid", afterReuse.text("code"));
    }

    @Test
    void anotherSessionSurvivesTheRevocationOfOneFamily() {
        Session owner = shops.signUp("Tienda Siete");
        Session tablet = shops.logIn(owner.phone(), null);
        api.post("/v1/auth/refresh", null, Map.of("refreshToken", owner.refreshToken())).expect(200);
        api.post("/v1/auth/refresh", null, Map.of("refreshToken", owner.refreshToken())).expect(401);
        api.post("/v1/auth/refresh", null, Map.of("refreshToken", tablet.refreshToken())).expect(200);
    }

    @Test
    void logoutEndsTheFamily() {
        Session owner = shops.signUp("Tienda Ocho");
        api.post("/v1/auth/logout", null, Map.of("refreshToken", owner.refreshToken())).expect(204);
        api.post("/v1/auth/refresh", null, Map.of("refreshToken", owner.refreshToken())).expect(401);
    }

    @Test
    void aForgedRefreshTokenIsRefused() {
        Session owner = shops.signUp("Tienda Nueve");
        String forged = owner.refreshToken().substring(0, owner.refreshToken().length() - 4) + "AAAA";
        api.post("/v1/auth/refresh", null, Map.of("refreshToken", forged)).expect(401);
        api.post("/v1/auth/refresh", null, Map.of("refreshToken", "rt1.not-a-token")).expect(401);
        api.post("/v1/auth/refresh", null, Map.of("refreshToken", owner.refreshToken())).expect(200);
    }
}
