package dev.stickerplatform.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code PENDING_OPTIN_EXPIRY} and {@code EXPIRY_SWEEP_INTERVAL}. */
class MoneySettingsTest {
    @Test
    void theDefaultsAreThirtyDaysATenMinuteSweepAndContentInMemory() {
        MoneySettings settings = PlatformConfig.embedded().money();

        assertThat(settings.pendingOptInExpiry()).isEqualTo(Duration.ofDays(30));
        assertThat(settings.expirySweepInterval()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void durationsAreReadInShortOrIsoForm() {
        MoneySettings settings = MoneySettings.fromEnv(new Env(Map.of("PENDING_OPTIN_EXPIRY", "12h",
                "EXPIRY_SWEEP_INTERVAL", "PT90S")));

        assertThat(settings.pendingOptInExpiry()).isEqualTo(Duration.ofHours(12));
        assertThat(settings.expirySweepInterval()).isEqualTo(Duration.ofSeconds(90));
        assertThat(MoneySettings.fromEnv(new Env(Map.of("PENDING_OPTIN_EXPIRY", "P7D"))).pendingOptInExpiry())
                .isEqualTo(Duration.ofDays(7));
    }

    @Test
    void aBadOrZeroDurationNamesTheVariable() {
        assertThatThrownBy(() -> MoneySettings.fromEnv(new Env(Map.of("PENDING_OPTIN_EXPIRY", "soon"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("PENDING_OPTIN_EXPIRY must be a duration");
        assertThatThrownBy(() -> MoneySettings.fromEnv(new Env(Map.of("EXPIRY_SWEEP_INTERVAL", "0s"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("EXPIRY_SWEEP_INTERVAL must be longer");
    }
}
