/**
 * The {@code devnet} node: the simulated ledger behind algod's v2 REST API, and its faucet.
 *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.adapters.algorand.devnet;
