package dev.stickerplatform.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.http.RateLimits;
import dev.stickerplatform.bootstrap.config.OperationsConfig;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.domain.port.RateLimiter.Policy;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Throws hostile input at every operation of the served OpenAPI document, on the whole embedded platform, as an
 * anonymous client, a signed-in wallet and an admin: junk and out-of-range path parameters, malformed bodies,
 * every body field replaced by every kind of wrong value (wrong JSON types, numbers beyond 2^64, negative,
 * fractional, too long), junk query parameters, wrong content types, oversized bodies with and without a
 * {@code Content-Length}, and seeded random bytes. Not one answer may be a 5xx, and every error is a problem.
 * The one exception is the 501 that the OpenAPI document declares for the manual mint and transfer operations,
 * which no use case implements yet: an admin gets it whatever the input; it is counted apart. Prints how many
 * requests it sent.
 */
class HttpFuzzTest extends PlatformHttpTest {
    private static final long SEED = 20_261_202L;
    private static final DevWallet ADMIN_WALLET = DevWallet.fromSeed(filled((byte) 7));
    private static final List<String> NUMBERS = List.of("0", "-1", "-0", "1.5", "1e999", "-1e999", "1e-999",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "18446744073709551615",
            "18446744073709551616", "99999999999999999999999999999999", "1" + "0".repeat(70), "0.0000001",
            "123456789012.123456");
    private static final List<String> OTHERS = List.of("null", "true", "false", "\"\"", "\" \"", "\"-1\"",
            "\"18446744073709551616\"", "\"1e999\"", "\"NaN\"", "\"0x10\"", "\"\\u0000\"", "\"\\ud800\"",
            "\"\u00fc\u00df\ud83d\ude00\"", "\"" + "A".repeat(3000) + "\"", "[]", "[1,2,3]", "{}", "{\"x\":[1]}",
            "[".repeat(40) + "]".repeat(40), "\"" + BAD_CHECKSUM + "\"", "\"" + "/".repeat(58) + "\"");
    private static final List<String> PATH_JUNK = List.of("0", "-1", "1.5", "9".repeat(19), "18446744073709551615",
            "18446744073709551616", "9".repeat(40), "%20", "%00", "%2e%2e", "..%2f..", "a".repeat(300),
            "%F0%9F%98%80", "%FF%FE", "null", BAD_CHECKSUM, STRANGER.toLowerCase(Locale.ROOT), "1e9",
            "3f1c2d4e-0000-4000-8000-00000000000g");
    private static final List<String> QUERY_JUNK = List.of("", "-1", "0", "1e999", "18446744073709551616",
            "99999999999999999999", "1.0000001", "-0.5", "%00", "not-a-cursor", "o:-5", "o:99999999999999999999",
            "a".repeat(500), "SLEEPING", "../../etc/passwd");

    private final Random random = new Random(SEED);
    private final List<String> failures = new ArrayList<>();
    private int requests;
    private int documentedNotImplemented;

    @BeforeAll
    @Override
    void startPlatform() {
        PlatformConfig config = PlatformConfig.embedded().withPort(0).withBlockTime(Duration.ofMillis(100));
        OperationsConfig ops = config.operations();
        Policy plenty = new Policy("fuzz", 1_000_000, Duration.ofMinutes(1));
        var unlimited = ops.withRateLimits(new RateLimits(plenty, plenty, plenty, plenty, plenty));
        platform = Platform.start(config.withOperations(unlimited)
                .withAuth(config.auth().withAdmins(Set.of(ADMIN_WALLET.address()))));
    }

    record Operation(String method, String path, JsonNode spec) {
        boolean hasJsonBody() {
            return spec.path("requestBody").path("content").has("application/json");
        }

        boolean isMultipart() {
            return spec.path("requestBody").path("content").has("multipart/form-data");
        }

