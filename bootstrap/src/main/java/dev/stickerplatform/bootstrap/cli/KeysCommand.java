package dev.stickerplatform.bootstrap.cli;

import dev.stickerplatform.adapters.kms.ConfiguredSigners;
import dev.stickerplatform.adapters.kms.RoleKeys;
import dev.stickerplatform.adapters.kms.RoleSignerConfig;
import dev.stickerplatform.adapters.kms.SignerFactory;
import dev.stickerplatform.adapters.kms.SigningContext;
import dev.stickerplatform.adapters.kms.SystemLoggerAuditLog;
import dev.stickerplatform.adapters.persistence.postgres.PostgresConfig;
import dev.stickerplatform.adapters.persistence.postgres.PostgresDatabase;
import dev.stickerplatform.application.audit.ReadAuditTrailService;
import dev.stickerplatform.application.keys.RotateSignerService;
import dev.stickerplatform.bootstrap.config.ChainSettings;
import dev.stickerplatform.bootstrap.config.ConfigException;
import dev.stickerplatform.bootstrap.config.DatabaseSettings;
import dev.stickerplatform.bootstrap.config.Env;
import dev.stickerplatform.bootstrap.config.ListenerSettings;
import dev.stickerplatform.bootstrap.config.Network;
import dev.stickerplatform.bootstrap.config.OperationsConfig;
import dev.stickerplatform.bootstrap.config.SignerSettings;
import dev.stickerplatform.bootstrap.config.StartupGuards;
import dev.stickerplatform.bootstrap.wiring.ChainConnector;
import dev.stickerplatform.bootstrap.wiring.SignerKeys;
import dev.stickerplatform.domain.port.AuditCheck;
import dev.stickerplatform.domain.port.AuditLog;
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
 * and a key rotation by rekeying (the runbook is in the kms module's README); {@code keys audit verify}: the signing
 * audit trail's hash chain in PostgreSQL, and its first broken link. Both read the same environment as the
 * server; {@code rotate} takes the new key from the {@code NEXT_<ROLE>_*} settings, {@code --to} naming its kind.
 * A wrong argument or setting answers with a message and exit code 2.
 */
public final class KeysCommand {
    /** How long {@code keys rotate} waits for the rekey: ten rounds of at most 20 s. */
    static final RotateSignerService.Config WAIT = new RotateSignerService.Config(10, Duration.ofSeconds(20));
    private static final String USAGE = """
            usage: keys show                           each role's account, keys and on-chain auth address
                   keys rotate --role ROLE --to KIND   rekey ROLE's account to the key configured by NEXT_<ROLE>_*
                                                       KIND: local, mnemonic, pkcs11, vault, aws-kms,
                                                       gcp-kms or multisig (ADMIN, FUNDER); it sets
                                                       NEXT_<ROLE>_SIGNER
                   keys audit verify                   check the signing audit trail's hash chain (needs
                                                       DATABASE_URL); prints the first broken link
            ROLE: DEPLOYER, MINTER, ADMIN or FUNDER. Needs a real network: NETWORK and ALGOD_URL (and ALGOD_TOKEN).
            Runbook: adapters-kms/README.md, "Rotation runbook".""";

    private KeysCommand() {
    }

    /** @return the exit code: 0 done, 1 not done (the output says why), 2 a wrong argument or setting */
    public static int run(String[] args, Env env, PrintStream out, PrintStream err) {
        try {
            return switch (args.length == 0 ? "help" : args[0]) {
                case "show" -> show(env, out);
                case "rotate" -> rotate(CliOptions.parse("keys rotate", args), env, out);
                case "audit" -> audit(args, env, out);
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
            throw new ConfigException("keys rotate: --to KIND is required: the kind of the new key (" + String.join(
                    ", ", SignerSettings.KINDS_IN_ORDER) + "), whose settings are NEXT_" + role + "_*");
        }
        kind = kind.toLowerCase(Locale.ROOT);
        if (!SignerSettings.KINDS.contains(kind)) {
            throw new ConfigException("keys rotate: --to must be one of " + String.join(", ",
                    SignerSettings.KINDS_IN_ORDER) + "; got '" + kind + "'");
        }
        OperationsConfig ops = operations(env);
        Map<String, String> settings = new HashMap<>(ops.signerSettings());
        settings.put(RoleSignerConfig.nextPrefix(role) + "SIGNER", kind);
        RoleSignerConfig config = RoleSignerConfig.read(role, settings);
        if (ops.profile().network() == Network.MAINNET && config.next().isDevelopmentOnly()) {
            throw new ConfigException("keys rotate: NETWORK=mainnet refuses to rotate " + role + " to a key in process"
                    + " memory (--to " + kind + "): use pkcs11 (an HSM), vault (Vault transit), aws-kms or gcp-kms");
        }
        Chain chain = connect(ops, "rotate");
        PostgresConfig database = DatabaseSettings.fromEnv(env);
        try (PostgresDatabase db = database == null ? null : PostgresDatabase.open(database);
             RoleKeys keys = factory(db).open(config);
             var requester = SigningContext.requester("keys rotate by " + System.getProperty("user.name"))) {
            return SignerKeys.rotate(chain, keys, settings, WAIT, out);
        }
    }

    /** {@code keys audit verify}: the signing audit trail's hash chain, from record 1 to the head. */
    private static int audit(String[] args, Env env, PrintStream out) {
        if (args.length != 2 || !args[1].equals("verify")) {
            throw new ConfigException("keys audit: the only sub-command is 'verify'\n" + USAGE);
        }
        PostgresConfig database = DatabaseSettings.fromEnv(env);
        if (database == null) {
            throw new ConfigException("keys audit verify needs DATABASE_URL: the audit trail lasts only in PostgreSQL"
                    + " (without it each process keeps its trail in memory)");
        }
        try (PostgresDatabase db = PostgresDatabase.open(database)) {
            return switch (new ReadAuditTrailService(db.auditTrail()).verify()) {
                case AuditCheck.Intact intact -> {
                    out.println("audit trail intact: " + intact.records() + " records, newest hash " + intact.head().hex());
                    yield 0;
                }
                case AuditCheck.Broken broken -> {
                    out.println("audit trail BROKEN at record " + broken.seq() + ": " + broken.reason());
                    yield 1;
                }
            };
        }
    }

    private static OperationsConfig operations(Env env) {
        return OperationsConfig.fromEnv(env, ChainSettings.network(env), ListenerSettings.DEFAULT_POLL_TIMEOUT);
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
        Chain.NetworkInfo network = chain.network();
        StartupGuards.verifyGenesis(ops.profile(), network);
        StartupGuards.refuseMainnetBehindAnotherNetwork(ops.profile(), network, java.util.List.of());
        return chain;
    }

    private static SignerFactory factory() {
        return factory(null);
    }

    /** Signatures go to the audit log and, with a database, to its lasting audit trail too. */
    private static SignerFactory factory(PostgresDatabase db) {
        AuditLog log = db == null ? new SystemLoggerAuditLog()
                : AuditLog.both(new SystemLoggerAuditLog(), db.auditTrail());
        return new SignerFactory(log, Clock.systemUTC(), new SecureRandom());
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
