package dev.stickerplatform.bootstrap.wiring;

import dev.stickerplatform.adapters.kms.ConfiguredSigners;
import dev.stickerplatform.adapters.kms.RoleKeys;
import dev.stickerplatform.adapters.kms.RoleSignerConfig;
import dev.stickerplatform.application.keys.RotateSignerService;
import dev.stickerplatform.application.keys.RotateSignerService.Result;
import dev.stickerplatform.application.keys.SignerKeysService;
import dev.stickerplatform.bootstrap.config.ConfigException;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import java.io.PrintStream;
import java.util.Map;
import java.util.TreeSet;

/**
 * What {@code keys show} and {@code keys rotate} do once the chain is connected and the keys are open (the command
 * line is {@code KeysCommand}; tests call these directly). Everything printed is an address, a key id, a txid, a
 * round or a setting's name — never a setting's value.
 */
public final class SignerKeys {
    private SignerKeys() {
    }

    /**
     * {@code keys show}: each role's account, keys and the key the chain authorizes for the account.
     *
     * @return 0 when every role's account is signed for by one of its keys, else 1
     */
    public static int show(Chain chain, ConfiguredSigners signers, PrintStream out) {
        boolean allAuthorized = true;
        for (SignerKeysService.KeyStatus role : new SignerKeysService(chain, signers).inspect()) {
            RoleKeys keys = signers.keys(role.role());
            out.println(role.role());
            out.println("  account   " + role.account());
            out.println("  key       " + keys.current().authAddress() + " (" + keys.config().key().keyId() + ")");
            keys.next().ifPresent(next -> out.println("  next key  " + next.authAddress() + " ("
                    + keys.config().next().keyId() + ")"));
            out.println("  on chain  " + role.onChain() + "  match: " + match(role, keys));
            allAuthorized &= role.authorized();
        }
        return allAuthorized ? 0 : 1;
    }

    private static String match(SignerKeysService.KeyStatus role, RoleKeys keys) {
        if (role.onChain().equals(keys.current().authAddress())) {
            return "yes (the key)";
        }
        if (keys.next().map(next -> next.authAddress().equals(role.onChain())).orElse(false)) {
            return "yes (the next key: promote the NEXT_" + role.role() + "_* settings)";
        }
        return "no (the account is signed for by a key this configuration does not hold)";
    }

    /**
     * {@code keys rotate}: rekeys the role's account from its key to its next key and prints what it did and the
     * settings to promote.
     *
     * @param settings the signer settings the keys came from (only their names are printed)
     * @return 0 when the account is on the new key (rotated now or before), else 1
     */
    public static int rotate(Chain chain, RoleKeys keys, Map<String, String> settings,
                             RotateSignerService.Config config, PrintStream out) {
        SignerRole role = keys.config().role();
        Signer current = keys.current();
        Signer next = keys.next().orElseThrow(() -> new ConfigException("keys rotate: NEXT_" + role
                + "_SIGNER is not set"));
        out.println("rotating " + role + " of account " + keys.account());
        out.println("  from key  " + current.authAddress() + " (" + keys.config().key().keyId() + ")");
        out.println("  to key    " + next.authAddress() + " (" + keys.config().next().keyId() + ")");
        Result result = new RotateSignerService(chain, config).rotate(role, current, next, write -> out.println(
                "  rekey     " + write.txId() + " signed by the current key, valid until round " + write.lastValid()
                        + "; submitting"));
        return switch (result) {
            case Result.Rotated rotated -> {
                out.println("rotated: the rekey " + rotated.txId() + " confirmed in round " + rotated.round()
                        + "; the chain names " + rotated.to() + " as the auth address of " + rotated.account());
                promote(role, keys, settings, out);
                yield 0;
            }
            case Result.AlreadyRotated already -> {
                out.println("already rotated: the chain names " + already.to() + " as the auth address of "
                        + already.account() + "; nothing was submitted");
                promote(role, keys, settings, out);
                yield 0;
            }
            case Result.Refused refused -> {
                out.println("not rotated: " + refused.reason());
                yield 1;
            }
            case Result.Unconfirmed unconfirmed -> {
                out.println("not confirmed yet: the rekey " + unconfirmed.txId() + " may still confirm until round "
                        + unconfirmed.lastValid() + "; run `keys show` or this command again (it asks the chain"
                        + " first), and keep both keys until then");
                yield 1;
            }
        };
    }

    private static void promote(SignerRole role, RoleKeys keys, Map<String, String> settings, PrintStream out) {
        String name = role.name();
        String nextPrefix = RoleSignerConfig.nextPrefix(role);
        Address account = keys.account();
        out.println("Processes running with NEXT_" + name + "_* switch to the new key by themselves (at their next"
                + " write, or within " + Platform.KEY_REFRESH_INTERVAL.toSeconds() + " s).");
        out.println("Promote the new key in every process's settings, then restart them one at a time:");
        out.println("  " + name + "_SIGNER=" + settings.getOrDefault(nextPrefix + "SIGNER", "?"));
        TreeSet<String> nextNames = new TreeSet<>();
        settings.keySet().stream().filter(n -> n.startsWith(nextPrefix) && !n.equals(nextPrefix + "SIGNER"))
                .forEach(n -> nextNames.add(n.substring(nextPrefix.length())));
        nextNames.forEach(n -> out.println("  " + name + "_" + n + "=<the value of " + nextPrefix + n + ">"));
        boolean ownKey = keys.next().orElseThrow().authAddress().equals(account);
        out.println("  " + name + "_ACCOUNT=" + account + (ownKey ? "   (optional: the new key is the account's own)"
                : ""));
        TreeSet<String> stale = new TreeSet<>();
        settings.keySet().stream().filter(n -> n.startsWith(name + "_")).map(n -> n.substring(name.length() + 1))
                .filter(n -> !n.equals("SIGNER") && !n.equals("ACCOUNT") && !nextNames.contains(n))
                .forEach(n -> stale.add(name + "_" + n));
        if (!stale.isEmpty()) {
            out.println("  unset " + String.join(", ", stale));
        }
        out.println("  unset every " + nextPrefix + "* setting");
        out.println("Keep the old key until every process runs with the promoted settings; to roll back, configure"
                + " the old key as the next key and rotate again.");
    }

    /** For the start-up log: the account a role signs for and with which key(s); no secrets. */
    static String describe(RoleKeys keys, Signer signer) {
        String key = keys.current().authAddress() + " (" + keys.config().key().keyId() + ")";
        return keys.next().map(next -> "signs for " + keys.account() + " with key " + signer.authAddress()
                        + " (rotating: key " + key + ", next key " + next.authAddress() + " ("
                        + keys.config().next().keyId() + "))")
                .orElse(keys.account().equals(keys.current().authAddress()) ? "signs with " + key
                        : "signs for " + keys.account() + " with key " + key);
    }
}