        List<String> bodyFields() {
            List<String> names = new ArrayList<>();
            spec.path("requestBody").path("content").path("application/json").path("schema").path("properties")
                    .fieldNames().forEachRemaining(names::add);
            return names;
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

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Test
    void noHostileRequestGetsA5xx() {
        JsonNode document = get("/openapi.json").body();
        List<Operation> operations = operations(document);
        assertThat(operations).hasSizeGreaterThan(30);
        assertThat(platform.routes()).hasSize(operations.size());
        for (Operation op : operations) {
            junkPathParameters(op);
            junkQueryParameters(op, document);
            wrongContentTypes(op);
            if (op.hasJsonBody()) {
                malformedBodies(op);
                everyFieldWrong(op);
                randomBodies(op);
            }
            if (op.isMultipart()) {
                junkUploads(op);
            }
            oversizedBodies(op);
        }
        System.out.printf("HTTP fuzz (seed %d): %d requests over %d operations, %d responses >= 500"
                + " (and %d documented 501s of unimplemented admin operations)%n", SEED, requests, operations.size(),
                failures.size(), documentedNotImplemented);
        assertThat(failures).as("responses >= 500 or errors that are not problems").isEmpty();
    }

    private void junkPathParameters(Operation op) {
        if (!op.path().contains("{")) {
            return;
        }
        for (String junk : PATH_JUNK) {
            String path = op.path().replaceAll("\\{[^}]+}", junk);
            for (Function<HttpRequest.Builder, HttpRequest.Builder> caller : callers(op)) {
                check(op, "path " + junk, caller.apply(request(path).header("Content-Type", "application/json")
                        .method(op.method(), HttpRequest.BodyPublishers.ofString("{}"))));
            }
            // one parameter junk at a time, the others valid: the later checks run too
            Iterator<String> names = parameters(op.path()).iterator();
            while (names.hasNext()) {
                String name = names.next();
                String one = valid(op.path().replace("{" + name + "}", junk));
                check(op, "path " + name + "=" + junk, best(op).apply(request(one)
                        .header("Content-Type", "application/json")
                        .method(op.method(), HttpRequest.BodyPublishers.ofString(validBody(op)))));
            }
        }
    }

    private void junkQueryParameters(Operation op, JsonNode document) {
        for (String name : op.queryParams(document)) {
            for (String junk : QUERY_JUNK) {
                String path = valid(op.path()) + "?" + name + "=" + junk.replace(" ", "%20");
                check(op, "query " + name + "=" + junk, best(op).apply(request(path)
                        .header("Content-Type", "application/json")
                        .method(op.method(), HttpRequest.BodyPublishers.ofString(validBody(op)))));
            }
        }
    }

    private void wrongContentTypes(Operation op) {
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/xml",
                "multipart/form-data; boundary=x", "application/json; charset=latin1", "")) {
            var request = request(valid(op.path())).method(op.method(),
                    HttpRequest.BodyPublishers.ofString(validBody(op)));
            check(op, "content type " + type, best(op).apply(type.isEmpty() ? request
                    : request.header("Content-Type", type)));
        }
    }

    private void malformedBodies(Operation op) {
        List<String> bodies = new ArrayList<>(List.of("", " ", "{", "}", "{\"a\":", "[]", "null", "1", "\"x\"",
                "{\"a\":1}{}", "{\"a\":1,\"a\":2}", "\u0000", "{'a':1}", "{\"a\":NaN}", "\ufeff{}",
                "{".repeat(100) + "}".repeat(100), "[" + "1,".repeat(2000) + "1]"));
        bodies.addAll(NUMBERS);
        bodies.addAll(OTHERS);
        for (String body : bodies) {
            sendBody(op, "body " + abbreviate(body), body);
        }
    }

    /** Each field in turn gets every wrong value, the other fields staying valid. */
    private void everyFieldWrong(Operation op) {
        for (String field : op.bodyFields()) {
            for (String value : concat(NUMBERS, OTHERS)) {
                Map<String, String> fields = validFields(op);
                fields.put(field, value);
                sendBody(op, field + "=" + abbreviate(value), json(fields));
            }
            Map<String, String> without = validFields(op);
            without.remove(field);
            sendBody(op, "without " + field, json(without));
        }
    }

