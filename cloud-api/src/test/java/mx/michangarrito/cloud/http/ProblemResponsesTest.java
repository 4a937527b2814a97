package mx.michangarrito.cloud.http;

import java.util.Map;

import mx.michangarrito.cloud.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input gets RFC 9457 problem+json with a stable code and Spanish text, never a stack trace. */
class ProblemResponsesTest extends ApiTest {


    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "POST|/v1/auth/code|{\"phone\": |400|request.malformed_json",
        "POST|/v1/auth/code|[1,2]|400|request.malformed_json",
        "POST|/v1/auth/code|{\"phone\":\"5512345678\",\"admin\":true}|400|request.unknown_field",
        "POST|/v1/auth/code|{}|400|field.required",
        "POST|/v1/auth/code|{\"phone\":12}|400|phone.invalid",
        "POST|/v1/signup|{\"phone\":\"5512345678\",\"code\":\"123456\",\"shopName\":\" \",\"ownerName\":\"x\"}|400|field.required",
        "POST|/v1/auth/login|{\"phone\":\"5512345678\",\"code\":\"123456\",\"tenantId\":\"no-uuid\"}|400|request.malformed_json",
        "POST|/v1/auth/refresh|{\"refreshToken\":\"abc\"}|401|auth.refresh_invalid",
        "GET|/v1/me||401|auth.missing",
        "GET|/v1/nothing-here||404|not_found",
        "DELETE|/v1/staff/not-a-uuid||401|auth.missing",
    })
    void badRequestsGetAProblemWithACode(String method, String path, String body, int status, String code) {
        var reply = api.send(method, path, null, body, Map.of());
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(code, reply.text("code"));
        assertEquals(status, reply.json().get("status").asInt());
        assertFalse(reply.text("title").isBlank());
        assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "), reply.body());
        assertEquals(reply.requestId(), reply.text("requestId"));
    }

    @Test
    void textsAreSpanishByDefaultAndEnglishOnRequest() {
        var spanish = api.send("POST", "/v1/auth/code", null, "{\"phone\":\"123\"}", Map.of());
        assertTrue(spanish.text("title").startsWith("El teléfono no es válido"), spanish.body());
        var english = api.send("POST", "/v1/auth/code", null, "{\"phone\":\"123\"}", Map.of("Accept-Language", "en-US"));
        assertTrue(english.text("title").startsWith("That is not a valid phone number"), english.body());
    }

    @Test
    void aSafeRequestIdFromTheCallerIsKeptAndAnUnsafeOneReplaced() {
        var kept = api.send("GET", "/v1/me", null, null, Map.of("X-Request-Id", "caja-1.req-42"));
        assertEquals("caja-1.req-42", kept.requestId());
        var replaced = api.send("GET", "/v1/me", null, null, Map.of("X-Request-Id", "a b\"<script>"));
        assertTrue(replaced.requestId().matches("[0-9a-f-]{36}"), replaced.requestId());
    }

    @Test
    void aWrongMethodIsAProblemToo() {
        var reply = api.send("PATCH", "/v1/me", null, null, Map.of());
        assertTrue(reply.status() == 404 || reply.status() == 405, reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    }
}
