package dev.stickerplatform.bootstrap.config;

import dev.stickerplatform.domain.model.PlatformFee;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.SignerRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the platform refuses to start with. On every network: a node whose genesis hash is not the expected one
 * (a testnet node behind a "mainnet" configuration, or the reverse), and a node whose genesis is MainNet's behind any
 * {@code NETWORK} but {@code mainnet} (whatever {@code EXPECTED_GENESIS_HASH} says). On mainnet: the test faucet,
 * demo mode, signing keys held in process memory (current or next), CORS open to every origin, tokens signed by a
 * key generated at start-up, a platform fee floor below what a sticker costs the platform (unless subsidised
 * stickers are allowed), the in-memory store, rate limiter and content store, and an open {@code /metrics}.
 * On testnet and mainnet: sticker content kept only in memory.
 * Each refusal says what to change.
 */
public final class StartupGuards {
    private StartupGuards() {
    }

    /** Before anything connects: the settings mainnet refuses, all of them in one message. */
    public static void refuseUnsafeSettings(PlatformConfig config) {
        if (config.network() != Network.MAINNET) {
            refuseContentInMemory(config);
            return;
        }
        List<String> problems = mainnetProblems(config);
        if (!problems.isEmpty()) {
            throw new ConfigException("NETWORK=mainnet refuses to start:\n  - " + String.join("\n  - ", problems));
        }
    }

    /** Every setting mainnet refuses, each with what to change (empty on other networks, or when all is well). */
    public static List<String> unsafeSettings(PlatformConfig config) {
        return config.network() != Network.MAINNET ? List.of() : mainnetProblems(config);
    }

    /**
     * After connecting: a node whose genesis is MainNet's is refused behind any other {@code NETWORK}, with every
     * mainnet problem of the configuration listed too. Real ALGO is at stake whatever the configuration calls the
     * network, so only {@code NETWORK=mainnet}, which gets every guard before anything connects, may use such a node.
     */
    public static void refuseMainnetBehindAnotherNetwork(PlatformConfig config, Chain.NetworkInfo actual) {
        refuseMainnetBehindAnotherNetwork(config.operations().profile(), actual, mainnetProblems(config));
    }

    /** The same refusal for a command that has no platform configuration (it lists no further problems). */
    public static void refuseMainnetBehindAnotherNetwork(NetworkProfile profile, Chain.NetworkInfo actual,
                                                         List<String> problems) {
        if (!NetworkProfile.MAINNET_GENESIS_HASH.equals(actual.genesisHash()) || profile.network() == Network.MAINNET) {
            return;
        }
        String where = profile.algodUrl() == null ? "the in-process ledger" : "the node at " + profile.algodUrl();
        throw new ConfigException("NETWORK=" + profile.name() + " refuses to start: " + where + " reports MainNet's "
                + "genesis hash " + actual.genesisHash() + " (" + actual.genesisId() + "), where real ALGO is at "
                + "stake: set NETWORK=mainnet, which applies every mainnet guard, or point ALGOD_URL at a "
                + profile.name() + " node" + (problems.isEmpty() ? "" : "; on MainNet this configuration is also "
                + "refused for:\n  - " + String.join("\n  - ", problems)));
    }

