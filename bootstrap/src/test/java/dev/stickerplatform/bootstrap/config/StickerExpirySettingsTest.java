package dev.stickerplatform.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code PENDING_OPTIN_EXPIRY} and {@code EXPIRY_SWEEP_INTERVAL}. */
class StickerExpirySettingsTest {
    @Test
    void theDefaultsAreThirtyDaysATenMinuteSweepAndContentInMemory() {
        StickerExpirySettings settings = PlatformConfig.embedded().expiry();

        assertThat(settings.pendingOptInExpiry()).isEqualTo(Duration.ofDays(30));
        assertThat(settings.expirySweepInterval()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void durationsAreReadInShortOrIsoForm() {
        StickerExpirySettings settings = StickerExpirySettings.fromEnv(new Env(Map.of("PENDING_OPTIN_EXPIRY", "12h",
                "EXPIRY_SWEEP_INTERVAL", "PT90S")));

        assertThat(settings.pendingOptInExpiry()).isEqualTo(Duration.ofHours(12));
        assertThat(settings.expirySweepInterval()).isEqualTo(Duration.ofSeconds(90));
        assertThat(StickerExpirySettings.fromEnv(new Env(Map.of("PENDING_OPTIN_EXPIRY", "P7D"))).pendingOptInExpiry())
                .isEqualTo(Duration.ofDays(7));
    }

    @Test
    void aBadOrZeroDurationNamesTheVariable() {
        assertThatThrownBy(() -> StickerExpirySettings.fromEnv(new Env(Map.of("PENDING_OPTIN_EXPIRY", "soon"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("PENDING_OPTIN_EXPIRY must be a duration");
        assertThatThrownBy(() -> StickerExpirySettings.fromEnv(new Env(Map.of("EXPIRY_SWEEP_INTERVAL", "0s"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("EXPIRY_SWEEP_INTERVAL must be longer");
    }
}
