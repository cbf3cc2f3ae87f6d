package dev.stickerplatform.domain.port;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.MultisigAccount;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.model.UnsignedTxn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Algorand network, as the platform needs it: build and sign transactions, submit them, learn their fate,
 * read accounts, apps and assets, and follow blocks. Implemented by {@code AlgodChain} (a real node) and by the
 * in-process {@code SimulatedLedger}.
 *
 * <p>Contract, for every implementation:
 * <ul>
 *   <li>{@link #sign} never submits; {@link #submit} of the same {@link ChainWrite} twice is harmless (the chain
 *       dedups by txid), so a caller may always resubmit a recorded write that is not confirmed and not dead.</li>
 *   <li>{@link #status} says {@link TxStatus.Dead} only when it is provable: the current round is past the
 *       transaction's last valid round and it was never confirmed. Otherwise a missing transaction is
 *       {@link TxStatus.Pending}.</li>
 *   <li>{@link #block} reports only top-level application calls that were confirmed (inner calls are never
 *       reported, so a wrapper app cannot forge a TipProxy log), asset opt-ins and asset movements, in block
 *       order.</li>
 *   <li>Unreachable node or server errors → {@link ChainUnavailableException}; a transaction the chain refuses →
 *       {@link ChainRejectedException} with the reason in plain words ({@link NotAuthorizedException} when the
 *       key that signed it is not the one the sender's account authorizes). Absent apps/assets are empty results,
 *       never exceptions, and an outage is never reported as absence.</li>
 * </ul>
 */
public interface Chain {
    /** Which network this is: genesis id and base64 genesis hash. */
    NetworkInfo network();

    /** Parameters for a new transaction: {@code minFee} is the flat per-transaction fee clients should pay. */
    TxParams suggestedParams();

    Round currentRound();

    /**
     * Blocks until a round after {@code round} exists or {@code timeout} passes; returns the latest round then
     * (which equals {@code round} or less on timeout).
     */
    Round awaitRoundAfter(Round round, Duration timeout);

    /** Builds the transaction with current parameters and has {@code signer} sign it. Nothing is submitted. */
    ChainWrite sign(TxnRequest request, Signer signer);

    /**
     * The very transaction of {@code write} — same txid, validity window and lease — signed anew by {@code signer},
     * which must act for its sender. For a recorded write the chain refused with {@link NotAuthorizedException}
     * because the account was rekeyed after the write was signed: a transaction id confirms at most once, so the
     * re-signed and the original bytes can never both confirm, and everything recorded about the write stays true.
     * Nothing is submitted.
     *
     * @throws IllegalArgumentException when {@code signer}'s address is not the write's sender
     */
    ChainWrite resign(ChainWrite write, Signer signer);

    /** The unsigned transaction as msgpack bytes, for a wallet to sign (opt-in, pause, unpause). */
    byte[] encodeUnsigned(TxnRequest request);

    /**
     * Builds the transaction with current parameters and signs nothing: signatures are collected later (approvals)
     * and attached with {@link #withSignature} or {@link #withMultisig}.
     */
    UnsignedTxn prepare(TxnRequest request);

    /**
     * The prepared transaction signed by one key: {@code signer} is the sender or, for a rekeyed sender, its auth
     * address. {@link IllegalArgumentException} when {@code signature} does not verify.
     */
    ChainWrite withSignature(UnsignedTxn txn, Address signer, byte[] signature);

    /**
     * The prepared transaction signed by a multisig account ({@code account.address()} is the sender or its auth
     * address): {@code signatures} by member key; at least the threshold of them, each verifying, else
     * {@link IllegalArgumentException}. Members without a signature are listed without one, as the chain expects.
     */
    ChainWrite withMultisig(UnsignedTxn txn, MultisigAccount account, Map<Address, byte[]> signatures);

    /**
     * Builds the requests with one set of current parameters as one atomic group (all confirm or none), signed by
     * {@code signer}. Each write carries its own txid and the whole group's bytes, so submitting any one of them
     * submits the group (once is enough). This default signs each request alone, ungrouped.
     */
    default List<ChainWrite> signGroup(List<TxnRequest> requests, Signer signer) {
        return requests.stream().map(request -> sign(request, signer)).toList();
    }

    /** How many transactions submitting {@code write} sends: more than one for a write of a group. */
    default int transactionCount(ChainWrite write) {
        return 1;
    }

    /** Submits a recorded write; idempotent for the same bytes. */
    void submit(ChainWrite write);

    /**
     * Submits a group signed by someone else (wallet-signed msgpack, one entry per transaction, in order).
     *
     * @return the transaction ids, in order
     */
    List<TxId> submitSigned(List<byte[]> signedGroup);

    /** What became of a transaction whose last valid round is {@code lastValid}. */
    TxStatus status(TxId txId, Round lastValid);

    AccountInfo account(Address address);

    /** The app's global state by key, or empty when the app does not exist (or was deleted). */
    Optional<Map<String, StateValue>> appGlobalState(AppId app);

    Optional<AssetInfo> asset(AssetId asset);

    /** What happened in {@code round}, or empty when that round has not been produced yet. */
    Optional<BlockEvents> block(Round round);

    /**
     * A confirmed payment, as the chain recorded it (sender, receiver, amount, note), or empty when this node does not
     * know {@code txId} as a confirmed payment: not confirmed (yet), not a payment, or — on algod — committed too
     * long ago for its lookup (about the last thousand rounds). An outage is {@link ChainUnavailableException}.
     */
    Optional<ConfirmedPayment> payment(TxId txId);

    /**
     * The platform's {@code [pay sender → app, appl tip_for(fan, memo)]} group for a creator's TipProxy, built with
     * current parameters (creator and treasury in the call's accounts, fees for both inner payments) and signed by
     * {@code signer}, which must act for the sender (the app's {@code platform_address}). Nothing is submitted:
     * record it, then submit with {@link #submitSigned}.
     */
    SignedGroup signTipFor(TipFor request, Signer signer);

    /** {@code note}: the payment's note field as confirmed (empty when it has none). */
    record ConfirmedPayment(TxId txId, Round round, Address sender, Address receiver, MicroAlgos amount,
                            byte[] note) {
        public ConfirmedPayment {
            note = note == null ? new byte[0] : note.clone();
        }

        /** A payment without a note. */
        public ConfirmedPayment(TxId txId, Round round, Address sender, Address receiver, MicroAlgos amount) {
            this(txId, round, sender, receiver, amount, null);
        }

        @Override
        public byte[] note() {
            return note.clone();
        }
    }

    /**
     * @param treasury null for a version 1 app (no treasury in the accounts)
     * @param lease    the app call's lease (one routing per order), or null
     */
    record TipFor(Address sender, AppId app, Address creator, Address treasury, Address fan, MicroAlgos amount,
                  String memo, Hash32 lease) {
    }

    /** Signed transactions of one group in order; {@code txId} and {@code lastValid} are the last one's. */
    record SignedGroup(List<byte[]> signed, TxId txId, Round lastValid) {
        public SignedGroup {
            signed = signed.stream().map(byte[]::clone).toList();
        }
    }

    record NetworkInfo(String genesisId, String genesisHash) {
    }

    record TxParams(MicroAlgos minFee, long feePerByte, Round firstValid, Round lastValid, String genesisId,
                    String genesisHash) {
    }

    /** The fate of a transaction. */
    sealed interface TxStatus {
        /** Confirmed in {@code round}; {@code createdApp}/{@code createdAsset} are set for creations. */
        record Confirmed(TxId txId, Round round, AppId createdApp, AssetId createdAsset) implements TxStatus {
        }

        /** Not confirmed yet and still valid: it may be in the pool, or lost (then resubmitting is safe). */
        record Pending(TxId txId) implements TxStatus {
        }

        /** Never confirmed and can never be: the chain is past its last valid round. */
        record Dead(TxId txId, Round lastValid, Round currentRound) implements TxStatus {
        }
    }

    /** An account: {@code authAddress} is null unless rekeyed; {@code assets} are the opted-in holdings. */
    record AccountInfo(Address address, MicroAlgos balance, MicroAlgos minBalance, Address authAddress,
                       Map<AssetId, Holding> assets) {
        public AccountInfo {
            assets = Map.copyOf(assets);
        }

        public boolean isOptedIn(AssetId asset) {
            return assets.containsKey(asset);
        }

        /** The key that must sign for this account. */
        public Address signingAddress() {
            return authAddress == null ? address : authAddress;
        }
    }

    /**
     * An asset holding. {@code amount} is a uint64 (ASA amounts go up to 2^64−1) held in a long's bits: compare it
     * with {@link Long#compareUnsigned} and print it with {@link Long#toUnsignedString(long)}.
     */
    record Holding(long amount, boolean frozen) {
    }

    /** A TEAL value: either bytes or a uint64. */
    record StateValue(byte[] bytes, long uint) {
        public static StateValue ofUint(long value) {
            return new StateValue(null, value);
        }

        public static StateValue ofBytes(byte[] value) {
            return new StateValue(value.clone(), 0);
        }

        public boolean isBytes() {
            return bytes != null;
        }
    }

    /**
     * An ASA's parameters; null addresses mean "none". {@code total} is a uint64 (up to 2^64−1) in a long's bits, as
     * {@link Holding#amount()}.
     */
    record AssetInfo(AssetId id, Address creator, long total, int decimals, boolean defaultFrozen, String unitName,
                     String name, String url, Hash32 metadataHash, Address manager, Address reserve, Address freeze,
                     Address clawback) {
    }

    /**
     * The events of one round that the platform follows. {@code skipped} lists the block's transactions that the
     * reader could not interpret (a value beyond what the platform's types hold, a malformed field): they are passed
     * over, never a reason to fail the whole block, which would stop the listener at this round. {@code assetMoves}
     * are the confirmed movements of asset units between accounts (transfers, clawbacks, close-outs), in block order.
     */
    record BlockEvents(Round round, Instant timestamp, List<AppCall> appCalls, List<OptIn> optIns,
                       List<Skipped> skipped, List<AssetMove> assetMoves) {
        public BlockEvents {
            appCalls = List.copyOf(appCalls);
            optIns = List.copyOf(optIns);
            skipped = List.copyOf(skipped);
            assetMoves = List.copyOf(assetMoves);
        }

        /** A block whose every transaction was read, without asset movements. */
        public BlockEvents(Round round, Instant timestamp, List<AppCall> appCalls, List<OptIn> optIns) {
            this(round, timestamp, appCalls, optIns, List.of(), List.of());
        }

        /** A block without asset movements (or read by a source that does not report them). */
        public BlockEvents(Round round, Instant timestamp, List<AppCall> appCalls, List<OptIn> optIns,
                           List<Skipped> skipped) {
            this(round, timestamp, appCalls, optIns, skipped, List.of());
        }
    }

    /**
     * {@code amount} units of {@code asset} confirmed moving from {@code from} to {@code to} by transaction
     * {@code txId}: a transfer, a clawback (then {@code from} is the account revoked from) or the remainder of a
     * close-out (then {@code to} is the close-to account). Opt-ins and zero transfers are not movements.
     */
    record AssetMove(TxId txId, AssetId asset, Address from, Address to, long amount) {
    }

    /**
     * A top-level transaction of a block that the reader passed over: its index in the block, its id when it could
     * be computed (else null), and why.
     */
    record Skipped(int index, TxId txId, String reason) {
        public Skipped {
            java.util.Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A confirmed top-level application call and the logs it emitted; {@code index} is its place among the block's
     * top-level transactions (-1 when unknown).
     */
    record AppCall(TxId txId, AppId app, Address sender, List<byte[]> logs, int index) {
        public AppCall {
            logs = List.copyOf(logs);
        }

        public AppCall(TxId txId, AppId app, Address sender, List<byte[]> logs) {
            this(txId, app, sender, logs, -1);
        }
    }

    /** A confirmed opt-in of {@code account} to {@code asset}. */
    record OptIn(TxId txId, AssetId asset, Address account) {
    }
}
