package dev.stickerplatform.domain.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A sticker given rather than earned: an administrator's or a creator's gift or airdrop of one template to one
 * wallet. A grant enters the same exactly-once pipeline as a tip: its {@link #originId} stands where a tip's txid
 * stands (the mint job's key, the sticker's origin), so one grant yields one ASA and one delivery whatever
 * crashes where.
 *
 * @param originId  {@link #originIdFor}: derived from the request and the wallet, so repeating a request (a client
 *                  retry with the same {@code requestId}) grants nothing more
 * @param requestId the grant request (one per call; a bulk grant shares it between its wallets)
 * @param grantedBy the administrator's or creator's wallet
 * @param reason    why, in the grantor's words (shown with the sticker)
 */
public record Grant(TxId originId, UUID requestId, GrantKind kind, Address grantedBy, long templateId,
                    Address creator, Address fan, String reason, Instant createdAt) {
    public static final int MAX_REASON = 200;
    /** The reason rule, as a client is told it (see {@link #isValidReason}). */
    public static final String REASON_RULE = "a reason of 1 to " + MAX_REASON + " characters is required";

    public Grant {
        Objects.requireNonNull(originId, "originId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(grantedBy, "grantedBy");
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(fan, "fan");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!isValidReason(reason)) {
            throw new IllegalArgumentException(REASON_RULE);
        }
    }

    /** A grant's reason: not blank, at most {@link #MAX_REASON} characters. The one place of this rule. */
    public static boolean isValidReason(String reason) {
        return reason != null && !reason.isBlank() && reason.length() <= MAX_REASON;
    }

    /**
     * The origin id of the grant of {@code request} to {@code fan}: 32 bytes of SHA-512/256 in a txid's form. The
     * "grant:" domain keeps it apart from every real txid (which hashes "TX" + a transaction).
     */
    public static TxId originIdFor(UUID requestId, Address fan) {
        return TxId.fromHash(Hashes.sha512_256(("grant:" + requestId + ":" + fan.value())
                .getBytes(StandardCharsets.UTF_8)));
    }
}
