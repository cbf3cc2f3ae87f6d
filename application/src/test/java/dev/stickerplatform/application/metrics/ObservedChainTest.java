package dev.stickerplatform.application.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ChainRejectedException;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Failed submissions are counted by source and reason and still thrown; everything else passes through. */
class ObservedChainTest {
    private final List<String> failures = new ArrayList<>();
    private final ChainMetrics metrics = (source, reason) -> failures.add(source + "/" + reason);

    @Test
    void aRefusedWalletGroupIsCountedAsRejected() {
        Chain chain = new ObservedChain(failing(() -> new ChainRejectedException("overspend")), metrics);

        assertThatThrownBy(() -> chain.submitSigned(List.of(new byte[1]))).isInstanceOf(ChainRejectedException.class);

        assertThat(failures).containsExactly("wallet/rejected");
    }

    @Test
    void anUnreachableNodeIsCountedAsUnavailable() {
        Chain chain = new ObservedChain(failing(() -> new ChainUnavailableException("timeout")), metrics);

        assertThatThrownBy(() -> chain.submit(null)).isInstanceOf(ChainUnavailableException.class);

        assertThat(failures).containsExactly("platform/unavailable");
    }

    @Test
    void anythingElseIsOther() {
        Chain chain = new ObservedChain(failing(() -> new IllegalStateException("bug")), metrics);

        assertThatThrownBy(() -> chain.submit(null)).isInstanceOf(IllegalStateException.class);

        assertThat(failures).containsExactly("platform/other");
    }

    @Test
    void successIsNotCounted() {
        List<TxId> ids = List.of(TxId.fromHash(new byte[32]));
        Chain chain = new ObservedChain((Chain) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Chain.class}, (proxy, method, args) -> ids), metrics);

        assertThat(chain.submitSigned(List.of(new byte[1]))).isEqualTo(ids);
        assertThat(failures).isEmpty();
    }

    private Chain failing(Supplier<RuntimeException> failure) {
        return (Chain) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Chain.class},
                (proxy, method, args) -> {
                    throw failure.get();
                });
    }
}
