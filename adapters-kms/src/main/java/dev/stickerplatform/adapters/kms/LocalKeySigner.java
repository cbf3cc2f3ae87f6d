package dev.stickerplatform.adapters.kms;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.Signer;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * An Ed25519 key held in memory. Development only: anyone who can read the process memory or the mnemonic
 * owns the account. {@link #toString()} shows the address, never key material.
 */
public final class LocalKeySigner implements Signer {
    public static final int SEED_BYTES = Ed25519PrivateKeyParameters.KEY_SIZE;

    private final Ed25519PrivateKeyParameters key;
    private final Address address;

    private LocalKeySigner(Ed25519PrivateKeyParameters key) {
        this.key = key;
        this.address = Address.fromPublicKey(key.generatePublicKey().getEncoded());
    }

    /** The key whose RFC 8032 private seed is {@code seed} (32 bytes; the array is copied). */
    public static LocalKeySigner fromSeed(byte[] seed) {
        Objects.requireNonNull(seed, "seed");
        if (seed.length != SEED_BYTES) {
            throw new IllegalArgumentException("an Ed25519 seed is 32 bytes, got " + seed.length);
        }
        return new LocalKeySigner(new Ed25519PrivateKeyParameters(seed, 0));
    }

    /** The key of a 25-word Algorand mnemonic (as printed by goal, Pera or the SDKs). */
    public static LocalKeySigner fromMnemonic(String mnemonic) {
        byte[] seed = AlgorandMnemonic.toSeed(mnemonic);
        try {
            return fromSeed(seed);
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    /** A fresh key drawn from {@code random}. */
    public static LocalKeySigner generate(SecureRandom random) {
        return new LocalKeySigner(new Ed25519PrivateKeyParameters(Objects.requireNonNull(random, "random")));
    }

    @Override
    public Address address() {
        return address;
    }

    @Override
    public byte[] sign(byte[] bytesToSign) {
        Objects.requireNonNull(bytesToSign, "bytesToSign");
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        signer.update(bytesToSign, 0, bytesToSign.length);
        return signer.generateSignature();
    }

    @Override
    public String toString() {
        return "LocalKeySigner[" + address + "]";
    }
}
