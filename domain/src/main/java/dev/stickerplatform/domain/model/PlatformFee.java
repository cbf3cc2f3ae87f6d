package dev.stickerplatform.domain.model;

import java.util.Objects;

/**
 * The platform's cut of every tip to a TipProxy (version 2), fixed in the app at creation: for a tip of
 * {@code amount}, {@code fee = max(floor, ⌊amount × basisPoints / 10000⌋)} (rounded down), paid to the treasury;
 * the creator receives {@code amount − fee}. The contract refuses fee settings with {@code basisPoints ≥ 10000}
 * and a minimum tip that is not above {@code floor}, so every tip it accepts leaves the creator at least
 * 1 µALGO.
 */
public record PlatformFee(int basisPoints, MicroAlgos floor) {
    public static final int MAX_BASIS_POINTS = 9_999;
    private static final long BASIS = 10_000;
    public static final PlatformFee NONE = new PlatformFee(0, MicroAlgos.ZERO);
    /**
     * What one sticker costs the platform on Algorand: the fees of the ASA's creation and of its delivery (1000 µALGO
     * each, the protocol's minimum fee) and the 0.1 ALGO the ASA locks in the minter's minimum balance.
     */
    public static final MicroAlgos STICKER_COST = MicroAlgos.of(1_000 + 1_000 + 100_000);

    public PlatformFee {
        if (basisPoints < 0 || basisPoints > MAX_BASIS_POINTS) {
            throw new IllegalArgumentException("the platform fee is 0 to " + MAX_BASIS_POINTS
                    + " basis points (below 100 %)");
        }
        Objects.requireNonNull(floor, "floor");
    }

    /** The fee on a tip of {@code amount}, exact for every amount (no intermediate overflow). */
    public MicroAlgos on(MicroAlgos amount) {
        long whole = amount.value() / BASIS;
        long rest = amount.value() % BASIS;
        // ⌊(whole × 10000 + rest) × bps / 10000⌋ = whole × bps + ⌊rest × bps / 10000⌋, both terms below amount
        long percentage = whole * basisPoints + rest * basisPoints / BASIS;
        return MicroAlgos.of(Math.max(floor.value(), percentage));
    }

    /** What the creator receives of a tip of {@code amount}. */
    public MicroAlgos creatorShare(MicroAlgos amount) {
        return amount.minus(on(amount));
    }

    /** Whether the fee on every tip pays at least for the sticker the tip may earn. */
    public boolean coversStickerCost() {
        return floor.compareTo(STICKER_COST) >= 0;
    }

    /** Whether a TipProxy with this fee accepts {@code minTip} (the contract requires it to be above the floor). */
    public boolean allowsMinTip(MicroAlgos minTip) {
        return minTip.compareTo(floor) > 0;
    }
}
