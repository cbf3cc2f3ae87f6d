package dev.stickerplatform.domain.model;

/**
 * Life of a creator's TipProxy deployment. Each step that writes to the chain persists its {@link ChainWrite}
 * before submitting, so recovery can finish whatever a crash interrupted.
 */
public enum TipJarStatus {
    /** The create transaction is signed and recorded; not known to be confirmed yet. */
    DEPLOYING,
    /** The app exists; the funding payment is signed and recorded, not known to be confirmed yet. */
    FUNDING,
    /** Deployed and funded: tips to it are followed. */
    ACTIVE,
    /** Replaced by a newer version (upgrade); no longer followed for new tips after retirement. */
    RETIRED
}
