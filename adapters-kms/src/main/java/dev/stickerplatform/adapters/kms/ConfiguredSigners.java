package dev.stickerplatform.adapters.kms;

import dev.stickerplatform.domain.model.MultisigAccount;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Signers;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The audited signer of every role, as {@link SignerFactory} built them, with the configuration each came from so
 * start-up can refuse development-only keys on mainnet. A role with a next key configured signs through a
 * {@link SwitchingKeySigner}. Closing releases HSM sessions and HTTP clients.
 */
public final class ConfiguredSigners implements Signers, AutoCloseable {
    private final Map<SignerRole, RoleKeys> roles;

    ConfiguredSigners(Map<SignerRole, RoleKeys> roles) {
        this.roles = new EnumMap<>(roles);
        for (SignerRole role : SignerRole.values()) {
            if (!this.roles.containsKey(role)) {
                throw new IllegalArgumentException("no signer configured for role " + role);
            }
        }
    }

    @Override
    public Signer forRole(SignerRole role) {
        return keys(role).signer();
    }

    /**
     * The role's multisig keys when the key it signs with now is a multisig: its configured key, or its next key
     * once the chain made that the account's auth address (an account rekeyed to a multisig during a rotation).
     */
    @Override
    public Optional<MultisigAccount> multisig(SignerRole role) {
        RoleKeys keys = keys(role);
        boolean onNextKey = keys.next().filter(next -> next.authAddress().equals(keys.signer().authAddress()))
                .isPresent();
        SignerConfig active = onNextKey ? keys.config().next() : keys.config().key();
        return active instanceof SignerConfig.Multisig multisig ? Optional.of(multisig.account()) : Optional.empty();
    }

    /** The configuration of the role's current key. */
    public SignerConfig config(SignerRole role) {
        return keys(role).config().key();
    }

    /** The role's keys: current, next (during a rotation) and the account they sign for. */
    public RoleKeys keys(SignerRole role) {
        return roles.get(Objects.requireNonNull(role, "role"));
    }

    /** The roles with a key (current or next) that lives in process memory (local or mnemonic): none on mainnet. */
    public Set<SignerRole> developmentOnlyRoles() {
        Set<SignerRole> found = EnumSet.noneOf(SignerRole.class);
        roles.forEach((role, keys) -> {
            if (keys.config().isDevelopmentOnly()) {
                found.add(role);
            }
        });
        return found;
    }

    /** True if any role uses a development-only key. */
    public boolean isDevelopmentOnly() {
        return !developmentOnlyRoles().isEmpty();
    }

    /** Closes every signer; the first failure is thrown after all were tried. */
    @Override
    public void close() {
        RuntimeException failure = null;
        for (RoleKeys keys : roles.values()) {
            try {
                keys.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public String toString() {
        return "ConfiguredSigners" + roles.values();
    }
}
