package dev.stickerplatform.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.bootstrap.config.Env;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int check(Map<String, String> env) {
        return ConfigCommand.run(new String[] {"check"}, new Env(env), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theEmbeddedDefaultPassesAndPrintsItsSettings() {
        assertThat(check(Map.of())).isEqualTo(0);
        assertThat(output()).contains("network = SIMULATED").contains("maxBodyBytes = 16384")
                .contains("refusals: none");
    }

    @Test
    void secretsAreMasked() {
        String mnemonic = "abandon ".repeat(24) + "art";
        int code = check(Map.of("METRICS_TOKEN", "s3cret-metrics-token", "MINTER_SIGNER", "mnemonic",
                "MINTER_MNEMONIC", mnemonic, "DATABASE_URL", "postgres://sticker:db-pa55word@db.example:5432/app",
                "REDIS_URL", "redis://:redis-pa55@cache.example:6379", "ALGOD_TOKEN", "algod-t0ken-value"));
        assertThat(code).isEqualTo(0);
        assertThat(output()).doesNotContain("s3cret-metrics-token").doesNotContain("abandon abandon")
                .doesNotContain("db-pa55word").doesNotContain("redis-pa55").doesNotContain("algod-t0ken-value")
                .contains("metricsToken=set").contains("MINTER_MNEMONIC");
    }

    @Test
    void everyMainnetRefusalIsListedAtOnceWithANonZeroExit() {
        int code = check(Map.of("NETWORK", "mainnet", "SIMULATION_MODE", "true", "DEMO_MODE", "true",
                "CORS_ORIGINS", "*"));
        assertThat(code).isEqualTo(2);
        assertThat(output()).contains("SIMULATION_MODE=true").contains("DEMO_MODE=true").contains("CORS_ORIGINS")
                .contains("JWT_SIGNING_KEY").contains("DEPLOYER_SIGNER=local").contains("PLATFORM_FEE_FLOOR")
                .contains("DATABASE_URL is missing").contains("REDIS_URL is missing");
    }

    @Test
    void anUnreadableSettingIsARefusal() {
        assertThat(check(Map.of("PORT", "seventy"))).isEqualTo(2);
        assertThat(output()).contains("PORT");
    }

    @Test
    void anythingButCheckIsAUsageError() {
        assertThat(ConfigCommand.run(new String[] {"show"}, new Env(Map.of()), new PrintStream(out),
                new PrintStream(err))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("config check");
    }
}
