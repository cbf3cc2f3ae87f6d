package dev.stickerplatform.adapters.algorand.simulated;

import dev.stickerplatform.domain.model.Address;

/**
 * A payment an application made from its own account during a call (an inner transaction); {@code closeRemainderTo}
 * is null unless the payment also closed the application account into that address.
 */
public record InnerPayment(Address sender, Address receiver, long amount, long fee, Address closeRemainderTo) {
}
