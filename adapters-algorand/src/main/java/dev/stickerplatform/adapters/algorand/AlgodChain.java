package dev.stickerplatform.adapters.algorand;

import com.algorand.algosdk.v2.client.model.Application;
import com.algorand.algosdk.v2.client.model.NodeStatusResponse;
import com.algorand.algosdk.v2.client.model.TransactionParametersResponse;
import com.algorand.algosdk.v2.client.model.Version;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.Hashes;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ChainRejectedException;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link Chain} port on a real algod node (LocalNet, TestNet, BetaNet, MainNet) through algosdk's
 * {@code AlgodClient}. Transactions are built by the same {@link TransactionFactory} as on the simulated ledger;
 * TipProxy is deployed with its TEAL compiled once by the node. Transient failures are retried with backoff
 * ({@link AlgodConfig}); what remains is translated at this boundary: refused transactions to
 * {@link ChainRejectedException}, everything else to {@link ChainUnavailableException}. Thread-safe. Following
 * blocks costs at most two requests per round whatever the number of apps ({@link #block}), plus the long poll of
 * {@link #awaitRoundAfter}.
 */
public final class AlgodChain extends TransactionBuildingChain {
    /** Transactions are valid for this many rounds from the next one (Algorand allows up to 1000). */
    static final long VALIDITY_ROUNDS = 1000;
    /** The protocol's minimum fee: a node reporting less is not believed. */
    private static final long MIN_FEE = 1000;

    private final AlgodConfig config;
    private final AlgodCalls calls;
    private final AlgodBlocks blocks;
    private final AlgodPrograms programs;
    private final TxStatusLookup statuses;
    private volatile NetworkInfo network;

    public AlgodChain(AlgodConfig config) {
        this(config, new AlgodCalls(Objects.requireNonNull(config, "config")));
    }

    private AlgodChain(AlgodConfig config, AlgodCalls calls) {
        this(config, calls, new AlgodPrograms(calls));
    }

    private AlgodChain(AlgodConfig config, AlgodCalls calls, AlgodPrograms programs) {
        super(new TransactionFactory(programs));
        this.config = config;
        this.calls = calls;
        this.blocks = new AlgodBlocks(calls);
        this.programs = programs;
        this.statuses = new TxStatusLookup(calls, blocks, this::currentRound);
    }

    /** The approval program identity every genuine TipProxy on this network has (compiled by the node once). */
    public Hash32 tipProxyApprovalHash() {
        return programs.get().approvalHash();
    }

    /** The approval program hash of {@code app}, to tell a TipProxy from any other app; empty when absent. */
    public Optional<Hash32> appApprovalHash(AppId app) {
        return application(app).filter(a -> a.params != null && a.params.approvalProgram != null)
                .map(a -> Hash32.of(Hashes.sha512_256(a.params.approvalProgram)));
    }

    /** From {@code /versions}, asked once: a node never changes networks. */
    @Override
    public NetworkInfo network() {
        NetworkInfo known = network;
        if (known == null) {
            Version version = calls.get("versions", c -> c.GetVersion().execute());
            known = new NetworkInfo(version.genesis_id, Base64.getEncoder().encodeToString(version.genesis_hash_b64));
            network = known;
        }
        return known;
    }

    @Override
    public TxParams suggestedParams() {
        TransactionParametersResponse p = calls.get("suggested parameters", c -> c.TransactionParams().execute());
        Round first = Round.of(p.lastRound + 1);
        return new TxParams(MicroAlgos.of(Math.max(p.minFee == null ? 0 : p.minFee, MIN_FEE)),
                p.fee == null ? 0 : p.fee, first, first.plus(VALIDITY_ROUNDS - 1), p.genesisId,
                Base64.getEncoder().encodeToString(p.genesisHash));
    }

    @Override
    public Round currentRound() {
        return Round.of(calls.get("node status", c -> c.GetStatus().execute()).lastRound);
    }

    /** Long-polls {@code /v2/status/wait-for-block-after}; algod gives up after a minute, so this polls again. */
    @Override
    public Round awaitRoundAfter(Round round, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (left.isNegative() || left.isZero()) {
                return currentRound();
            }
            Optional<NodeStatusResponse> status = calls.poll("wait for a round after " + round, left,
                    c -> c.WaitForBlock(round.value()).execute());
            if (status.isEmpty()) {
                return currentRound();
            }
            if (status.get().lastRound > round.value()) {
                return Round.of(status.get().lastRound);
            }
        }
    }

    /** A write algod already holds (pending or committed) is accepted silently, as the port promises. */
    @Override
    public void submit(ChainWrite write) {
        calls.post(List.of(write.signedBytes()));
    }

    /** Resubmitting a group the node already holds is harmless here too: the ids are returned as for a new one. */
    @Override
    public List<TxId> submitSigned(List<byte[]> signedGroup) {
        if (signedGroup.isEmpty()) {
            throw new IllegalArgumentException("a group has at least one transaction");
        }
        List<TxId> ids;
        try {
            ids = TxIds.ofSignedGroup(signedGroup);
        } catch (IllegalArgumentException e) {
            throw new ChainRejectedException("malformed transaction: " + e.getMessage());
        }
        calls.post(signedGroup);
        return ids;
    }

    @Override
    public TxStatus status(TxId txId, Round lastValid) {
        return statuses.status(txId, lastValid);
    }

    /**
     * From algod's pending-transaction lookup, which knows transactions committed within about 1000 rounds (no
     * indexer): a payment older than that is empty here, so a paid registration must be sent soon after its payment.
     */
    @Override
    public Optional<ConfirmedPayment> payment(TxId txId) {
        return calls.find("pending transaction " + txId, c -> c.PendingTransactionInformation(txId.value()).execute())
                .filter(info -> info.confirmedRound != null && info.confirmedRound > 0 && info.txn != null
                        && info.txn.tx != null && info.txn.tx.type == com.algorand.algosdk.transaction.Transaction.Type.Payment)
                .map(info -> new ConfirmedPayment(txId, Round.of(info.confirmedRound),
                        Address.fromPublicKey(info.txn.tx.sender.getBytes()),
                        Address.fromPublicKey(info.txn.tx.receiver.getBytes()),
                        MicroAlgos.of(info.txn.tx.amount.longValueExact()), info.txn.tx.note));
    }

    @Override
    public AccountInfo account(Address address) {
        return AlgodViews.account(address, calls.get("account " + address.shortForm(),
                c -> c.AccountInformation(TransactionFactory.algo(address)).execute()));
    }

    @Override
    public Optional<Map<String, StateValue>> appGlobalState(AppId app) {
        return application(app).map(AlgodViews::globalState);
    }

    @Override
    public Optional<AssetInfo> asset(AssetId asset) {
        return calls.find("asset " + asset, c -> c.GetAssetByID(asset.value()).execute()).map(AlgodViews::asset);
    }

    /**
     * The block, then its logs only if it holds app calls. algod answers 404 both for a round not produced yet and
     * for one a non-archival node has dropped: the current round tells them apart, and a dropped round is an
     * outage for a follower (never "no events").
     */
    @Override
    public Optional<BlockEvents> block(Round round) {
        Optional<Map<String, Object>> raw = blocks.fetch(round);
        if (raw.isEmpty()) {
            if (round.isAfter(currentRound())) {
                return Optional.empty();
            }
            raw = blocks.fetch(round);
            if (raw.isEmpty()) {
                throw new ChainUnavailableException("algod at " + config.endpoint() + " no longer holds round " + round
                        + ": follow blocks from an archival node");
            }
        }
        return Optional.of(blocks.events(round, raw.get()));
    }

    private Optional<Application> application(AppId app) {
        return calls.find("application " + app, c -> c.GetApplicationByID(app.value()).execute());
    }

    @Override
    public String toString() {
        return "AlgodChain[" + config.endpoint() + "]";
    }
}
