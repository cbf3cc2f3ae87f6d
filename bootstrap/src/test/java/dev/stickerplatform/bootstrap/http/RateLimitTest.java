package dev.stickerplatform.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Limits count per client and route class: the faucet allows 3 calls a minute, then answers 429. */
class RateLimitTest extends PlatformHttpTest {
    @Test
    void theFourthFaucetCallInAMinuteIs429WithRetryHeaders() {
        for (int i = 0; i < 3; i++) {
            Reply reply = post("/simulate/fund-wallet", Map.of("walletAddress", "bad"));
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.header("RateLimit")).isEqualTo("\"faucet\";r=" + (2 - i) + ";t=" + reply.header("RateLimit")
                    .replaceAll(".*;t=", ""));
        }
        Reply refused = post("/simulate/fund-wallet", Map.of("walletAddress", STRANGER, "amountAlgo", 1));
        assertProblem(refused, 429, "rate-limited");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.header("RateLimit-Policy")).isEqualTo("\"faucet\";q=3;w=60");
        assertThat(refused.header("RateLimit")).startsWith("\"faucet\";r=0;t=");
    }

    @Test
    void otherRouteClassesHaveTheirOwnBudget() {
        Reply read = get("/fan/" + STRANGER + "/stats");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("RateLimit-Policy")).isEqualTo("\"reads\";q=600;w=60");
    }
}
