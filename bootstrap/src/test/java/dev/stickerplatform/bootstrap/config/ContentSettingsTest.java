package dev.stickerplatform.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.bootstrap.config.ContentSettings.Store;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentSettingsTest {
    private static ContentSettings read(Map<String, String> env) {
        return ContentSettings.fromEnv(new Env(env));
    }

    @Test
    void postgresIsTheDefaultWithADatabaseAndMemoryWithout() {
        ContentSettings defaults = read(Map.of());

        assertThat(defaults.storeFor(true)).isEqualTo(Store.POSTGRES);
        assertThat(defaults.storeFor(false)).isEqualTo(Store.MEMORY);
        assertThat(PlatformConfig.fromEnv(new Env(Map.of("DATABASE_URL", "jdbc:postgresql://db/x"))).content()
                .storeFor(true)).isEqualTo(Store.POSTGRES);
    }

    @Test
    void everyVariableIsRead() {
        ContentSettings settings = read(Map.ofEntries(Map.entry("CONTENT_STORE", "kubo"),
                Map.entry("IPFS_GATEWAY_URL", "https://ipfs.io/ipfs"), Map.entry("CONTENT_DIR", "/srv/content"),
                Map.entry("CONTENT_MAX_BYTES", "1000"), Map.entry("CONTENT_QUOTA_BYTES_PER_CREATOR", "500"),
                Map.entry("CONTENT_QUOTA_TEMPLATES_PER_CREATOR", "5"), Map.entry("KUBO_API_URL", "http://kubo:5001"),
                Map.entry("KUBO_AUTHORIZATION", "Basic dTpw"), Map.entry("PINNING_TIMEOUT_MS", "2500")));

        assertThat(settings.store()).isEqualTo(Store.KUBO);
        assertThat(settings.gatewayUrl()).isEqualTo("https://ipfs.io/ipfs");
        assertThat(settings.directory()).hasToString("/srv/content");
        assertThat(settings.maxBytes()).isEqualTo(1000);
        assertThat(settings.maxBytesPerCreator()).isEqualTo(500);
        assertThat(settings.maxTemplatesPerCreator()).isEqualTo(5);
        assertThat(settings.kuboApiUrl()).isEqualTo("http://kubo:5001");
        assertThat(settings.kuboAuthorization()).isEqualTo("Basic dTpw");
        assertThat(settings.pinningTimeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(settings.inMemoryOnly(false)).isFalse();
    }

    @Test
    void badSettingsSayWhatIsMissing() {
        assertThatThrownBy(() -> read(Map.of("CONTENT_STORE", "s3"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("CONTENT_STORE must be one of");
        assertThatThrownBy(() -> read(Map.of("CONTENT_STORE", "directory"))).hasMessageContaining("CONTENT_DIR");
        assertThatThrownBy(() -> read(Map.of("CONTENT_STORE", "pinata"))).hasMessageContaining("PINATA_JWT");
        assertThatThrownBy(() -> read(Map.of("CONTENT_QUOTA_TEMPLATES_PER_CREATOR", "21")))
                .hasMessageContaining("CONTENT_QUOTA_TEMPLATES_PER_CREATOR");
        assertThatThrownBy(() -> StartupGuards.refuseUnsafeSettings(PlatformConfig.fromEnv(new Env(
                Map.of("CONTENT_STORE", "postgres"))))).hasMessageContaining("CONTENT_STORE=postgres needs DATABASE_URL");
    }
}
