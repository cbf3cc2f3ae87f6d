package dev.stickerplatform.application.network;

import static dev.stickerplatform.application.query.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.application.ObservedStore;
import dev.stickerplatform.application.network.HealthService.Health;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class HealthServiceTest {
    private final FakeChain chain = new FakeChain();
    private final ObservedStore observed = new ObservedStore();
    private final Store store = observed.store();
    private final HealthService service = new HealthService(chain, store, Clock.fixed(T0, ZoneOffset.UTC));

    @Test
    void healthyWhenTheChainAndTheStoreAnswer() {
        assertThat(service.check()).isEqualTo(new Health(true, Round.of(500), true, T0));
        assertThat(service.check().healthy()).isTrue();
    }

    @Test
    void anUnreachableChainIsReportedNotThrown() {
        chain.down = true;

        Health health = service.check();

        assertThat(health).isEqualTo(new Health(false, null, true, T0));
        assertThat(health.healthy()).isFalse();
    }

    @Test
    void anUnreachableStoreIsReportedNotThrown() {
        observed.down(true);

        assertThat(service.check()).isEqualTo(new Health(true, Round.of(500), false, T0));
    }

    @Test
    void anUnexpectedFailureIsReportedAsUnreachableToo() {
        chain.failure = new IllegalStateException("secret internal detail");

        assertThat(service.check().chainReachable()).isFalse();
    }

    @Test
    void aFurtherDependencyThatDoesNotAnswerMakesItUnhealthy() {
        var withRedis = new HealthService(chain, store, Clock.fixed(T0, ZoneOffset.UTC),
                Map.<String, BooleanSupplier>of("redis", () -> false));

        Health health = withRedis.check();

        assertThat(health.dependencies()).containsExactly(Map.entry("redis", false));
        assertThat(health.healthy()).isFalse();
    }

    @Test
    void aFurtherDependencyWhoseCheckThrowsIsReportedUnreachable() {
        var withRedis = new HealthService(chain, store, Clock.fixed(T0, ZoneOffset.UTC),
                Map.<String, BooleanSupplier>of("redis", () -> {
                    throw new IllegalStateException("connection refused");
                }));

        assertThat(withRedis.check().dependencies()).containsEntry("redis", false);
    }

    @Test
    void answeringDependenciesKeepItHealthy() {
        var withRedis = new HealthService(chain, store, Clock.fixed(T0, ZoneOffset.UTC),
                Map.<String, BooleanSupplier>of("redis", () -> true));

        assertThat(withRedis.check().healthy()).isTrue();
    }
}
