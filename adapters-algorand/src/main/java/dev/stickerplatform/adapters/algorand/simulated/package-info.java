/**
 * An in-process Algorand ledger for development and tests: {@link SimulatedLedger}.
 *
 * <p>It takes real signed transactions (algosdk msgpack) and enforces the rules this product depends on:
 * Ed25519 signatures and rekeyed auth addresses, group ids, genesis, pooled fees, validity windows, leases,
 * duplicate txids, balances and minimum balances, ASAs (create, opt-in, transfer, clawback, freeze,
 * default-frozen) and applications. Applications run as Java {@link AppProgram}s recognised by their program
 * bytes; {@link TipProxyProgram} implements TipProxy to the letter of {@code contracts/README.md}, and the
 * contract's conformance vectors hold both implementations to the same behaviour.
 *
 * <p>Transactions enter a pending pool (checked against the pool's state, so a bad group fails at submit time,
 * as with algod) and are committed by the next block, produced on demand or by a timer.
 *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.adapters.algorand.simulated;
