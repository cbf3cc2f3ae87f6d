package dev.stickerplatform.application.metrics;

import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ChainRejectedException;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import dev.stickerplatform.domain.port.ForwardingChain;
import java.util.List;
import java.util.function.Supplier;

/** A {@link Chain} that counts failed submissions by reason and otherwise just delegates. */
public final class ObservedChain extends ForwardingChain {
    private final ChainMetrics metrics;

    public ObservedChain(Chain chain, ChainMetrics metrics) {
        super(chain);
        this.metrics = metrics;
    }

    @Override
    public void submit(ChainWrite write) {
        counted("platform", () -> {
            delegate().submit(write);
            return null;
        });
    }

    @Override
    public List<TxId> submitSigned(List<byte[]> signedGroup) {
        return counted("wallet", () -> delegate().submitSigned(signedGroup));
    }

    private <T> T counted(String source, Supplier<T> submission) {
        try {
            return submission.get();
        } catch (ChainRejectedException e) {
            metrics.submitFailed(source, "rejected");
            throw e;
        } catch (ChainUnavailableException e) {
            metrics.submitFailed(source, "unavailable");
            throw e;
        } catch (RuntimeException e) {
            metrics.submitFailed(source, "other");
            throw e;
        }
    }
}
