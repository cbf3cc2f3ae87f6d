package dev.stickerplatform.domain.port;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.JsonText;
import dev.stickerplatform.domain.model.TxId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One signature request as the audit log keeps it. It identifies what was signed by digest (and, for a transaction,
 * by its id and type) and never holds the signed bytes, the signature or any key material.
 *
 * @param at        when the signature was asked for, to the microsecond (what a database keeps, so a stored event
 *                  reads back equal and its hash in an {@link AuditTrail} still matches)
 * @param role      the platform role whose key signed
 * @param address   the address of the key that signed (the account's auth address)
 * @param keyId     the non-secret key name, e.g. {@code pkcs11:platform/minter} or {@code vault:transit/deployer:v1}
 * @param purpose   why: named by the caller, else derived from the role
 * @param sha512256 hex SHA-512/256 of the signed bytes
 * @param txId      the transaction id when the bytes are {@code "TX" + msgpack}, else null
 * @param length    the number of signed bytes
 * @param outcome   {@link Outcome#OK} or {@link Outcome#FAILED}
 * @param failure   the exception type of a failure, else null
 * @param account   the account the key signed for when that is not the key's own address (the account was rekeyed
 *                  to the key), else null
 * @param kind      the transaction type ({@code pay}, {@code axfer}, {@code acfg}, {@code appl}, …) when the bytes
 *                  are a transaction, {@code message} for {@code "MX"}-prefixed bytes, else null
 * @param requester who asked for the signature (a CLI operator, a process and thread), or null when unknown
 */
public record SigningEvent(Instant at, SignerRole role, Address address, String keyId, String purpose,
                           String sha512256, TxId txId, int length, Outcome outcome, String failure,
                           Address account, String kind, String requester) {
    /** Whether a signature was produced. */
    public enum Outcome { OK, FAILED }

    public SigningEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(sha512256, "sha512256");
        Objects.requireNonNull(outcome, "outcome");
        at = at.truncatedTo(ChronoUnit.MICROS);
        keyId = readable(keyId);
        purpose = readable(purpose);
        failure = readable(failure);
        kind = readable(kind);
        requester = readable(requester);
        account = address.equals(account) ? null : account;
    }

    /** An event without a transaction type or requester. */
    public SigningEvent(Instant at, SignerRole role, Address address, String keyId, String purpose, String sha512256,
                        TxId txId, int length, Outcome outcome, String failure, Address account) {
        this(at, role, address, keyId, purpose, sha512256, txId, length, outcome, failure, account, null, null);
    }

    /** An event of a key signing for its own account. */
    public SigningEvent(Instant at, SignerRole role, Address address, String keyId, String purpose, String sha512256,
                        TxId txId, int length, Outcome outcome, String failure) {
        this(at, role, address, keyId, purpose, sha512256, txId, length, outcome, failure, null, null, null);
    }

    /** Text for people, as any store keeps it: U+0000 (which PostgreSQL text cannot hold) becomes U+FFFD. */
    private static String readable(String text) {
        return text == null ? null : text.replace((char) 0, '\uFFFD');
    }

    /** One line of JSON with stable field names, for log shippers. */
    public String toJson() {
        StringBuilder json = new StringBuilder(320).append('{');
        field(json, "ts", at.toString());
        field(json, "event", "sign");
        field(json, "role", role.name());
        field(json, "address", address.value());
        if (account != null) {
            field(json, "account", account.value());
        }
        field(json, "key", keyId);
        field(json, "purpose", purpose);
        field(json, "sha512_256", sha512256);
        if (txId != null) {
            field(json, "txid", txId.value());
        }
        if (kind != null) {
            field(json, "kind", kind);
        }
        json.append("\"bytes\":").append(length).append(',');
        field(json, "outcome", outcome.name().toLowerCase(java.util.Locale.ROOT));
        if (failure != null) {
            field(json, "error", failure);
        }
        if (requester != null) {
            field(json, "requester", requester);
        }
        json.setLength(json.length() - 1);
        return json.append('}').toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        JsonText.quote(json, name).append(':');
        JsonText.quote(json, value).append(',');
    }
}
