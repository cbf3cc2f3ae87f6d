package dev.stickerplatform.domain.port;

import dev.stickerplatform.domain.model.Address;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Arrays;

/** Fresh Ed25519 keys from the JDK for port tests, wrapped as in-memory {@link Signer}s. */
public final class TestKeys {
    private TestKeys() {
    }

    /** A signer for a brand-new random account. */
    public static Signer newSigner() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            byte[] x509 = pair.getPublic().getEncoded();
            // an X.509 Ed25519 key ends with the raw 32-byte public key
            Address address = Address.fromPublicKey(Arrays.copyOfRange(x509, x509.length - 32, x509.length));
            return new KeySigner(address, pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
    }

    /** An address nobody will ever sign for. */
    public static Address newAddress() {
        return newSigner().address();
    }

    /** A signer for {@code account} after it was rekeyed to {@code key}: it signs with that key. */
    public static Signer rekeyed(Address account, Signer key) {
        return new RekeyedSigner(account, key);
    }

    private record RekeyedSigner(Address address, Signer key) implements Signer {
        @Override
        public Address authAddress() {
            return key.address();
        }

        @Override
        public byte[] sign(byte[] bytesToSign) {
            return key.sign(bytesToSign);
        }
    }

    private record KeySigner(Address address, PrivateKey key) implements Signer {
        @Override
        public byte[] sign(byte[] bytesToSign) {
            try {
                java.security.Signature signature = java.security.Signature.getInstance("Ed25519");
                signature.initSign(key);
                signature.update(bytesToSign);
                return signature.sign();
            } catch (GeneralSecurityException e) {
                throw new SignerUnavailableException("Ed25519 signing failed", e);
            }
        }

        @Override
        public String toString() {
            return "TestSigner[" + address.shortForm() + "]";
        }
    }
}
