package dev.stickerplatform.adapters.kms;

import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Signers;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** A fixed signer per role, chosen at start-up. Every role must be configured (possibly all to one key). */
public final class StaticSigners implements Signers {
    private final Map<SignerRole, Signer> signers;

    public StaticSigners(Map<SignerRole, ? extends Signer> signers) {
        Map<SignerRole, Signer> copy = new EnumMap<>(SignerRole.class);
        signers.forEach((role, signer) -> copy.put(role, Objects.requireNonNull(signer, role.name())));
        for (SignerRole role : SignerRole.values()) {
            if (!copy.containsKey(role)) {
                throw new IllegalArgumentException("no signer configured for role " + role);
            }
        }
        this.signers = copy;
    }

    /** Development: every role gets its own freshly generated in-memory key (log the addresses, not the keys). */
    public static StaticSigners generateDev(SecureRandom random) {
        Map<SignerRole, Signer> signers = new EnumMap<>(SignerRole.class);
        for (SignerRole role : SignerRole.values()) {
            signers.put(role, LocalKeySigner.generate(random));
        }
        return new StaticSigners(signers);
    }

    @Override
    public Signer forRole(SignerRole role) {
        return signers.get(Objects.requireNonNull(role, "role"));
    }

    @Override
    public String toString() {
        return "StaticSigners" + signers;
    }
}
