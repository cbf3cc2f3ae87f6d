package dev.stickerplatform.adapters.http;

import dev.stickerplatform.application.onramp.OnrampPartner;
import dev.stickerplatform.application.listener.ListenerStatus;
import dev.stickerplatform.adapters.persistence.memory.InMemoryDailyCaps;
import dev.stickerplatform.application.metrics.PipelineMetrics;
import dev.stickerplatform.application.wiring.UseCaseWiring;
import dev.stickerplatform.domain.port.AuditTrail;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import dev.stickerplatform.domain.port.ContentStore;
import dev.stickerplatform.domain.port.ContentStoreUnavailableException;
import dev.stickerplatform.domain.port.Randomness;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.StoreUnavailableException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Real use cases over ports that are all down: every port call throws its "unavailable" exception. Enough for
 * the adapter's own HTTP tests, which check everything that happens before or around a use case (validation,
 * access, limits, error mapping) without a platform.
 */
final class TestPlatform {
    private TestPlatform() {
    }

    static UseCases useCasesWithPortsDown() {
        Store store = down(Store.class, () -> new StoreUnavailableException("store down (test)"));
        Chain chain = down(Chain.class, () -> new ChainUnavailableException("chain down (test)"));
        ContentStore content = down(ContentStore.class, () -> new ContentStoreUnavailableException("ipfs down"));
        Signers signers = down(Signers.class, () -> new IllegalStateException("no signer in tests"));
        Randomness randomness = down(Randomness.class, () -> new IllegalStateException("no randomness in tests"));
        AuditTrail audit = down(AuditTrail.class, () -> new StoreUnavailableException("no audit trail in these tests"));
        var ports = new UseCaseWiring.Ports(chain, store, signers, content, randomness, Clock.systemUTC(), audit,
                new InMemoryDailyCaps());
        var wiring = new UseCaseWiring(ports, UseCaseWiring.Settings.defaults(true), PipelineMetrics.NONE);
        Supplier<ListenerStatus> listener = () -> new ListenerStatus(true, true, 10, 12, Instant.now(), 0, 0, null);
        return UseCases.of(wiring, Map.of(), OnrampPartner.WIDGET, listener, Duration.ofSeconds(5), null);
    }

    static <T> T down(Class<T> port, Supplier<RuntimeException> failure) {
        return port.cast(Proxy.newProxyInstance(TestPlatform.class.getClassLoader(), new Class<?>[] {port},
                (proxy, method, args) -> switch (method.getName()) {
                    case "toString" -> port.getSimpleName() + " (down)";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw failure.get();
                }));
    }
}
