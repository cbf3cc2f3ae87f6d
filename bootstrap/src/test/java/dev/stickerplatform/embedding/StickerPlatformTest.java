package dev.stickerplatform.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.algorand.SimulatedChain;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.bootstrap.embedding.StickerPlatform;
import dev.stickerplatform.domain.port.Chain;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The embedding builder's choices: HTTP or not, the embedder's own chain, a wrapped chain, refused settings. */
class StickerPlatformTest {

    @Test
    void withoutHttpThereIsNoServerAndWithHttpTheApiAnswers() throws Exception {
        try (StickerPlatform.Running quiet = StickerPlatform.builder().start()) {
            assertThat(quiet.baseUrl()).isEmpty();
            assertThat(quiet.useCases().health()).isNotNull();
        }
        try (StickerPlatform.Running served = StickerPlatform.builder().http(0).start()) {
            String base = served.baseUrl().orElseThrow();
            HttpResponse<String> params = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(base + "/params")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(params.statusCode()).isEqualTo(200);
            assertThat(params.body()).contains(served.txParams().genesisHash());
        }
    }

    @Test
    void theEmbeddersOwnChainIsTheOneTheUseCasesTalkToThroughTheWrapper() {
        AtomicInteger calls = new AtomicInteger();
        try (SimulatedLedger ledger = new SimulatedLedger(SimulatedLedger.Config.manualBlocks()
                .withBlockTime(Duration.ofMillis(50)));
             StickerPlatform.Running platform = StickerPlatform.builder().chain(new SimulatedChain(ledger))
                     .wrapChain(chain -> counting(chain, calls)).workers(0).start()) {
            Chain.TxParams params = platform.txParams();
            assertThat(params.genesisHash()).isEqualTo(ledger.genesisHash());
            assertThat(params.genesisId()).isEqualTo(ledger.genesisId());
            assertThat(calls.get()).isPositive();
        }
    }

    @Test
    void aBadSettingIsRefusedNamingIt() {
        assertThatThrownBy(() -> StickerPlatform.builder().setting("WORKERS", "lots").start())
                .hasMessageContaining("WORKERS");
        assertThatThrownBy(() -> StickerPlatform.builder().network("nowhere").start())
                .hasMessageContaining("NETWORK");
    }

    private static Chain counting(Chain chain, AtomicInteger calls) {
        return (Chain) Proxy.newProxyInstance(Chain.class.getClassLoader(), new Class<?>[] {Chain.class},
                (proxy, method, args) -> {
                    calls.incrementAndGet();
                    try {
                        return method.invoke(chain, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
