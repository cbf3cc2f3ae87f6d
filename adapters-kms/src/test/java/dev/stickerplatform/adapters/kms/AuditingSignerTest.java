package dev.stickerplatform.adapters.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.port.AuditLog;
import dev.stickerplatform.domain.port.SigningEvent;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.SignerUnavailableException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.bouncycastle.util.encoders.Base32;
import org.junit.jupiter.api.Test;

class AuditingSignerTest extends SignerContractTest {
    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private static final byte[] SEED = HexFormat.of()
            .parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    private static final byte[] TRANSACTION =
            "TX\u0082\u00a3amt\u00cd\u0003\u00e8".getBytes(StandardCharsets.ISO_8859_1);

    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final LocalKeySigner key = LocalKeySigner.fromSeed(SEED);
    private final AuditingSigner signer = audited(key, log);

    @Override
    protected Signer signer() {
        return signer;
    }

    private static AuditingSigner audited(Signer delegate, AuditLog log) {
        return new AuditingSigner(delegate, SignerRole.MINTER, "local:seed", log, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void returnsTheWrappedSignersSignatureForItsAddress() {
        assertThat(signer.sign(TRANSACTION)).isEqualTo(key.sign(TRANSACTION));
        assertThat(signer.address()).isEqualTo(key.address());
    }

    @Test
    void recordsRoleKeyAddressTimeAndOutcomeOfEverySignature() {
        signer.sign(TRANSACTION);
        signer.sign(TRANSACTION);
        assertThat(log.events()).hasSize(2).allSatisfy(event -> {
            assertThat(event.at()).isEqualTo(NOW);
            assertThat(event.role()).isEqualTo(SignerRole.MINTER);
            assertThat(event.keyId()).isEqualTo("local:seed");
            assertThat(event.address()).isEqualTo(key.address());
            assertThat(event.length()).isEqualTo(TRANSACTION.length);
            assertThat(event.outcome()).isEqualTo(SigningEvent.Outcome.OK);
            assertThat(event.failure()).isNull();
        });
    }

    @Test
    void recordsWhoAskedTheProcessAndThreadUnlessTheCallerSaid() {
        signer.sign(TRANSACTION);
        try (var scope = SigningContext.requester("cli keys rotate by ops")) {
            signer.sign(TRANSACTION);
        }
        assertThat(log.events()).extracting(SigningEvent::requester).containsExactly(
                "pid " + ProcessHandle.current().pid() + " thread " + Thread.currentThread().getName(),
                "cli keys rotate by ops");
    }

    @Test
    void recordsTheTransactionIdOfTxPrefixedBytes() throws Exception {
        signer.sign(TRANSACTION);
        byte[] hash = MessageDigest.getInstance("SHA-512/256").digest(TRANSACTION);
        String expected = Base32.toBase32String(hash).replace("=", "");
        SigningEvent event = log.events().getFirst();
        assertThat(event.txId().value()).isEqualTo(expected);
        assertThat(event.sha512256()).isEqualTo(HexFormat.of().formatHex(hash));
    }

    @Test
    void recordsOnlyTheDigestOfOtherBytes() {
        signer.sign("MX{\"nonce\":1}".getBytes(StandardCharsets.US_ASCII));
        assertThat(log.events().getFirst().txId()).isNull();
        assertThat(log.events().getFirst().sha512256()).hasSize(64);
    }

    @Test
    void recordsThePurposeOfTheEnclosingScopeAndRestoresTheOuterOne() {
        try (var outer = SigningContext.purpose("deliver sticker 7")) {
            try (var inner = SigningContext.purpose("mint sticker 7")) {
                signer.sign(TRANSACTION);
            }
            signer.sign(TRANSACTION);
        }
        signer.sign(TRANSACTION);
        assertThat(log.events()).extracting(SigningEvent::purpose).containsExactly("mint sticker 7",
                "deliver sticker 7", AuditingSigner.defaultPurpose(SignerRole.MINTER));
    }

    @Test
    void everyRoleHasADefaultPurpose() {
        for (SignerRole role : SignerRole.values()) {
            assertThat(AuditingSigner.defaultPurpose(role)).isNotBlank();
        }
    }

    @Test
    void aFailedSignatureIsRecordedAndRethrown() {
        Signer broken = new Signer() {
            @Override
            public dev.stickerplatform.domain.model.Address address() {
                return key.address();
            }

            @Override
            public byte[] sign(byte[] bytesToSign) {
                throw new SignerUnavailableException("HSM offline");
            }
        };
        assertThatThrownBy(() -> audited(broken, log).sign(TRANSACTION)).isInstanceOf(SignerUnavailableException.class)
                .hasMessage("HSM offline");
        assertThat(log.events()).singleElement().satisfies(event -> {
            assertThat(event.outcome()).isEqualTo(SigningEvent.Outcome.FAILED);
            assertThat(event.failure()).isEqualTo("SignerUnavailableException");
        });
    }

    @Test
    void aSignatureThatCannotBeAuditedIsWithheld() {
        AuditLog full = event -> {
            throw new IllegalStateException("disk full");
        };
        assertThatThrownBy(() -> audited(key, full).sign(TRANSACTION)).isInstanceOf(SignerUnavailableException.class)
                .hasMessageContaining("withheld");
    }

    @Test
    void theAuditLineHoldsNoKeyMaterialNoSignatureAndNoSignedBytes() {
        byte[] signature = signer.sign(TRANSACTION);
        String line = log.events().getFirst().toJson();
        assertThat(line).doesNotContainIgnoringCase(HexFormat.of().formatHex(SEED))
                .doesNotContain(AlgorandMnemonic.fromSeed(SEED).split(" ")[0] + " ")
                .doesNotContainIgnoringCase(HexFormat.of().formatHex(signature))
                .doesNotContain(java.util.Base64.getEncoder().encodeToString(signature))
                .doesNotContain(java.util.Base64.getEncoder().encodeToString(TRANSACTION));
    }

    @Test
    void closingClosesTheWrappedSigner() {
        boolean[] closed = {false};
        class Closeable extends Object implements Signer, AutoCloseable {
            @Override
            public dev.stickerplatform.domain.model.Address address() {
                return key.address();
            }

            @Override
            public byte[] sign(byte[] bytesToSign) {
                return key.sign(bytesToSign);
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        }
        audited(new Closeable(), log).close();
        assertThat(closed[0]).isTrue();
    }
}
