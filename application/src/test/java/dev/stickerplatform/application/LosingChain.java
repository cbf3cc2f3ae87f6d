package dev.stickerplatform.application;

import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ForwardingChain;
import java.util.List;

/** A network that loses every submitted write on the way to the node (the caller is told nothing). */
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
        throw new UnsupportedOperationException("LosingChain loses only platform writes");
    }
}
