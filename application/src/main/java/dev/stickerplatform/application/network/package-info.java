/**
 * Thin use cases over the chain for wallets and operators: transaction parameters, relaying wallet-signed
 * transactions, unsigned opt-ins, the simulated faucet and the health summary.
 */
package dev.stickerplatform.application.network;
