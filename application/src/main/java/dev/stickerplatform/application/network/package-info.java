/**
 * Thin use cases over the chain for wallets and operators: transaction parameters, relaying wallet-signed
 * transactions, unsigned opt-ins, the simulated faucet and the health summary.
 *
 * <p><b>Public API</b> for embedders (see {@code dev.stickerplatform.bootstrap.embedding}): the use cases with
 * their Command/Query/Result records.
 */
package dev.stickerplatform.application.network;
