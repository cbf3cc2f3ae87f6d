package dev.stickerplatform.domain.model;

/** The high-value operations that wait for approvals. */
public enum ApprovalKind {
    /** DeleteApplication of a TipProxy (a retired one after an upgrade), signed by the platform admin account. */
    DELETE_TIP_JAR,
    /** A faucet payment above the configured amount. */
    FAUCET_PAYMENT,
    /** An administrator's transfer of a golden sticker the platform holds, worth more than the policy allows. */
    STICKER_TRANSFER
}
