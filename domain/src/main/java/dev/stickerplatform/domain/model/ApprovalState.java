package dev.stickerplatform.domain.model;

/** Where a high-value operation stands. */
public enum ApprovalState {
    /** Waiting for signatures. */
    PENDING,
    /** Enough signatures: the signed transaction is recorded and was submitted. */
    SUBMITTED,
    /** Confirmed on chain. */
    CONFIRMED,
    /** Its transaction can no longer confirm (past its last valid round): propose it again if still wanted. */
    EXPIRED,
    /** An administrator refused it while it waited for signatures: never submitted, and it takes none any more. */
    REJECTED
}
