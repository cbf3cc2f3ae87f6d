/**
 * Use cases: one class per use case, orchestrating the domain's ports. No framework types. Packages by feature:
 * {@code auth} (wallet sign-in), {@code tipjar} (creator contracts), {@code template}, {@code listener} (following
 * the chain), {@code minting} (the sticker pipeline), {@code query} (read models), {@code network} (params, submit,
 * faucet, health) and {@code chainwrite} (the exactly-once rule every on-chain write follows).
 *
 * <p><b>Public API</b> for embedders: its sub-packages say which; this package holds nothing they use.
 */
package dev.stickerplatform.application;
