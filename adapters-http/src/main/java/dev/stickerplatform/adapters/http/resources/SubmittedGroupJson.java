package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.domain.model.TxId;
import java.util.List;

/** A signed group relayed to the chain: the first transaction's id and all of them, in group order. */
public record SubmittedGroupJson(String txId, List<String> txIds) {

    public static SubmittedGroupJson of(List<TxId> ids) {
        return new SubmittedGroupJson(ids.getFirst().value(), ids.stream().map(TxId::value).toList());
    }
}
