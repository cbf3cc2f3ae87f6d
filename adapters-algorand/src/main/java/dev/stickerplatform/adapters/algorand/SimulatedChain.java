package dev.stickerplatform.adapters.algorand;

import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.adapters.algorand.simulated.TxConfirmation;
import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyPrograms;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ChainRejectedException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link Chain} port on the in-process {@link SimulatedLedger}: what the embedded default runs on and what
 * tests use. Transactions are built and signed exactly as for a real node; TipProxy is deployed with its TEAL
 * source bytes, which the ledger recognises.
 */
public final class SimulatedChain extends TransactionBuildingChain {
    /** Transactions are valid for this many rounds from the next one (Algorand allows up to 1000). */
    static final long VALIDITY_ROUNDS = 1000;

    private final SimulatedLedger ledger;
    private final TipProxyPrograms programs;

    public SimulatedChain(SimulatedLedger ledger) {
        this(ledger, TipProxyPrograms.tealSources());
    }

    public SimulatedChain(SimulatedLedger ledger, TipProxyPrograms programs) {
        super(new TransactionFactory(programs));
        this.ledger = ledger;
        this.programs = programs;
    }

    public SimulatedLedger ledger() {
        return ledger;
    }

    /** The approval program identity every genuine TipProxy on this network has. */
    public Hash32 tipProxyApprovalHash() {
        return programs.approvalHash();
    }

    /** The approval program hash of {@code app}, to tell a TipProxy from any other app; empty when absent. */
    public Optional<Hash32> appApprovalHash(AppId app) {
        return ledger.appApprovalHash(app);
    }

    @Override
    public NetworkInfo network() {
        return new NetworkInfo(ledger.genesisId(), ledger.genesisHash());
    }

    @Override
    public TxParams suggestedParams() {
        Round first = ledger.currentRound().next();
        return new TxParams(MicroAlgos.of(SimulatedLedger.MIN_FEE), 0, first, first.plus(VALIDITY_ROUNDS - 1),
                ledger.genesisId(), ledger.genesisHash());
    }

    @Override
    public Round currentRound() {
        return ledger.currentRound();
    }

    @Override
    public Round awaitRoundAfter(Round round, Duration timeout) {
        return ledger.awaitRoundAfter(round, timeout);
    }

    /** Resubmitting a write that is already pending or confirmed is a no-op, as the port promises. */
    @Override
    public void submit(ChainWrite write) {
        if (isKnown(write.txId())) {
            return;
        }
        try {
            ledger.submit(TransactionFactory.split(write.signedBytes()));
        } catch (ChainRejectedException e) {
            if (!isKnown(write.txId())) {
                throw e;
            }
        }
    }

    @Override
    public List<TxId> submitSigned(List<byte[]> signedGroup) {
        return ledger.submit(signedGroup);
    }

    @Override
    public TxStatus status(TxId txId, Round lastValid) {
        // the round is read before the lookup: a miss then proves no block up to that round holds the transaction
        Round current = ledger.currentRound();
        Optional<TxConfirmation> confirmation = ledger.confirmation(txId);
        if (confirmation.isPresent()) {
            TxConfirmation c = confirmation.get();
            return new TxStatus.Confirmed(txId, c.round(), c.createdApp(), c.createdAsset());
        }
        return current.isAfter(lastValid) ? new TxStatus.Dead(txId, lastValid, current) : new TxStatus.Pending(txId);
    }

    @Override
    public Optional<ConfirmedPayment> payment(TxId txId) {
        return ledger.payment(txId);
    }

    @Override
    public AccountInfo account(Address address) {
        return ledger.account(address);
    }

    @Override
    public Optional<Map<String, StateValue>> appGlobalState(AppId app) {
        return ledger.appGlobalState(app);
    }

    @Override
    public Optional<AssetInfo> asset(AssetId asset) {
        return ledger.asset(asset);
    }

    @Override
    public Optional<BlockEvents> block(Round round) {
        return ledger.block(round);
    }

    private boolean isKnown(TxId txId) {
        return ledger.isPending(txId) || ledger.confirmation(txId).isPresent();
    }
}
