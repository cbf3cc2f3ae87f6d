package dev.stickerplatform.adapters.algorand;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import java.util.Objects;

/**
 * What a prepared transaction would do with the sender's money and authority, read from its bytes (never from what
 * a server says about it): the ALGO it pays, its fee, and the fields that give an account away — rekey-to,
 * close-remainder-to and asset close-to. An approver's tool checks these against its policy before it signs.
 *
 * @param type             algod's type name: {@code pay}, {@code axfer}, {@code acfg}, {@code appl}, …
 * @param amount           the ALGO a payment moves (zero for every other type)
 * @param rekeyTo          null when the transaction does not rekey its sender
 * @param closeRemainderTo null unless a payment closes the sender's account
 * @param assetCloseTo     null unless an asset transfer closes the sender's holding
 */
public record TransactionFacts(String type, Address sender, MicroAlgos amount, MicroAlgos fee, Address rekeyTo,
                               Address closeRemainderTo, Address assetCloseTo) {
    public TransactionFacts {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(fee, "fee");
    }
}
