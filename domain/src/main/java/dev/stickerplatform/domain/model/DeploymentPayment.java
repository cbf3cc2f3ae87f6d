package dev.stickerplatform.domain.model;

import java.util.Objects;
import java.time.Instant;
import java.util.UUID;

/**
 * A creator's on-chain payment for a TipProxy deployment ({@code REGISTRATION_MODE=paid}), recorded as used in the
 * same transaction as the deployment it pays for: one payment pays for one deployment, ever.
 *
 * @param txId     the confirmed payment transaction
 * @param creator  who paid (the payment's sender, the creator wallet)
 * @param amount   what the payment carried (at least the quote)
 * @param purpose  what it paid for
 * @param tipJarId the tip jar whose deployment it paid for
 */
public record DeploymentPayment(TxId txId, Address creator, MicroAlgos amount, Purpose purpose, UUID tipJarId,
                                Instant usedAt) {
    /** A payment pays for a first registration or for an upgrade. */
    public enum Purpose {
        REGISTER,
        UPGRADE
    }

    public DeploymentPayment {
        Objects.requireNonNull(txId, "txId");
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(tipJarId, "tipJarId");
        Objects.requireNonNull(usedAt, "usedAt");
    }
}
