package dev.stickerplatform.bootstrap.config;

/**
 * The networks the platform knows. Only {@code SIMULATED} (the in-process ledger) is wired today; the others
 * need the algod adapter and are refused at start-up with a message saying so.
 */
public enum Network {
    SIMULATED,
    LOCALNET,
    TESTNET,
    BETANET,
    MAINNET
}
