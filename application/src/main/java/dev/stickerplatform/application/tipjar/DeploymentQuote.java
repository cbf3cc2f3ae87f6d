package dev.stickerplatform.application.tipjar;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;

/**
 * What a creator pays for a deployment ({@code REGISTRATION_MODE=paid}): at least {@link #amount()} µALGO from the
 * creator's wallet to {@code receiver} (the DEPLOYER account) with exactly {@code note} as the payment's note.
 * In other modes the quote is informative: no payment is asked for.
 */
public record DeploymentQuote(RegistrationMode mode, Address creator, DeploymentCost cost, Address receiver,
                              String note) {
    public MicroAlgos amount() {
        return cost.total();
    }

    public boolean paymentRequired() {
        return mode == RegistrationMode.PAID;
    }
}
