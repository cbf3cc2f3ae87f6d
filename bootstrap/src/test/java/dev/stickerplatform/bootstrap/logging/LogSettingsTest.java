package dev.stickerplatform.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogSettingsTest {
    @Test
    void theDefaultIsTextAtInfoWithJettyQuiet() {
        LogSettings settings = LogSettings.from(Map.of());

        assertThat(settings.json()).isFalse();
        assertThat(settings.root()).isEqualTo(Level.INFO);
        assertThat(settings.levels()).containsEntry("org.eclipse.jetty", Level.WARN);
    }

    @Test
    void levelsAreSetPerLoggerAndOverrideTheQuietDefaults() {
        LogSettings settings = LogSettings.from(Map.of("LOG_FORMAT", "JSON", "LOG_LEVEL", "warn",
                "LOG_LEVELS", " dev.stickerplatform.adapters.http=debug, org.eclipse.jetty=info ,"));

        assertThat(settings.json()).isTrue();
        assertThat(settings.root()).isEqualTo(Level.WARN);
        assertThat(settings.levels()).containsEntry("dev.stickerplatform.adapters.http", Level.DEBUG)
                .containsEntry("org.eclipse.jetty", Level.INFO);
    }

    @Test
    void badValuesFallBackToTheDefaultsInsteadOfSilencingTheProcess() {
        LogSettings settings = LogSettings.from(Map.of("LOG_FORMAT", "xml", "LOG_LEVEL", "loud",
                "LOG_LEVELS", "nonsense"));

        assertThat(settings.json()).isFalse();
        assertThat(settings.root()).isEqualTo(Level.INFO);
        assertThat(settings.levels()).doesNotContainKey("nonsense");
    }
}
