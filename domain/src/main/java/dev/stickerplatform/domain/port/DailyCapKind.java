package dev.stickerplatform.domain.port;

/** What the platform spends its own ALGO on, each with its own daily cap ({@link DailyCaps}). */
public enum DailyCapKind {
    /** A TipProxy deployment (registration or upgrade): create fee, app minimum balance and funding. */
    DEPLOYMENT,
    /** A payment of the simulated faucet. */
    FAUCET,
    /** A sticker granted without a tip (an admin's or creator's gift): mint and delivery fees, 0.1 ALGO locked. */
    GRANT
}
