package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.domain.model.TxId;
import java.util.List;

/** A signed transaction relayed to the chain. */
public record SubmittedJson(String txId) {

    public static SubmittedJson of(List<TxId> ids) {
        return new SubmittedJson(ids.getFirst().value());
    }
}
