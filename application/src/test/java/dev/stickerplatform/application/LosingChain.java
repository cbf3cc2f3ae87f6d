package dev.stickerplatform.application;

import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ForwardingChain;
import java.util.List;

/**
 * A network that loses everything submitted on the way to the node (the caller is told nothing): recorded writes
 * and signed groups alike; a lost group's txids are not known here, so none are returned.
 */
public final class LosingChain extends ForwardingChain {
    public LosingChain(Chain chain) {
        super(chain);
    }

    @Override
    public void submit(ChainWrite write) {
        // lost on the way
    }

    @Override
    public List<TxId> submitSigned(List<byte[]> signedGroup) {
        return List.of(); // lost on the way
    }
}
