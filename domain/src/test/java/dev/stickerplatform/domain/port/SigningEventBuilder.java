package dev.stickerplatform.domain.port;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Hashes;
import dev.stickerplatform.domain.model.TxId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

/** Test data for the audit trail: {@code aSigningEvent().withPurpose("mint").build()}; defaults are a valid event. */
public final class SigningEventBuilder {
    private Instant at = TestData.T0.plusNanos(123_456_789);
    private SignerRole role = SignerRole.MINTER;
    private Address address = TestData.address("minter key");
    private Address account;
    private String keyId = "aws-kms:eu-west-1:alias/minter";
    private String purpose = "create, transfer or claw back a sticker";
    private String signed = "TX a transaction";
    private String kind = "axfer";
    private SigningEvent.Outcome outcome = SigningEvent.Outcome.OK;
    private String failure;
    private String requester = "pid 1 thread mint-worker-1";

    public static SigningEventBuilder aSigningEvent() {
        return new SigningEventBuilder();
    }

    public SigningEventBuilder at(Instant value) {
        at = value;
        return this;
    }

    public SigningEventBuilder withRole(SignerRole value) {
        role = value;
        return this;
    }

    public SigningEventBuilder withPurpose(String value) {
        purpose = value;
        return this;
    }

    /** The signed bytes' text: their digest (and, for "TX…", the txid) is recorded. */
    public SigningEventBuilder signing(String value) {
        signed = value;
        return this;
    }

    public SigningEventBuilder forAccount(Address value) {
        account = value;
        return this;
    }

    public SigningEventBuilder failed(String exceptionType) {
        outcome = SigningEvent.Outcome.FAILED;
        failure = exceptionType;
        return this;
    }

    public SigningEventBuilder requestedBy(String value) {
        requester = value;
        return this;
    }

    public SigningEvent build() {
        byte[] bytes = signed.getBytes(StandardCharsets.UTF_8);
        byte[] digest = Hashes.sha512_256(bytes);
        TxId txId = signed.startsWith("TX") ? TxId.fromHash(digest) : null;
        return new SigningEvent(at, role, address, keyId, purpose, HexFormat.of().formatHex(digest), txId,
                bytes.length, outcome, failure, account, txId == null ? null : kind, requester);
    }
}
