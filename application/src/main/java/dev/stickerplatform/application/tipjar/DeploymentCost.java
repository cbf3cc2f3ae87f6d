package dev.stickerplatform.application.tipjar;

import dev.stickerplatform.domain.model.MicroAlgos;

/**
 * What one TipProxy deployment costs the platform, in µALGO: the app creation's fee, the minimum balance the app
 * locks in the DEPLOYER's account (its global state schema), the funding sent to the app account and that
 * payment's fee. {@code REGISTRATION_MODE=paid} quotes {@link #total()}.
 */
public record DeploymentCost(MicroAlgos createFee, MicroAlgos appMinBalance, MicroAlgos funding,
                             MicroAlgos fundingFee) {
    /** Algorand's minimum balance per created app, and per global uint / byte-slice entry of its schema. */
    static final long PER_APP = 100_000;
    static final long PER_UINT = 28_500;
    static final long PER_BYTE_SLICE = 50_000;

    /** The global state schema of the TipProxy the deployer creates. */
    public record AppSchema(int globalUints, int globalByteSlices) {
        public AppSchema {
            if (globalUints < 0 || globalByteSlices < 0) {
                throw new IllegalArgumentException("schema entries must not be negative");
            }
        }

        /** The minimum balance the creating account locks for an app of this schema. */
        public MicroAlgos minBalance() {
            return MicroAlgos.of(PER_APP + PER_UINT * globalUints + PER_BYTE_SLICE * globalByteSlices);
        }
    }

    /** With {@code minFee} the flat fee of each of the two transactions (creation, funding). */
    public static DeploymentCost of(MicroAlgos minFee, AppSchema schema, MicroAlgos funding) {
        return new DeploymentCost(minFee, schema.minBalance(), funding, minFee);
    }

    public MicroAlgos total() {
        return createFee.plus(appMinBalance).plus(funding).plus(fundingFee);
    }
}
