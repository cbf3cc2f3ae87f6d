package dev.stickerplatform.domain.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A high-value operation waiting for approvals: one transaction, built once with fixed parameters, and the
 * signatures collected for it. When the signing account is a {@link MultisigAccount}, each approver signs with
 * their own member key and {@code threshold} of them are needed; otherwise the account's one platform-held key
 * signs when an administrator approves (threshold 1).
 *
 * @param role       the platform role whose account sends the transaction (e.g. {@code ADMIN})
 * @param account    the sending account
 * @param multisig   the account's multisig keys, or null when one platform-held key signs for it
 * @param signatures Ed25519 signatures of {@link UnsignedTxn#bytesToSign()} by member (or platform) key address
 * @param write      the signed transaction, recorded before it is submitted (SUBMITTED and later)
 * @param version    optimistic-lock version, bumped by every save
 */
public record Approval(UUID id, ApprovalKind kind, String role, String summary, Address account,
                       MultisigAccount multisig, UnsignedTxn txn, Map<Address, byte[]> signatures,
                       ApprovalState state, ChainWrite write, Round confirmedRound, String lastError,
                       String requestedBy, Instant createdAt, Instant updatedAt, long version) {
    public Approval {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(txn, "txn");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Map<Address, byte[]> copy = new LinkedHashMap<>();
        Objects.requireNonNull(signatures, "signatures").forEach((signer, signature) -> {
            if (signature == null || signature.length != 64) {
                throw new IllegalArgumentException("a signature is 64 bytes");
            }
            copy.put(Objects.requireNonNull(signer, "signer"), signature.clone());
        });
        signatures = Collections.unmodifiableMap(copy);
        if (state != ApprovalState.PENDING && state != ApprovalState.EXPIRED && state != ApprovalState.REJECTED
                && write == null) {
            throw new IllegalArgumentException("a " + state + " approval has a recorded write");
        }
    }

    /** A new approval waiting for its first signature. */
    public static Approval proposed(UUID id, ApprovalKind kind, String role, String summary, Address account,
                                    MultisigAccount multisig, UnsignedTxn txn, String requestedBy, Instant now) {
        return new Approval(id, kind, role, summary, account, multisig, txn, Map.of(), ApprovalState.PENDING, null,
                null, null, requestedBy, now, now, 0);
    }

    /** How many signatures the transaction needs. */
    public int threshold() {
        return multisig == null ? 1 : multisig.threshold();
    }

    public boolean hasEnoughSignatures() {
        return signatures.size() >= threshold();
    }

    public Approval withSignature(Address signer, byte[] signature, Instant now) {
        Map<Address, byte[]> more = new LinkedHashMap<>(signatures);
        more.put(signer, signature);
        return new Approval(id, kind, role, summary, account, multisig, txn, more, state, write, confirmedRound,
                lastError, requestedBy, createdAt, now, version);
    }

    public Approval submitted(ChainWrite signed, String rejection, Instant now) {
        return new Approval(id, kind, role, summary, account, multisig, txn, signatures, ApprovalState.SUBMITTED,
                signed, null, rejection, requestedBy, createdAt, now, version);
    }

    public Approval confirmed(Round round, Instant now) {
        return new Approval(id, kind, role, summary, account, multisig, txn, signatures, ApprovalState.CONFIRMED,
                write, round, null, requestedBy, createdAt, now, version);
    }

    public Approval expired(Instant now) {
        return new Approval(id, kind, role, summary, account, multisig, txn, signatures, ApprovalState.EXPIRED,
                write, null, lastError, requestedBy, createdAt, now, version);
    }

    /** Refused while pending: {@code reason} (who and why) is kept as its last error. */
    public Approval rejected(String reason, Instant now) {
        if (state != ApprovalState.PENDING) {
            throw new IllegalStateException("only a pending approval can be rejected, this one is " + state);
        }
        return new Approval(id, kind, role, summary, account, multisig, txn, signatures, ApprovalState.REJECTED,
                null, null, reason, requestedBy, createdAt, now, version);
    }

    public Approval withError(String error, Instant now) {
        return new Approval(id, kind, role, summary, account, multisig, txn, signatures, state, write,
                confirmedRound, error, requestedBy, createdAt, now, version);
    }

    public Approval withVersion(long newVersion) {
        return new Approval(id, kind, role, summary, account, multisig, txn, signatures, state, write,
                confirmedRound, lastError, requestedBy, createdAt, updatedAt, newVersion);
    }

    /** Equal when every field is equal, signatures compared by content. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Approval a) || a.signatures.size() != signatures.size()) {
            return false;
        }
        for (Map.Entry<Address, byte[]> entry : signatures.entrySet()) {
            if (!java.util.Arrays.equals(entry.getValue(), a.signatures.get(entry.getKey()))) {
                return false;
            }
        }
        return id.equals(a.id) && kind == a.kind && role.equals(a.role) && summary.equals(a.summary)
                && account.equals(a.account) && Objects.equals(multisig, a.multisig) && txn.equals(a.txn)
                && state == a.state && Objects.equals(write, a.write)
                && Objects.equals(confirmedRound, a.confirmedRound) && Objects.equals(lastError, a.lastError)
                && requestedBy.equals(a.requestedBy) && createdAt.equals(a.createdAt)
                && updatedAt.equals(a.updatedAt) && version == a.version;
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
