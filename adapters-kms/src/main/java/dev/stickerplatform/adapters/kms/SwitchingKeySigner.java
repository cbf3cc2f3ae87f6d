package dev.stickerplatform.adapters.kms;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SwitchingSigner;
import java.util.List;
import java.util.Objects;

/**
 * The signer of a role during a key rotation: the current and the next key, each acting for the same account (and
 * each audited), of which it signs with the one last chosen by {@link #use(Address)} — the current key until the
 * chain says the account was rekeyed. Closing closes both keys.
 */
public final class SwitchingKeySigner implements SwitchingSigner, AutoCloseable {
    private final List<Signer> keys;
    private volatile Signer inUse;

    /** Both signers must act for the same account with different keys; {@code current} is used first. */
    public SwitchingKeySigner(Signer current, Signer next) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(next, "next");
        if (!current.address().equals(next.address())) {
            throw new IllegalArgumentException("both keys must sign for one account, not " + current.address()
                    + " and " + next.address());
        }
        if (current.authAddress().equals(next.authAddress())) {
            throw new IllegalArgumentException("the next key is the current key " + current.authAddress());
        }
        this.keys = List.of(current, next);
        this.inUse = current;
    }

    @Override
    public Address address() {
        return keys.get(0).address();
    }

    @Override
    public Address authAddress() {
        return inUse.authAddress();
    }

    @Override
    public List<Address> keys() {
        return keys.stream().map(Signer::authAddress).toList();
    }

    @Override
    public boolean use(Address key) {
        for (Signer candidate : keys) {
            if (candidate.authAddress().equals(key)) {
                inUse = candidate;
                return true;
            }
        }
        return false;
    }

    @Override
    public byte[] sign(byte[] bytesToSign) {
        return inUse.sign(bytesToSign);
    }

    /** The configured current key, acting for the account (for the rotation itself, which it signs). */
    public Signer currentKey() {
        return keys.get(0);
    }

    /** The configured next key, acting for the account. */
    public Signer nextKey() {
        return keys.get(1);
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        for (Signer key : keys) {
            try {
                if (key instanceof AutoCloseable closeable) {
                    closeable.close();
                }
            } catch (Exception e) {
                RuntimeException wrapped = e instanceof RuntimeException r ? r
                        : new IllegalStateException("closing a signer failed", e);
                if (failure == null) {
                    failure = wrapped;
                } else {
                    failure.addSuppressed(wrapped);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public String toString() {
        return "SwitchingKeySigner[account " + address().shortForm() + ", using " + authAddress().shortForm() + "]";
    }
}
