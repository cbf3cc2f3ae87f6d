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
 * start-up can refuse development-only keys on mainnet. Closing releases HSM sessions and HTTP clients.
 */
public final class ConfiguredSigners implements Signers, AutoCloseable {
    private final Map<SignerRole, AuditingSigner> signers;
    private final Map<SignerRole, SignerConfig> configs;

    ConfiguredSigners(Map<SignerRole, AuditingSigner> signers, Map<SignerRole, SignerConfig> configs) {
        this.signers = new EnumMap<>(signers);
        this.configs = new EnumMap<>(configs);
        for (SignerRole role : SignerRole.values()) {
            if (!this.signers.containsKey(role) || !this.configs.containsKey(role)) {
                throw new IllegalArgumentException("no signer configured for role " + role);
            }
        }
    }

    @Override
    public Signer forRole(SignerRole role) {
        return signers.get(Objects.requireNonNull(role, "role"));
    }

    @Override
    public Optional<MultisigAccount> multisig(SignerRole role) {
        return config(role) instanceof SignerConfig.Multisig multisig ? Optional.of(multisig.account())
                : Optional.empty();
    }

    public SignerConfig config(SignerRole role) {
        return configs.get(Objects.requireNonNull(role, "role"));
    }

    /** The roles whose key lives in process memory (local or mnemonic): none may remain on mainnet. */
    public Set<SignerRole> developmentOnlyRoles() {
        Set<SignerRole> roles = EnumSet.noneOf(SignerRole.class);
        configs.forEach((role, config) -> {
            if (config.isDevelopmentOnly()) {
                roles.add(role);
            }
        });
        return roles;
    }

    /** True if any role uses a development-only key. */
    public boolean isDevelopmentOnly() {
        return !developmentOnlyRoles().isEmpty();
    }

    /** Closes every signer; the first failure is thrown after all were tried. */
    @Override
    public void close() {
        RuntimeException failure = null;
        for (AuditingSigner signer : signers.values()) {
            try {
                signer.close();
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
        return "ConfiguredSigners" + configs;
    }
}
