package dev.stickerplatform.adapters.kms;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.Signer;
import java.util.Objects;
import java.util.Optional;

/**
 * One role's opened keys, as its {@link RoleSignerConfig} describes them: the audited current key acting for the
 * role's account and, during a rotation, the audited next key acting for the same account. {@link #signer()} is
 * what the role signs with. Closing releases both keys.
 */
public final class RoleKeys implements AutoCloseable {
    private final RoleSignerConfig config;
    private final AuditingSigner current;
    private final AuditingSigner next;
    private final Signer signer;

    RoleKeys(RoleSignerConfig config, AuditingSigner current, AuditingSigner next) {
        this.config = Objects.requireNonNull(config, "config");
        this.current = Objects.requireNonNull(current, "current");
        this.next = next;
        if (next != null && next.authAddress().equals(current.authAddress())) {
            throw new IllegalArgumentException(RoleSignerConfig.nextPrefix(config.role()) + "* configures the key "
                    + config.role() + " already signs with (" + current.authAddress() + ")");
        }
        this.signer = next == null ? current : new SwitchingKeySigner(current, next);
    }

    public RoleSignerConfig config() {
        return config;
    }

    /** The account the role signs for: {@code <ROLE>_ACCOUNT}, or else the current key's own address. */
    public Address account() {
        return current.address();
    }

    /** The configured current key, acting for the account. */
    public Signer current() {
        return current;
    }

    /** The configured next key, acting for the account, while a rotation is under way. */
    public Optional<Signer> next() {
        return Optional.ofNullable(next);
    }

    /** What the role signs with: the current key, or during a rotation a {@link SwitchingKeySigner} over both. */
    public Signer signer() {
        return signer;
    }

    /** Closes both keys; the first failure is thrown after both were tried. */
    @Override
    public void close() {
        try {
            current.close();
        } finally {
            if (next != null) {
                next.close();
            }
        }
    }

    @Override
    public String toString() {
        return "RoleKeys[" + config.role() + ", account " + account().shortForm() + ", key " + config.key().keyId()
                + (next == null ? "" : ", next " + config.next().keyId()) + "]";
    }
}
