package dev.stickerplatform.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.persistence.postgres.PostgresExtension;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.bootstrap.support.TestRedis;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On PostgreSQL and Redis, both connection pools show in the metrics. */
class PoolMetricsTest {
    @RegisterExtension
    final PostgresExtension postgres = new PostgresExtension(20);

    @Test
    void theDatabaseAndRedisPoolsAreReported() throws Exception {
        PlatformConfig embedded = PlatformConfig.embedded().withPort(0).withBlockTime(Duration.ofMillis(100));
        PlatformConfig config = embedded.withDatabase(postgres.config())
                .withOperations(embedded.operations().withRedis(TestRedis.freshPrefix()));
        try (Platform platform = Platform.start(config)) {
            assertThat(platform.metrics().scrape())
                    .containsPattern("pool_connections\\{pool=\"postgres\",state=\"idle\"} [1-9]")
                    .contains("pool_connections{pool=\"redis\",state=\"active\"}");
        }
    }
}