    /** Seeded random bodies: structured ones built from the field names, then random bytes. */
    private void randomBodies(Operation op) {
        List<String> values = concat(NUMBERS, OTHERS);
        List<String> fields = op.bodyFields();
        for (int i = 0; i < 40; i++) {
            Map<String, String> body = validFields(op);
            for (String field : fields) {
                if (random.nextInt(3) == 0) {
                    body.put(field, values.get(random.nextInt(values.size())));
                }
            }
            sendBody(op, "random fields #" + i, json(body));
        }
        for (int i = 0; i < 20; i++) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            send(op, "random bytes #" + i, best(op).apply(request(valid(op.path()))
                    .header("Content-Type", "application/json")
                    .method(op.method(), HttpRequest.BodyPublishers.ofByteArray(bytes))));
        }
    }

    private void junkUploads(Operation op) {
        String path = valid(op.path());
        for (String value : List.of("", "-1", "1e999", "18446744073709551616", "99999999999999999999.5",
                "0.0000001", "platinum", "\u0000", "A".repeat(5000))) {
            for (String field : List.of("name", "sticker_type", "category", "tip_threshold")) {
                Map<String, String> fields = new LinkedHashMap<>(Map.of("name", "fuzz"));
                fields.put(field, value);
                check(op, "upload " + field + "=" + abbreviate(value), as(STRANGER_WALLET).upload(path, fields, PNG));
            }
        }
        check(op, "upload without image", as(STRANGER_WALLET).upload(path, Map.of("name", "x"), null));
        check(op, "upload of random bytes", as(STRANGER_WALLET).upload(path, Map.of("name", "x"),
                "not an image".getBytes(StandardCharsets.UTF_8)));
        check(op, "broken multipart", best(op).apply(request(path)
                .header("Content-Type", "multipart/form-data; boundary=zzz")
                .POST(HttpRequest.BodyPublishers.ofString("--zzz\r\nContent-Disposition: form-data\r\n\r\n"))));
    }

    /** A body past every route's limit, with a Content-Length and streamed without one. */
    private void oversizedBodies(Operation op) {
        int size = op.isMultipart() ? 6 * 1024 * 1024 : 600 * 1024;
        String big = "{\"x\":\"" + "A".repeat(size) + "\"}";
        check(op, "oversized body", answerDespiteEarlyClose(best(op).apply(request(valid(op.path()))
                .header("Content-Type", op.isMultipart() ? "multipart/form-data; boundary=x" : "application/json")
                .method(op.method(), HttpRequest.BodyPublishers.ofString(big)))));
        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        check(op, "oversized streamed body", answerDespiteEarlyClose(best(op).apply(request(valid(op.path()))
                .header("Content-Type", "application/json")
                .method(op.method(), HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(bytes))))));
    }

    /**
     * The server's answer to a body it refuses before reading it all. The server answers early and closes the
     * connection (RFC 9112 §9.6); a client still sending the body then sometimes sees the reset instead of the answer
     * (the JDK client reports it as an IOException). A reset is no 5xx, but the answer is what this test checks, so
     * it asks again, a bounded number of times.
     */
    private Reply answerDespiteEarlyClose(HttpRequest.Builder request) {
        java.io.UncheckedIOException reset = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return send(request);
            } catch (java.io.UncheckedIOException e) {
                reset = e;
            }
        }
        throw reset;
    }

    private void sendBody(Operation op, String what, String body) {
        send(op, what, best(op).apply(request(valid(op.path())).header("Content-Type", "application/json")
                .method(op.method(), HttpRequest.BodyPublishers.ofString(body))));
    }

    private void send(Operation op, String what, HttpRequest.Builder request) {
        check(op, what, send(request));
    }

    private void check(Operation op, String what, HttpRequest.Builder request) {
        check(op, what, send(request));
    }

    private void check(Operation op, String what, Reply reply) {
        requests++;
        boolean problem = reply.status() < 400 || (reply.header("Content-Type") != null
                && reply.header("Content-Type").startsWith("application/problem+json"));
        if (reply.status() == 501 && problem && op.spec().path("responses").has("501")
                && reply.body().path("type").asText().equals(PROBLEM_TYPES + "not-implemented")) {
            documentedNotImplemented++;
            return;
        }
        if (reply.status() >= 500 || !problem) {
            failures.add(op + " [" + what + "] → " + abbreviate(reply.toString()));
        }
    }

    /** Anonymous, signed in as a stranger, and as an admin. */
    private List<Function<HttpRequest.Builder, HttpRequest.Builder>> callers(Operation op) {
        String stranger = "Bearer " + token(STRANGER_WALLET);
        String admin = "Bearer " + token(ADMIN_WALLET);
        return List.of(r -> r, r -> r.header("Authorization", stranger), r -> r.header("Authorization", admin));
    }

    /** The caller that gets furthest: the admin on admin routes, the wallet in the path elsewhere. */
    private Function<HttpRequest.Builder, HttpRequest.Builder> best(Operation op) {
        String token = "Bearer " + token(op.path().startsWith("/admin") || op.path().startsWith("/nft/mint")
                || op.path().equals("/nft/transfer") ? ADMIN_WALLET : STRANGER_WALLET);
        return r -> r.header("Authorization", token);
    }

    private final Map<String, String> tokens = new LinkedHashMap<>();

    private String token(DevWallet wallet) {
        return tokens.computeIfAbsent(wallet.address().value(),
                address -> dev.stickerplatform.bootstrap.auth.WalletLogin.accessToken(platform.baseUrl(), wallet));
    }

    /** A plausible value for each field, so that one wrong field is what the route has to deal with. */
    private static Map<String, String> validFields(Operation op) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : op.bodyFields()) {
            fields.put(field, switch (field) {
                case "walletAddress", "fanWallet", "signer" -> "\"" + STRANGER + "\"";
                case "amountAlgo", "minTipAlgo" -> "\"1\"";
                case "assetId" -> "1";
                case "signedTxns" -> "[\"AAAA\"]";
                case "username" -> "\"fuzz\"";
                default -> "\"AAAA\"";
            });
        }
        return fields;
    }

    private static String validBody(Operation op) {
        return op.hasJsonBody() ? json(validFields(op)) : "{}";
    }

    private static String json(Map<String, String> fields) {
        StringBuilder body = new StringBuilder("{");
        fields.forEach((name, value) -> body.append(body.length() > 1 ? "," : "").append('"').append(name)
                .append("\":").append(value));
        return body.append('}').toString();
    }

    private static List<String> parameters(String path) {
        List<String> names = new ArrayList<>();
        var matcher = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String valid(String path) {
        return path.replace("{wallet}", STRANGER).replace("{creatorWallet}", STRANGER).replace("{templateId}", "1")
                .replace("{stickerId}", "1").replace("{assetId}", "1").replace("{cid}", "bafkreifuzz")
                .replace("{partnerOrderId}", "tip_unknown").replace("{id}", "3f1c2d4e-0000-4000-8000-000000000000");
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.getValue()))));
        return operations;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…(" + text.length() + ")" : text;
    }

    private static byte[] filled(byte value) {
        byte[] seed = new byte[32];
        java.util.Arrays.fill(seed, value);
        return seed;
    }
}
