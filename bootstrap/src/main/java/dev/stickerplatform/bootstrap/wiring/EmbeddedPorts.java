package dev.stickerplatform.bootstrap.wiring;

import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Store;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an embedding application hands the platform instead of what the configuration would open: its own chain
 * adapter, its own store (it closes that itself) and its own signers for some roles (audited like any other). Null
 * and absent mean "as configured".
 *
 * @param chain   instead of the configured network's, or null
 * @param store   instead of the in-memory store or PostgreSQL, or null
 * @param signers per role, instead of that role's configured signer
 */
public record EmbeddedPorts(Chain chain, Store store, Map<SignerRole, Signer> signers) {
    /** Nothing handed over: everything as configured. */
    public static final EmbeddedPorts NONE = new EmbeddedPorts(null, null, Map.of());

    public EmbeddedPorts {
        Map<SignerRole, Signer> copy = new EnumMap<>(SignerRole.class);
        Objects.requireNonNull(signers, "signers").forEach((role, signer) -> copy.put(
                Objects.requireNonNull(role, "role"), Objects.requireNonNull(signer, "signer")));
        signers = Map.copyOf(copy);
    }
}
