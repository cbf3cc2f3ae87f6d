package dev.stickerplatform.bootstrap.config;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a network's node is and what it must be: the algod URL and token, and the genesis id and hash the node
 * has to report (checked at start-up by {@link StartupGuards#verifyGenesis}). Each network has defaults;
 * {@code ALGOD_URL}, {@code ALGOD_TOKEN}, {@code EXPECTED_GENESIS_ID} and {@code EXPECTED_GENESIS_HASH} override
 * them. A null expected hash (simulated and localnet, whose genesis differs per instance) skips the check unless
 * one is configured.
 *
 * @param algodUrl  the node's REST API (unused on the simulated network)
 * @param algodToken the API token, empty when the endpoint needs none; never printed
 */
public record NetworkProfile(Network network, String algodUrl, String algodToken, String expectedGenesisId,
                             String expectedGenesisHash) {
    public static final String MAINNET_GENESIS_HASH = "wGHE2Pwdvd7S12BL5FaOP20EGYesN73ktiC1qzkkit8=";
    public static final String TESTNET_GENESIS_HASH = "SGO1GKSzyE7IEPItTxCByw9x8FmnrCDexi9/cOUJOiI=";
    public static final String BETANET_GENESIS_HASH = "mFgazF+2uRS1tMiL9dsj01hJGySEmPN28B/TjjvpVW0=";

    public NetworkProfile {
        Objects.requireNonNull(network, "network");
        algodToken = algodToken == null ? "" : algodToken;
    }

    /** The defaults of {@code network}: public algonode endpoints, AlgoKit LocalNet on localhost. */
    public static NetworkProfile defaults(Network network) {
        return switch (network) {
            case SIMULATED -> new NetworkProfile(network, null, "", null, null);
            case LOCALNET -> new NetworkProfile(network, "http://localhost:4001", "a".repeat(64), null, null);
            case TESTNET -> new NetworkProfile(network, "https://testnet-api.algonode.cloud", "", "testnet-v1.0",
                    TESTNET_GENESIS_HASH);
            case BETANET -> new NetworkProfile(network, "https://betanet-api.algonode.cloud", "", "betanet-v1.0",
                    BETANET_GENESIS_HASH);
            case MAINNET -> new NetworkProfile(network, "https://mainnet-api.algonode.cloud", "", "mainnet-v1.0",
                    MAINNET_GENESIS_HASH);
        };
    }

    static NetworkProfile fromEnv(Env env, Network network) {
        NetworkProfile base = defaults(network);
        return new NetworkProfile(network, env.string("ALGOD_URL", base.algodUrl()),
                env.string("ALGOD_TOKEN", base.algodToken()),
                env.string("EXPECTED_GENESIS_ID", base.expectedGenesisId()),
                env.string("EXPECTED_GENESIS_HASH", base.expectedGenesisHash()));
    }

    public NetworkProfile withExpectedGenesisHash(String hash) {
        return new NetworkProfile(network, algodUrl, algodToken, expectedGenesisId, hash);
    }

    /** The lower-case name used in configuration and messages. */
    public String name() {
        return network.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "NetworkProfile[" + name() + ", algod=" + algodUrl + ", token=" + (algodToken.isEmpty() ? "none"
                : "****") + ", genesis=" + expectedGenesisId + " " + expectedGenesisHash + "]";
    }
}
