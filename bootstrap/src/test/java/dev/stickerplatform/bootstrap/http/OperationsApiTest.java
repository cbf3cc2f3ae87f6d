package dev.stickerplatform.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Health, readiness, listener status, transaction parameters, contract specs and the API docs. */
class OperationsApiTest extends PlatformHttpTest {
    @Test
    void healthSummarisesTheDependencies() {
        awaitListenerRunning();
        Reply health = get("/health");
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.body().path("status").asText()).isEqualTo("healthy");
        assertThat(health.body().path("algorandConnected").asBoolean()).isTrue();
        assertThat(health.body().path("storeConnected").asBoolean()).isTrue();
        assertThat(health.body().path("network").asText()).isEqualTo("simulated");
        assertThat(health.body().path("timestamp").asText()).endsWith("Z");
    }

    /** The listener thread starts with the platform; give it its first heartbeat. */
    private void awaitListenerRunning() {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(10);
        while (!get("/listener/status").body().path("healthy").asBoolean()
                && java.time.Instant.now().isBefore(deadline)) {
            platform.ledger().awaitRoundAfter(platform.ledger().currentRound(), java.time.Duration.ofMillis(200));
        }
    }

    @Test
    void livenessAndReadinessAnswer() {
        assertThat(get("/health/live").status()).isEqualTo(200);
        awaitListenerRunning();
        Reply ready = get("/health/ready");
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        assertThat(ready.body().path("checks").path("listener").asText()).isEqualTo("ok");
    }

    @Test
    void theListenerReportsItsHeartbeat() {
        awaitListenerRunning();
        JsonNode status = get("/listener/status").body();
        for (String field : List.of("running", "leader", "lastRound", "chainRound", "lagRounds",
                "heartbeatAgeSeconds", "healthy", "errorsCount", "restarts")) {
            assertThat(status.has(field)).as(field).isTrue();
        }
        assertThat(status.path("running").asBoolean()).isTrue();
        assertThat(status.path("healthy").asBoolean()).isTrue();
    }

    @Test
    void paramsGiveAFlatFeeThatIsNeverZero() {
        JsonNode params = get("/params").body();
        assertThat(params.path("fee").asLong()).isGreaterThanOrEqualTo(1000);
        assertThat(params.path("lastValidRound").asLong()).isGreaterThan(params.path("firstValidRound").asLong());
        assertThat(params.path("genesisHash").asText()).isNotBlank();
    }

    @Test
    void theTipProxySpecIsSummarised() {
        JsonNode info = get("/contract/info").body();
        assertThat(info.path("name").asText()).isEqualTo("tip_proxy");
        assertThat(info.path("globalUints").asInt()).isEqualTo(7);
        assertThat(info.path("globalBytes").asInt()).isEqualTo(3);
        List<String> signatures = new ArrayList<>();
        info.path("methods").forEach(method -> signatures.add(method.path("signature").asText()));
        assertThat(signatures).contains("tip(pay,string)void", "tip_for(pay,address,string)void", "pause()void");
        assertThat(info.path("events").get(0).asText()).isEqualTo("TipWithFee(address,uint64,uint64,string)");
        assertThat(info.path("newDeployments").path("platformFee").path("basisPoints").asInt()).isZero();
        assertThat(get("/contract/info?name=tip_proxy").body()).isEqualTo(info);
        assertThat(get("/contract/list").body().path("contracts")).containsExactly(info);
    }

    @Test
    void onlyTheShippedContractIsKnown() {
        for (String name : List.of("../../../../etc/passwd", "tip_proxy/../tip_proxy", "TIP_PROXY", "")) {
            assertProblem(get("/contract/info?name=" + java.net.URLEncoder.encode(name,
                    java.nio.charset.StandardCharsets.UTF_8)), 404, "not-found");
        }
    }

    @Test
    void theOpenApiDocumentDescribesThisServer() {
        JsonNode doc = get("/openapi.json").body();
        assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(doc.path("servers").get(0).path("url").asText()).isEqualTo(platform.config().http().publicBaseUrl());
        assertThat(doc.path("paths").has("/creator/register")).isTrue();
        Reply docs = get("/docs");
        assertThat(docs.header("Content-Type")).startsWith("text/html");
        assertThat(docs.body().asText()).contains("API explorer").doesNotContain("<script>")
                .doesNotContain("src=\"http");
    }

    @Test
    void responsesCarrySecurityHeaders() {
        Reply reply = get("/params");
        assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(reply.header("RateLimit-Policy")).isEqualTo("\"reads\";q=600;w=60");
    }
}
