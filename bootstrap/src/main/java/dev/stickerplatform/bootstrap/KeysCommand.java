package dev.stickerplatform.bootstrap;

import dev.stickerplatform.adapters.kms.ConfiguredSigners;
import dev.stickerplatform.adapters.kms.RoleKeys;
import dev.stickerplatform.adapters.kms.RoleSignerConfig;
import dev.stickerplatform.adapters.kms.SignerFactory;
import dev.stickerplatform.adapters.kms.SystemLoggerAuditLog;
import dev.stickerplatform.application.keys.RotateSignerService;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.SignerRole;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code keys show} and {@code keys rotate --role ROLE --to KIND}: the signing keys against the configured network,
 * and a key rotation by rekeying (the runbook is in the kms module's README). Both read the same environment as the
 * server; {@code rotate} takes the new key from the {@code NEXT_<ROLE>_*} settings, {@code --to} naming its kind.
 * A wrong argument or setting answers with a message and exit code 2.
 */
final class KeysCommand {
    /** How long {@code keys rotate} waits for the rekey: ten rounds of at most 20 s. */
    static final RotateSignerService.Config WAIT = new RotateSignerService.Config(10, Duration.ofSeconds(20));
    private static final String USAGE = """
            usage: keys show                           each role's account, keys and on-chain auth address
                   keys rotate --role ROLE --to KIND   rekey ROLE's account to the key configured by NEXT_<ROLE>_*
                                                       KIND: local, mnemonic, pkcs11, vault or multisig
                                                       (ADMIN, FUNDER); it sets NEXT_<ROLE>_SIGNER
            ROLE: DEPLOYER, MINTER, ADMIN or FUNDER. Needs a real network: NETWORK and ALGOD_URL (and ALGOD_TOKEN).
            Runbook: adapters-kms/README.md, "Rotation runbook".""";

    private KeysCommand() {
    }

    /** @return the exit code: 0 done, 1 not done (the output says why), 2 a wrong argument or setting */
    static int run(String[] args, Env env, PrintStream out, PrintStream err) {
        try {
            return switch (args.length == 0 ? "help" : args[0]) {
                case "show" -> show(env, out);
                case "rotate" -> rotate(CliOptions.parse("keys rotate", args), env, out);
                case "help", "--help", "-h" -> {
                    out.println(USAGE);
                    yield 0;
                }
                default -> throw new ConfigException("keys: unknown sub-command '" + args[0] + "'\n" + USAGE);
            };
        } catch (ConfigException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    private static int show(Env env, PrintStream out) {
        OperationsConfig ops = operations(env);
        Map<String, String> settings = ops.signerSettings();
        Chain chain = connect(ops, "show");
        try (ConfiguredSigners signers = factory().create(settings)) {
            return SignerKeys.show(chain, signers, out);
        }
    }

    private static int rotate(CliOptions options, Env env, PrintStream out) {
        SignerRole role = role(options.get("role", null));
        String kind = options.get("to", null);
        if (kind == null) {
            throw new ConfigException("keys rotate: --to KIND is required: the kind of the new key (local, mnemonic,"
                    + " pkcs11, vault or multisig), whose settings are NEXT_" + role + "_*");
        }
        kind = kind.toLowerCase(Locale.ROOT);
        if (!OperationsConfig.SIGNER_KINDS.contains(kind)) {
            throw new ConfigException("keys rotate: --to must be one of local, mnemonic, pkcs11, vault; got '" + kind
                    + "'");
        }
        OperationsConfig ops = operations(env);
        Map<String, String> settings = new HashMap<>(ops.signerSettings());
        settings.put(RoleSignerConfig.nextPrefix(role) + "SIGNER", kind);
        RoleSignerConfig config = RoleSignerConfig.read(role, settings);
        if (ops.profile().network() == Network.MAINNET && config.next().isDevelopmentOnly()) {
            throw new ConfigException("keys rotate: NETWORK=mainnet refuses to rotate " + role + " to a key in process"
                    + " memory (--to " + kind + "): use pkcs11 (an HSM) or vault (Vault transit)");
        }
        Chain chain = connect(ops, "rotate");
        try (RoleKeys keys = factory().open(config)) {
            return SignerKeys.rotate(chain, keys, settings, WAIT, out);
        }
    }

    private static OperationsConfig operations(Env env) {
        Network network = env.choice("NETWORK", Network.SIMULATED, Network.class);
        return OperationsConfig.fromEnv(env, network, Duration.ofSeconds(5));
    }

    /** The configured node; the in-process simulated ledger is refused, since it lives and dies inside the server. */
    private static Chain connect(OperationsConfig ops, String command) {
        if (ops.profile().network() == Network.SIMULATED) {
            throw new ConfigException("keys " + command + " needs a real network: on NETWORK=simulated (the default)"
                    + " the ledger lives inside the server process, so this command has no account to look at or"
                    + " rekey. Set NETWORK=localnet, testnet, betanet or mainnet, and ALGOD_URL (and ALGOD_TOKEN) of a"
                    + " node of that network");
        }
        Chain chain = ChainConnector.connect(ops.profile(), null);
        StartupGuards.verifyGenesis(ops.profile(), chain.network());
        return chain;
    }

    private static SignerFactory factory() {
        return new SignerFactory(new SystemLoggerAuditLog(), Clock.systemUTC(), new SecureRandom());
    }

    private static SignerRole role(String name) {
        if (name == null) {
            throw new ConfigException("keys rotate: --role ROLE is required (DEPLOYER, MINTER, ADMIN or FUNDER)");
        }
        try {
            return SignerRole.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("keys rotate: unknown role '" + name + "': use one of "
                    + Arrays.toString(SignerRole.values()));
        }
    }
}
