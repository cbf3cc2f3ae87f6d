package dev.stickerplatform.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A sweep over every operation the served OpenAPI document lists, signed in as a wallet (so input checks past
 * the access check run too): junk path parameters, malformed and mistyped bodies and junk query parameters are
 * all answered with a 4xx problem, never a 5xx.
 */
class EveryEndpointRefusesBadInputTest extends PlatformHttpTest {
    record Operation(String method, String path, JsonNode spec) {
        boolean hasJsonBody() {
            return spec.path("requestBody").path("content").has("application/json");
        }

        boolean isMultipart() {
            return spec.path("requestBody").path("content").has("multipart/form-data");
        }

        List<String> queryParams(JsonNode document) {
            List<String> names = new ArrayList<>();
            for (JsonNode param : spec.path("parameters")) {
                JsonNode resolved = param.has("$ref") ? document.at(param.get("$ref").asText().substring(1)) : param;
                if (resolved.path("in").asText().equals("query")) {
                    names.add(resolved.path("name").asText());
                }
            }
            return names;
        }
    }

    @Test
    void junkPathParametersAre4xxProblems() {
        for (Operation op : operations()) {
            if (op.path().contains("{")) {
                assertClientError(op, as(STRANGER_WALLET).send(op.method(), op.path().replaceAll("\\{[^}]+}",
                        "not-valid"), "{}"));
            }
        }
    }

    @Test
    void malformedJsonBodiesAre4xxProblems() {
        for (Operation op : operations()) {
            if (op.hasJsonBody()) {
                assertClientError(op, as(STRANGER_WALLET).send(op.method(), valid(op.path()), "{\"walletAddress\": "));
                assertClientError(op, as(STRANGER_WALLET).send(op.method(), valid(op.path()), "[]"));
            }
        }
    }

    @Test
    void mistypedJsonBodiesAre4xxProblems() {
        for (Operation op : operations()) {
            if (op.hasJsonBody()) {
                StringBuilder body = new StringBuilder("{");
                for (Iterator<String> names = op.spec().path("requestBody").path("content").path("application/json")
                        .path("schema").path("properties").fieldNames(); names.hasNext(); ) {
                    body.append('"').append(names.next()).append("\": {\"x\": [1]}").append(names.hasNext() ? "," : "");
                }
                assertClientError(op, as(STRANGER_WALLET).send(op.method(), valid(op.path()),
                        body.append('}').toString()));
            }
        }
    }

    @Test
    void multipartRoutesRefuseOtherBodies() {
        for (Operation op : operations()) {
            if (op.isMultipart()) {
                assertProblem(as(STRANGER_WALLET).send(op.method(), valid(op.path()), "{}"), 415,
                        "unsupported-media-type");
            }
        }
    }

    @Test
    void junkQueryParametersAre4xxProblems() {
        JsonNode document = get("/openapi.json").body();
        Map<String, String> junk = Map.of("limit", "0", "cursor", "not-a-cursor", "amountAlgo", "1.0000001",
                "state", "SLEEPING", "name", "../../etc/passwd");
        for (Operation op : operations()) {
            for (String name : op.queryParams(document)) {
                assertClientError(op, as(STRANGER_WALLET).send(op.method(), valid(op.path()) + "?" + name + "="
                        + junk.get(name), "{}"));
            }
        }
    }

    private List<Operation> operations() {
        JsonNode document = get("/openapi.json").body();
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.getValue()))));
        assertThat(operations).hasSizeGreaterThan(30);
        return operations;
    }

    private static String valid(String path) {
        return path.replace("{wallet}", STRANGER).replace("{creatorWallet}", STRANGER).replace("{templateId}", "1")
                .replace("{stickerId}", "1").replace("{assetId}", "1")
                .replace("{partnerOrderId}", "tip_unknown").replace("{id}", "3f1c2d4e-0000-4000-8000-000000000000");
    }

    private static void assertClientError(Operation op, Reply reply) {
        assertThat(reply.status()).as(op.method() + " " + op.path() + " → " + reply).isBetween(400, 499);
        assertThat(reply.header("Content-Type")).as(op.method() + " " + op.path()).startsWith("application/problem+json");
        assertThat(reply.body().path("type").asText()).startsWith(PROBLEM_TYPES);
    }
}
