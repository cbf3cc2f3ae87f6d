package dev.stickerplatform.adapters.kms;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Hashes;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.AuditLog;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.SignerUnavailableException;
import dev.stickerplatform.domain.port.SigningEvent;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Records every signature of the wrapped signer in an {@link AuditLog}: role, key, the key's address (and the
 * account it signs for, when that was rekeyed to the key), purpose, requester ({@link SigningContext}), SHA-512/256
 * of the signed bytes (for {@code "TX"}-prefixed bytes that digest is the transaction id, recorded as {@code txid},
 * with the transaction's type as {@code kind}) and outcome. Fail-closed: if the event cannot be recorded, the signature is withheld and the caller gets a
 * {@link SignerUnavailableException}.
 */
public final class AuditingSigner implements Signer, AutoCloseable {
    private final Signer delegate;
    private final SignerRole role;
    private final String keyId;
    private final AuditLog log;
    private final Clock clock;

    public AuditingSigner(Signer delegate, SignerRole role, String keyId, AuditLog log, Clock clock) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.role = Objects.requireNonNull(role, "role");
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Address address() {
        return delegate.address();
    }

    @Override
    public Address authAddress() {
        return delegate.authAddress();
    }

    @Override
    public byte[] sign(byte[] bytesToSign) {
        Objects.requireNonNull(bytesToSign, "bytesToSign");
        byte[] digest = Hashes.sha512_256(bytesToSign);
        String purpose = SigningContext.current().orElseGet(() -> defaultPurpose(role));
        byte[] signature;
        try {
            signature = delegate.sign(bytesToSign);
        } catch (RuntimeException e) {
            try {
                log.record(event(bytesToSign, digest, purpose, SigningEvent.Outcome.FAILED, e));
            } catch (RuntimeException auditFailure) {
                e.addSuppressed(auditFailure);
            }
            throw e;
        }
        try {
            log.record(event(bytesToSign, digest, purpose, SigningEvent.Outcome.OK, null));
        } catch (RuntimeException e) {
            throw new SignerUnavailableException("the audit log refused the " + role + " signature; withheld", e);
        }
        return signature;
    }

    private SigningEvent event(byte[] bytes, byte[] digest, String purpose, SigningEvent.Outcome outcome,
                               RuntimeException failure) {
        boolean transaction = bytes.length > 2 && bytes[0] == 'T' && bytes[1] == 'X';
        return new SigningEvent(clock.instant(), role, delegate.authAddress(), keyId, purpose,
                HexFormat.of().formatHex(digest), transaction ? TxId.fromHash(digest) : null, bytes.length,
                outcome, failure == null ? null : failure.getClass().getSimpleName(), delegate.address(),
                TransactionKind.of(bytes), SigningContext.currentRequester());
    }

    /** What a role's key signs when the caller named no purpose. */
    static String defaultPurpose(SignerRole role) {
        return switch (role) {
            case DEPLOYER -> "deploy, fund or delete a TipProxy";
            case MINTER -> "create, transfer or claw back a sticker";
            case ADMIN -> "TipProxy administration";
            case FUNDER -> "faucet payment";
        };
    }

    /** Closes the wrapped signer if it holds resources (HSM sessions, HTTP client). */
    @Override
    public void close() {
        if (delegate instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("closing the " + role + " signer failed", e);
            }
        }
    }

    @Override
    public String toString() {
        return "AuditingSigner[" + role + ", " + delegate + "]";
    }
}
