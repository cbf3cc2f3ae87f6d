package dev.stickerplatform.application.treasury;

import java.util.Locale;

/**
 * What the platform pays for from its role accounts. The test faucet (FUNDER, simulated networks only, refused on
 * mainnet) is not counted.
 */
public enum SpendKind {
    /** A TipProxy: create and funding fees, the app's minimum balance and the funding (DEPLOYER). */
    DEPLOYMENT,
    /** A sticker's asset: the creation fee and the 0.1 ALGO it locks in the MINTER account. */
    MINT,
    /** A sticker's transfer to its fan (MINTER). */
    DELIVERY,
    /** Destroying an unclaimed sticker's asset: its fee (the 0.1 ALGO comes back, counted as returned). */
    DESTROY;

    /** The lower-case name used in JSON and metric labels. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