    /** Every setting mainnet refuses in {@code config}, each with what to change; empty when none. */
    static List<String> mainnetProblems(PlatformConfig config) {
        OperationsConfig ops = config.operations();
        List<String> problems = new ArrayList<>();
        if (config.http().simulationMode()) {
            problems.add("SIMULATION_MODE=true turns on the test faucet, which would pay out real ALGO: set "
                    + "SIMULATION_MODE=false");
        }
        if (ops.demoMode()) {
            problems.add("DEMO_MODE=true is for demonstrations with stored fan keys: set DEMO_MODE=false");
        }
        for (Map.Entry<SignerRole, String> signer : ops.signerKinds().entrySet()) {
            if (SignerSettings.DEVELOPMENT.contains(signer.getValue())) {
                String variable = signer.getKey().name() + "_SIGNER";
                problems.add(variable + "=" + signer.getValue() + " keeps the " + signer.getKey().name()
                        .toLowerCase(Locale.ROOT) + " key in process memory: set " + variable
                        + "=pkcs11 (an HSM), vault (Vault transit), aws-kms or gcp-kms (cloud KMS)");
            }
        }
        for (Map.Entry<SignerRole, String> next : ops.nextSignerKinds().entrySet()) {
            if (SignerSettings.DEVELOPMENT.contains(next.getValue())) {
                String variable = "NEXT_" + next.getKey().name() + "_SIGNER";
                problems.add(variable + "=" + next.getValue() + " would rotate the " + next.getKey().name()
                        .toLowerCase(Locale.ROOT) + " account to a key in process memory: set " + variable
                        + "=pkcs11 (an HSM), vault (Vault transit), aws-kms or gcp-kms (cloud KMS)");
            }
        }
        if (config.http().corsOrigins().stream().anyMatch(origin -> origin.contains("*"))) {
            problems.add("CORS_ORIGINS contains a wildcard, so any web page could call the API with a user's "
                    + "browser: list the exact origins of your front end, e.g. CORS_ORIGINS=https://app.example");
        }
        if (config.auth() == null || config.auth().generatesKey()) {
            problems.add("JWT_SIGNING_KEY is missing, so tokens would be signed by a key that dies with this "
                    + "process: set JWT_SIGNING_KEY to an Ed25519 private key (PEM, base64 or 64 hex digits)");
        }
        problems.addAll(config.money().mainnetProblems());
        PlatformFee fee = config.deployment().fee();
        if (!fee.coversStickerCost() && !config.deployment().allowSubsidisedStickers()) {
            problems.add("PLATFORM_FEE_FLOOR_MICROALGOS=" + fee.floor().value() + " is below what a sticker costs the "
                    + "platform (" + PlatformFee.STICKER_COST.value() + " µALGO: the ASA's creation and delivery fees "
                    + "and the 0.1 ALGO it locks), so every tip would cost the platform money: set "
                    + "PLATFORM_FEE_FLOOR_MICROALGOS=" + PlatformFee.STICKER_COST.value() + " or more, or "
                    + "ALLOW_SUBSIDISED_STICKERS=true to pay the difference on purpose");
        }
        if (config.database() == null) {
            problems.add("DATABASE_URL is missing, so records (tips, stickers, jobs, approvals, the signing audit) "
                    + "would live in process memory and die with it: set DATABASE_URL to a PostgreSQL database");
        }
        if (ops.redis() == null) {
            problems.add("REDIS_URL is missing, so every process would count rate limits alone in memory: set "
                    + "REDIS_URL to a Redis server shared by every process");
        }
        // without DATABASE_URL and without a chosen store, the missing database is the one thing to fix (content
        // then lives in PostgreSQL by default)
        boolean contentChosen = config.database() != null || config.content().store() != null;
        if (contentChosen && config.content().inMemoryOnly(config.database() != null)) {
            problems.add("sticker content would live only in process memory (CONTENT_STORE=" + config.content()
                    .storeFor(config.database() != null).name().toLowerCase(Locale.ROOT) + ") and stickers would point"
                    + " at content lost on restart: keep it in PostgreSQL (the default with DATABASE_URL), or set"
                    + " CONTENT_STORE=directory with CONTENT_DIR, or kubo|pinata");
        }
        if (ops.metricsToken() == null || ops.metricsToken().isBlank()) {
            problems.add("METRICS_TOKEN is missing, so /metrics (balances, runway, spend) would be open to anyone: "
                    + "set METRICS_TOKEN to a long random secret your Prometheus sends as a bearer token");
        }
        return problems;
    }

    /**
     * On testnet and mainnet, sticker art must outlive the process: every asset minted points at it. Content kept
     * only in memory would vanish on the next restart and leave wallets showing blank stickers.
     */
    public static void refuseContentInMemory(PlatformConfig config) {
        if (config.content().store() == ContentSettings.Store.POSTGRES && config.database() == null) {
            throw new ConfigException("CONTENT_STORE=postgres needs DATABASE_URL");
        }
        if (config.network() != Network.TESTNET && config.network() != Network.MAINNET) {
            return;
        }
        ContentSettings content = config.content();
        boolean hasDatabase = config.database() != null;
        if (content.inMemoryOnly(hasDatabase)) {
            String network = config.network().name().toLowerCase(Locale.ROOT);
            throw new ConfigException("NETWORK=" + network + " refuses to keep sticker images and metadata in memory"
                    + " (CONTENT_STORE=" + content.storeFor(hasDatabase).name().toLowerCase(Locale.ROOT) + (hasDatabase
                    ? "" : " without DATABASE_URL or CONTENT_DIR") + "): they would be lost on restart while the"
                    + " stickers minted from them point at them. Set DATABASE_URL (content then lives in PostgreSQL),"
                    + " or CONTENT_STORE=directory with CONTENT_DIR, or CONTENT_STORE=kubo|pinata with DATABASE_URL");
        }
    }

    /** After connecting: the node must be on the expected network. */
    public static void verifyGenesis(NetworkProfile profile, Chain.NetworkInfo actual) {
        String expected = profile.expectedGenesisHash();
        if (expected == null || expected.equals(actual.genesisHash())) {
            return;
        }
        String where = profile.algodUrl() == null ? "the in-process simulated ledger" : "the node at "
                + profile.algodUrl();
        throw new ConfigException("NETWORK=" + profile.name() + " expects genesis hash " + expected
                + (profile.expectedGenesisId() == null ? "" : " (" + profile.expectedGenesisId() + ")") + ", but "
                + where + " reports " + actual.genesisHash() + " (" + actual.genesisId() + "): point ALGOD_URL at a "
                + profile.name() + " node, or set NETWORK (or EXPECTED_GENESIS_HASH) to the network it is on");
    }
}
