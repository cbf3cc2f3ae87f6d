package dev.stickerplatform.bootstrap.config;

import dev.stickerplatform.adapters.kms.SignerConfig;
import dev.stickerplatform.domain.port.SignerRole;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The signers: {@code <ROLE>_SIGNER} per role (local, mnemonic, pkcs11, vault or multisig; default local) and every
 * {@code <ROLE>_…} and {@code NEXT_<ROLE>_…} variable (the next key of a key rotation), for the signer factory.
 *
 * @param kinds    the kind per role
 * @param settings every {@code <ROLE>_…} and {@code NEXT_<ROLE>_…} variable (secrets included: never log)
 */
public record SignerSettings(Map<SignerRole, String> kinds, Map<String, String> settings) {
    public static final List<String> KINDS_IN_ORDER = SignerConfig.KINDS;
    public static final Set<String> KINDS = Set.copyOf(SignerConfig.KINDS);
    /** Signers whose key lives in process memory: fine for development, refused on mainnet. */
    static final Set<String> DEVELOPMENT = Set.of("local", "mnemonic");
    /** The kind of a role whose signer an embedding application handed over in code. */
    static final String PROVIDED = "provided";

    public SignerSettings {
        kinds = Map.copyOf(kinds);
        settings = Map.copyOf(settings);
    }

    static SignerSettings fromEnv(Env env) {
        Map<String, String> settings = env.startingWith(Arrays.stream(SignerRole.values())
                .flatMap(r -> Stream.of(r.name() + "_", "NEXT_" + r.name() + "_")).toList());
        SignerSettings signers = new SignerSettings(kinds(env), settings);
        signers.nextKinds();
        return signers;
    }

    /** {@code <ROLE>_SIGNER} per role, {@code local} when unset. */
    private static Map<SignerRole, String> kinds(Env env) {
        Map<SignerRole, String> signers = new EnumMap<>(SignerRole.class);
        for (SignerRole role : SignerRole.values()) {
            String variable = role.name() + "_SIGNER";
            String kind = env.string(variable, "local").toLowerCase(Locale.ROOT);
            if (!KINDS.contains(kind)) {
                throw new ConfigException(variable + " must be one of " + String.join(", ", SignerConfig.KINDS)
                        + "; got '" + kind + "'");
            }
            signers.put(role, kind);
        }
        return signers;
    }

    /** {@code NEXT_<ROLE>_SIGNER} of the roles whose key is being rotated (the rotation runbook: the kms README). */
    public Map<SignerRole, String> nextKinds() {
        Map<SignerRole, String> next = new EnumMap<>(SignerRole.class);
        for (SignerRole role : SignerRole.values()) {
            String variable = "NEXT_" + role.name() + "_SIGNER";
            String kind = settings.get(variable);
            if (kind != null && !kind.isBlank()) {
                kind = kind.strip().toLowerCase(Locale.ROOT);
                if (!KINDS.contains(kind)) {
                    throw new ConfigException(variable + " must be one of " + String.join(", ", SignerConfig.KINDS)
                            + "; got '" + kind + "'");
                }
                next.put(role, kind);
            }
        }
        return next;
    }

    /** The same settings with {@code roles} handed over in code by an embedding application (kind {@code provided}). */
    public SignerSettings withProvided(Set<SignerRole> roles) {
        Map<SignerRole, String> provided = new EnumMap<>(SignerRole.class);
        provided.putAll(kinds);
        roles.forEach(role -> provided.put(role, PROVIDED));
        return new SignerSettings(provided, settings);
    }

    /** Never prints the settings' values (PINs, tokens, mnemonics): only which variables are set. */
    @Override
    public String toString() {
        return "SignerSettings[kinds=" + kinds + ", settings=" + new java.util.TreeSet<>(settings.keySet()) + "]";
    }
}
