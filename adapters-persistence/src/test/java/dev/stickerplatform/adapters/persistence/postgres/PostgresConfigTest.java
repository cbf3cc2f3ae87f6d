package dev.stickerplatform.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresConfigTest {
    private static final String URL = "jdbc:postgresql://db.internal:5432/stickers";

    @Test
    void defaultsToTenConnectionsInItsOwnSchema() {
        PostgresConfig config = PostgresConfig.of(URL, "app", "secret");

        assertThat(config.poolSize()).isEqualTo(10);
        assertThat(config.schema()).isEqualTo("sticker_platform");
    }

    @Test
    void neverShowsThePassword() {
        PostgresConfig config = new PostgresConfig(URL + "?password=hunter2&ssl=true", "app", "secret", 5, "s");

        assertThat(config.toString()).doesNotContain("secret").doesNotContain("hunter2").contains("ssl=true");
    }

    @Test
    void refusesWhatIsNotAPostgresJdbcUrl() {
        assertThatThrownBy(() -> PostgresConfig.of("postgres://db.internal/stickers", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PostgresConfig.of("jdbc:mysql://db.internal/stickers", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAPoolSizeOutOfRange() {
        assertThatThrownBy(() -> PostgresConfig.of(URL, null, null).withPoolSize(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesASchemaThatIsNotAPlainIdentifier() {
        PostgresConfig config = PostgresConfig.of(URL, null, null);

        assertThatThrownBy(() -> config.withSchema("public; DROP TABLE tips"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> config.withSchema("Stickers")).isInstanceOf(IllegalArgumentException.class);
        assertThat(config.withSchema("stickers_2").schema()).isEqualTo("stickers_2");
    }
}
