/**
 * The Algorand side of the platform: implementations of the domain {@code Chain} port.
 *
 * <ul>
 *   <li>{@link dev.stickerplatform.adapters.algorand.AlgodChain} runs against a real algod node (LocalNet, TestNet,
 *       MainNet) through algosdk's {@code AlgodClient}, configured by
 *       {@link dev.stickerplatform.adapters.algorand.AlgodConfig}: retries with backoff, errors translated at the
 *       port, TipProxy compiled by the node once, blocks followed in at most two requests per round;</li>
 *   <li>{@link dev.stickerplatform.adapters.algorand.SimulatedChain} runs against the in-process
 *       {@link dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger} (the embedded default and the test
 *       double: real signed transactions, real ledger rules, no network);</li>
 *   <li>{@link dev.stickerplatform.adapters.algorand.TransactionFactory} turns domain
 *       {@link dev.stickerplatform.domain.port.TxnRequest}s into algosdk transactions and has a
 *       {@link dev.stickerplatform.domain.port.Signer} sign them, for every chain implementation;</li>
 *   <li>{@link dev.stickerplatform.adapters.algorand.tipproxy} holds the TipProxy contract's identity: its TEAL
 *       (from the {@code contracts} artifact) and its ARC-4 encodings.</li>
 * </ul>
 *
 * <p>algosdk is the only Algorand library, and it stays inside this module: nothing that crosses the {@code Chain}
 * port mentions an algosdk type.
 *
 * <p><b>Public API</b> for embedders: only {@code DevWallet} (a development wallet for tests and examples).
 * <b>Internal</b>: everything else here.
 */
package dev.stickerplatform.adapters.algorand;
