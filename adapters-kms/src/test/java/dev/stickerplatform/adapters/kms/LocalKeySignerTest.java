package dev.stickerplatform.adapters.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.model.Address;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class LocalKeySignerTest {
    private static final HexFormat HEX = HexFormat.of();
    // RFC 8032 §7.1, test 1.
    private static final byte[] RFC_SEED =
            HEX.parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    private static final byte[] RFC_PUBLIC_KEY =
            HEX.parseHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    private static final String RFC_EMPTY_MESSAGE_SIGNATURE = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e0"
            + "65224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";
    private static final byte[] MESSAGE = "TX a transaction to sign".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theRfc8032SeedHasTheRfc8032PublicKey() {
        assertThat(LocalKeySigner.fromSeed(RFC_SEED).address().publicKey()).isEqualTo(RFC_PUBLIC_KEY);
    }

    @Test
    void theRfc8032SeedHasItsKnownAlgorandAddress() {
        assertThat(LocalKeySigner.fromSeed(RFC_SEED).address().value())
                .isEqualTo("25NJQAMCWEFLPVKL73J4SZAHHIHOC4XT3KTCGJNPAINGR5YHKENMEF5QTE");
    }

    @Test
    void signsTheEmptyMessageAsRfc8032Says() {
        assertThat(HEX.formatHex(LocalKeySigner.fromSeed(RFC_SEED).sign(new byte[0])))
                .isEqualTo(RFC_EMPTY_MESSAGE_SIGNATURE);
    }

    @Test
    void aSignatureIs64Bytes() {
        assertThat(LocalKeySigner.generate(new SecureRandom()).sign(MESSAGE)).hasSize(64);
    }

    @Test
    void aSignatureVerifiesWithTheJdksEd25519() throws GeneralSecurityException {
        LocalKeySigner signer = LocalKeySigner.generate(new SecureRandom());
        assertThat(verify(signer.address(), MESSAGE, signer.sign(MESSAGE))).isTrue();
    }

    @Test
    void aSignatureDoesNotVerifyForOtherBytes() throws GeneralSecurityException {
        LocalKeySigner signer = LocalKeySigner.generate(new SecureRandom());
        byte[] other = MESSAGE.clone();
        other[0] ^= 1;
        assertThat(verify(signer.address(), other, signer.sign(MESSAGE))).isFalse();
    }

    @Test
    void theSameSeedGivesTheSameAddress() {
        assertThat(LocalKeySigner.fromSeed(RFC_SEED.clone()).address())
                .isEqualTo(LocalKeySigner.fromSeed(RFC_SEED.clone()).address());
    }

    @Test
    void generatedKeysDiffer() {
        SecureRandom random = new SecureRandom();
        assertThat(LocalKeySigner.generate(random).address()).isNotEqualTo(LocalKeySigner.generate(random).address());
    }

    @Test
    void signsForItsOwnAddress() {
        LocalKeySigner signer = LocalKeySigner.fromSeed(RFC_SEED);
        assertThat(signer.authAddress()).isEqualTo(signer.address());
    }

    @Test
    void laterChangesToTheSeedArrayDoNotChangeTheKey() {
        byte[] seed = RFC_SEED.clone();
        LocalKeySigner signer = LocalKeySigner.fromSeed(seed);
        seed[0] ^= 1;
        assertThat(signer.address().publicKey()).isEqualTo(RFC_PUBLIC_KEY);
    }

    @Test
    void rejectsASeedThatIsNot32Bytes() {
        assertThatThrownBy(() -> LocalKeySigner.fromSeed(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringShowsTheAddressButNoKeyMaterial() {
        String text = LocalKeySigner.fromSeed(RFC_SEED).toString();
        assertThat(text).contains("25NJQAMCWEFLPVKL73J4SZAHHIHOC4XT3KTCGJNPAINGR5YHKENMEF5QTE")
                .doesNotContainIgnoringCase(HEX.formatHex(RFC_SEED))
                .doesNotContain(Base64.getEncoder().encodeToString(RFC_SEED))
                .doesNotContain(AlgorandMnemonic.fromSeed(RFC_SEED).split(" ")[0]);
    }

    /** Verifies with the JDK's own Ed25519, from the raw key wrapped in its X.509 SubjectPublicKeyInfo prefix. */
    static boolean verify(Address address, byte[] message, byte[] signature) throws GeneralSecurityException {
        byte[] spki = HEX.parseHex("302a300506032b6570032100" + HEX.formatHex(address.publicKey()));
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(message);
        return verifier.verify(signature);
    }
}
