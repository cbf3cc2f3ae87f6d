package dev.stickerplatform.adapters.http.json;

import dev.stickerplatform.domain.model.MicroAlgos;
import java.util.Objects;

/**
 * An ALGO amount as a request carries it (JSON number or decimal string, e.g. {@code "minTipAlgo": 2.01}),
 * already converted exactly to microAlgos.
 */
public record AlgoAmount(MicroAlgos value) {
    public AlgoAmount {
        Objects.requireNonNull(value, "value");
    }
}
