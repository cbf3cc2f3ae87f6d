package dev.stickerplatform.adapters.kms;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.SignerRole;
import java.util.Map;
import java.util.Objects;

/**
 * How one role signs: its key ({@code <ROLE>_SIGNER} and that kind's settings); the account the key signs for when
 * that account was rekeyed to it ({@code <ROLE>_ACCOUNT}, else null: the key's own address is the account); and,
 * while a rotation is under way, the next key ({@code NEXT_<ROLE>_SIGNER} and its settings under the
 * {@code NEXT_<ROLE>_} prefix, else null), which signs for the same account once it is rekeyed to it.
 */
public record RoleSignerConfig(SignerRole role, SignerConfig key, Address account, SignerConfig next) {
    public RoleSignerConfig {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(key, "key");
        if (account != null && isGenerated(key)) {
            throw new IllegalArgumentException(role + "_ACCOUNT names a rekeyed account, which a key generated at"
                    + " start-up cannot sign for: set " + role + "_SEED_HEX or another " + role + "_SIGNER");
        }
        if (next != null && isGenerated(next)) {
            throw new IllegalArgumentException(nextPrefix(role) + "SIGNER=local needs " + nextPrefix(role)
                    + "SEED_HEX: an account rekeyed to a key generated at start-up would be lost with the process");
        }
    }

    /** Reads the role's settings; see the module README. */
    public static RoleSignerConfig read(SignerRole role, Map<String, String> settings) {
        Objects.requireNonNull(settings, "settings");
        String next = nextPrefix(role);
        return new RoleSignerConfig(role, SignerSettings.parse(role, settings),
                SignerSettings.address(role.name() + "_", "ACCOUNT", settings),
                SignerSettings.isSet(next, settings) ? SignerSettings.parse(next, settings) : null);
    }

    /** The prefix of the next key's settings: {@code NEXT_<ROLE>_}. */
    public static String nextPrefix(SignerRole role) {
        return "NEXT_" + role.name() + "_";
    }

    /** True while a next key is configured. */
    public boolean rotating() {
        return next != null;
    }

    /** True when the key, or the next key, lives in process memory. */
    public boolean isDevelopmentOnly() {
        return key.isDevelopmentOnly() || next != null && next.isDevelopmentOnly();
    }

    private static boolean isGenerated(SignerConfig config) {
        return config instanceof SignerConfig.LocalKey local && local.seedHex() == null;
    }
}
