package dev.stickerplatform.adapters.kms;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.Signer;
import java.util.Objects;

/**
 * A key signing for an account that was rekeyed to it: {@link #address()} is the account (the sender of every
 * transaction), {@link #authAddress()} the key's own address, which the chain adapter names as the signer.
 */
final class RekeyedSigner implements Signer, AutoCloseable {
    private final Address account;
    private final Signer key;

    private RekeyedSigner(Address account, Signer key) {
        this.account = account;
        this.key = key;
    }

    /** {@code key} acting for {@code account}; the key itself when it is the account's own key. */
    static Signer of(Address account, Signer key) {
        Objects.requireNonNull(key, "key");
        return account == null || account.equals(key.address()) ? key : new RekeyedSigner(account, key);
    }

    @Override
    public Address address() {
        return account;
    }

    @Override
    public Address authAddress() {
        return key.address();
    }

    @Override
    public byte[] sign(byte[] bytesToSign) {
        return key.sign(bytesToSign);
    }

    @Override
    public void close() throws Exception {
        if (key instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @Override
    public String toString() {
        return "RekeyedSigner[account " + account.shortForm() + ", " + key + "]";
    }
}
