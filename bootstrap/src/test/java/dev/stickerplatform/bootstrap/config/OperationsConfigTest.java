package dev.stickerplatform.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.domain.port.RateLimiter.Policy;
import dev.stickerplatform.domain.port.SignerRole;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Operability settings from the environment: defaults, overrides, and refusals that name the variable. */
class OperationsConfigTest {
    private static final Duration POLL = Duration.ofSeconds(5);

    private static OperationsConfig read(Map<String, String> env) {
        return OperationsConfig.fromEnv(new Env(env), Network.TESTNET, POLL);
    }

    @Test
    void theDefaultsNeedNoRedisAndFallBackForReadsOnly() {
        OperationsConfig ops = read(Map.of());

        assertThat(ops.redis()).isNull();
        assertThat(ops.rateLimitFallback()).containsExactly(RouteClass.READ);
        assertThat(ops.rateLimits().auth()).isEqualTo(new Policy("auth", 20, Duration.ofMinutes(1)));
        assertThat(ops.trustedProxy()).isFalse();
        assertThat(ops.signerKinds()).containsEntry(SignerRole.MINTER, "local");
        assertThat(ops.listenerRestartAfter()).isEqualTo(POLL.multipliedBy(3));
        assertThat(ops.profile().expectedGenesisHash()).isEqualTo(NetworkProfile.TESTNET_GENESIS_HASH);
    }

    @Test
    void policiesAreReadAsLimitPerWindow() {
        OperationsConfig ops = read(Map.of("RATE_LIMIT_READS", "1200/1m", "RATE_LIMIT_REGISTER", "3 / 2h",
                "RATE_LIMIT_AUTH", "10/30s", "RATE_LIMIT_FAUCET", "1/500ms"));

        assertThat(ops.rateLimits().reads()).isEqualTo(new Policy("reads", 1200, Duration.ofMinutes(1)));
        assertThat(ops.rateLimits().register()).isEqualTo(new Policy("register", 3, Duration.ofHours(2)));
        assertThat(ops.rateLimits().auth()).isEqualTo(new Policy("auth", 10, Duration.ofSeconds(30)));
        assertThat(ops.rateLimits().faucet()).isEqualTo(new Policy("faucet", 1, Duration.ofMillis(500)));
    }

    @Test
    void aMalformedPolicyNamesItsVariable() {
        for (String bad : new String[] {"600", "600/minute", "0/1m", "5/0s", "-1/1m"}) {
            assertThatThrownBy(() -> read(Map.of("RATE_LIMIT_WRITES", bad))).as(bad)
                    .isInstanceOf(ConfigException.class).hasMessageContaining("RATE_LIMIT_WRITES");
        }
    }

    @Test
    void theFallbackListsRouteClassesOrNone() {
        assertThat(read(Map.of("RATE_LIMIT_FALLBACK", "reads,writes")).rateLimitFallback())
                .containsExactlyInAnyOrder(RouteClass.READ, RouteClass.WRITE);
        assertThat(read(Map.of("RATE_LIMIT_FALLBACK", "none")).rateLimitFallback()).isEmpty();
        assertThatThrownBy(() -> read(Map.of("RATE_LIMIT_FALLBACK", "everything")))
                .hasMessageContaining("RATE_LIMIT_FALLBACK");
    }

    @Test
    void redisIsReadFromItsUrl() {
        OperationsConfig ops = read(Map.of("REDIS_URL", "rediss://user:secret@cache.internal:6380/1",
                "REDIS_KEY_PREFIX", "stickers-prod:", "REDIS_TIMEOUT_MS", "250"));

        assertThat(ops.redis().url().getHost()).isEqualTo("cache.internal");
        assertThat(ops.redis().keyPrefix()).isEqualTo("stickers-prod:");
        assertThat(ops.redis().timeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(ops.redis().toString()).doesNotContain("secret");
        assertThatThrownBy(() -> read(Map.of("REDIS_URL", "http://cache.internal")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("REDIS_URL");
    }

    @Test
    void anUnknownSignerKindIsRefused() {
        assertThatThrownBy(() -> read(Map.of("ADMIN_SIGNER", "yubikey"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("ADMIN_SIGNER must be one of local, mnemonic, pkcs11, vault");
    }

    @Test
    void signerSettingsGivenLaterAlsoSetTheKindPerRole() {
        OperationsConfig ops = read(Map.of("MINTER_SEED_HEX", "00")).withSignerSettings(Map.of(
                "MINTER_SIGNER", "PKCS11", "MINTER_PKCS11_PIN", "1234", "DEPLOYER_SIGNER", "vault", "PORT", "1"));

        assertThat(ops.signerKinds()).containsEntry(SignerRole.MINTER, "pkcs11")
                .containsEntry(SignerRole.DEPLOYER, "vault").containsEntry(SignerRole.ADMIN, "local");
        assertThat(ops.signerSettings()).containsOnlyKeys("MINTER_SIGNER", "MINTER_PKCS11_PIN", "DEPLOYER_SIGNER");
        assertThatThrownBy(() -> ops.withSignerSettings(Map.of("FUNDER_SIGNER", "yubikey")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("FUNDER_SIGNER");
    }

    @Test
    void theNextKeyOfARotationReachesTheSignerSettings() {
        OperationsConfig ops = read(Map.of("MINTER_SIGNER", "pkcs11", "MINTER_ACCOUNT", "A", "NEXT_MINTER_SIGNER",
                "Vault", "NEXT_MINTER_VAULT_KEY", "minter-2", "NEXT_SOMETHING_ELSE", "x"));

        assertThat(ops.nextSignerKinds()).containsExactly(Map.entry(SignerRole.MINTER, "vault"));
        assertThat(ops.signerSettings()).containsKeys("MINTER_ACCOUNT", "NEXT_MINTER_SIGNER", "NEXT_MINTER_VAULT_KEY")
                .doesNotContainKey("NEXT_SOMETHING_ELSE");
        assertThat(read(Map.of()).nextSignerKinds()).isEmpty();
    }

    @Test
    void anUnknownNextSignerKindIsRefused() {
        assertThatThrownBy(() -> read(Map.of("NEXT_ADMIN_SIGNER", "yubikey"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("NEXT_ADMIN_SIGNER must be one of local, mnemonic, pkcs11, vault");
    }

    @Test
    void theNodeAndItsExpectedGenesisCanBeOverridden() {
        NetworkProfile profile = read(Map.of("ALGOD_URL", "https://node.internal", "ALGOD_TOKEN", "t0ken",
                "EXPECTED_GENESIS_HASH", "abc=")).profile();

        assertThat(profile.algodUrl()).isEqualTo("https://node.internal");
        assertThat(profile.expectedGenesisHash()).isEqualTo("abc=");
        assertThat(profile.toString()).doesNotContain("t0ken");
    }
}
