package dev.stickerplatform.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Ed25519Test {
    private static final byte[] MESSAGE = "TX message".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aSignatureVerifiesForItsKeyAndMessageOnly() throws GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] encoded = pair.getPublic().getEncoded();
        byte[] publicKey = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(pair.getPrivate());
        signer.update(MESSAGE);
        byte[] signature = signer.sign();

        assertThat(Ed25519.verify(publicKey, MESSAGE, signature)).isTrue();
        assertThat(Ed25519.verify(publicKey, "TX other".getBytes(StandardCharsets.US_ASCII), signature)).isFalse();
        byte[] flipped = signature.clone();
        flipped[5] ^= 1;
        assertThat(Ed25519.verify(publicKey, MESSAGE, flipped)).isFalse();
    }

    @Test
    void malformedKeysAndSignaturesAreFalseNotExceptions() {
        byte[] signature = new byte[64];
        assertThat(Ed25519.verify(new byte[31], MESSAGE, signature)).isFalse();
        assertThat(Ed25519.verify(new byte[32], MESSAGE, new byte[63])).isFalse();
        assertThat(Ed25519.verify(null, MESSAGE, signature)).isFalse();
        assertThat(Ed25519.verify(new byte[32], MESSAGE, null)).isFalse();
        assertThat(Ed25519.verify(new byte[32], null, signature)).isFalse();
        byte[] notAPoint = new byte[32];
        Arrays.fill(notAPoint, (byte) 0xff);
        assertThat(Ed25519.verify(notAPoint, MESSAGE, signature)).isFalse();
    }
}
