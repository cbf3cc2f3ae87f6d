package dev.stickerplatform.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.algorand.SimulatedChain;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.adapters.kms.LocalKeySigner;
import dev.stickerplatform.adapters.kms.StaticSigners;
import dev.stickerplatform.adapters.persistence.memory.InMemoryStore;
import dev.stickerplatform.adapters.persistence.memory.SeededRandomness;
import dev.stickerplatform.application.approval.FollowApprovalsService;
import dev.stickerplatform.application.approval.GetApprovalService;
import dev.stickerplatform.application.approval.ProposeApprovalService;
import dev.stickerplatform.application.approval.SignApprovalService;
import dev.stickerplatform.application.grant.TransferStickerService;
import dev.stickerplatform.application.grant.TransferStickerService.Result;
import dev.stickerplatform.domain.model.ApprovalState;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerTransfer;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ForwardingChain;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.TestData;
import dev.stickerplatform.domain.port.TxnRequest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An administrator's transfer of a held golden sticker above the value policy, with the process dying around the
 * submit of the approved transaction: the approval and the transfer were recorded together first, the signed
 * transaction before it was submitted, so the next process submits it (or finds it confirmed), the sticker moves
 * to the receiver exactly once, and asking again is refused.
 */
class TransferKillPointTest {
    private final SimulatedLedger ledger = new SimulatedLedger();
    private Store store;
    private final LocalKeySigner minter = LocalKeySigner.generate(new SecureRandom());
    private final LocalKeySigner receiver = LocalKeySigner.generate(new SecureRandom());
    private final StaticSigners signers;
    private final TransferStickerService.Config policy = new TransferStickerService.Config(MicroAlgos.ofAlgo(1));
    private AssetId asset;
    private Sticker sticker;

    TransferKillPointTest() {
        Map<SignerRole, LocalKeySigner> keys = new EnumMap<>(SignerRole.class);
        for (SignerRole role : SignerRole.values()) {
            keys.put(role, role == SignerRole.MINTER ? minter : LocalKeySigner.generate(new SecureRandom()));
        }
        signers = new StaticSigners(keys);
    }

    /** A golden sticker worth 10 ALGO, minted and held by MINTER (its fan never opted in); the receiver opted in. */
    Store newStore() {
        return new InMemoryStore();
    }

    @BeforeEach
    void aHeldGoldenSticker() {
        store = newStore();
        SimulatedChain chain = new SimulatedChain(ledger);
        ledger.fund(minter.address(), MicroAlgos.ofAlgo(10));
        ledger.fund(receiver.address(), MicroAlgos.ofAlgo(1));
        ChainWrite create = chain.sign(new TxnRequest.CreateSticker(minter.address(), "Rare", "STICKER",
                "https://example.test/rare.json", null, false, null, null, null), minter);
        chain.submit(create);
        ledger.produceBlock();
        asset = ((Chain.TxStatus.Confirmed) chain.status(create.txId(), create.lastValid())).createdAsset();
        chain.submit(chain.sign(TxnRequest.AssetTransfer.optIn(receiver.address(), asset), receiver));
        ledger.produceBlock();

        StickerTemplate template = store.templates().insert(TestData.aTemplate().ofType(StickerType.GOLDEN)
                .withThreshold(MicroAlgos.ofAlgo(10).value()).build());
        TxId tip = TestData.uniqueTxId();
        sticker = store.stickers().insert(TestData.aSticker().forTip(tip).fromTemplate(template.id())
                .ofType(StickerType.GOLDEN).withAsset(asset).withStatus(DeliveryStatus.PENDING_OPTIN).build());
        store.mintJobs().insertIfAbsent(TestData.aJob().forTip(tip).forTemplate(template.id())
                .atStage(JobStage.PENDING_OPTIN).build());
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @ParameterizedTest(name = "the process dies {0} the submit")
    @ValueSource(strings = {"before", "after"})
    void theApprovedTransferLandsExactlyOnceAfterARestart(String when) {
        Chain dying = new DyingChain(new SimulatedChain(ledger), when.equals("before"));
        TransferStickerService first = new TransferStickerService(store, dying, signers,
                new ProposeApprovalService(store, dying, signers, new SeededRandomness(1), Clock.systemUTC()),
                new GetApprovalService(store, dying, Clock.systemUTC()), Clock.systemUTC(), policy);
        var proposed = (Result.AwaitingApproval) first.transfer(command());
        // the intent: the approval and the transfer waiting for it, recorded together
        assertThat(store.stickerTransfers().awaitingFor(sticker.id()).map(StickerTransfer::approvalId))
                .contains(proposed.approval().id());
        assertThat(store.approvals().find(proposed.approval().id())).isPresent();

        assertThatThrownBy(() -> new SignApprovalService(store, dying, signers, Clock.systemUTC())
                .sign(proposed.approval().id(), null, null, "admin"))
                .isInstanceOf(ApprovalKillPointTest.Death.class);
        assertThat(store.approvals().find(proposed.approval().id()).orElseThrow().state())
                .isEqualTo(ApprovalState.SUBMITTED);

        SimulatedChain healthy = new SimulatedChain(ledger);
        FollowApprovalsService restartedApprovals = new FollowApprovalsService(store, healthy, Clock.systemUTC());
        TransferStickerService restarted = new TransferStickerService(store, healthy, signers,
                new ProposeApprovalService(store, healthy, signers, new SeededRandomness(2), Clock.systemUTC()),
                new GetApprovalService(store, healthy, Clock.systemUTC()), Clock.systemUTC(), policy);
        for (int i = 0; i < 3; i++) {
            restartedApprovals.followUp();
            restarted.followUp();
            ledger.produceBlock();
        }
        restartedApprovals.followUp();
        restarted.followUp();

        assertThat(ledger.account(receiver.address()).assets().get(asset).amount()).isEqualTo(1);
        assertThat(ledger.account(minter.address()).assets().get(asset).amount()).isZero();
        assertThat(store.stickerTransfers().find(proposed.approval().id()).orElseThrow().state())
                .isEqualTo(StickerTransfer.State.DONE);
        Sticker moved = store.stickers().find(sticker.id()).orElseThrow();
        assertThat(moved.owner()).isEqualTo(receiver.address());
        assertThat(moved.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(restarted.transfer(command())).isInstanceOf(Result.NotHeld.class);
    }

    @Test
    void aSecondTransferWhileOneAwaitsItsApprovalIsRefused() {
        SimulatedChain chain = new SimulatedChain(ledger);
        TransferStickerService transfers = new TransferStickerService(store, chain, signers,
                new ProposeApprovalService(store, chain, signers, new SeededRandomness(3), Clock.systemUTC()),
                new GetApprovalService(store, chain, Clock.systemUTC()), Clock.systemUTC(), policy);
        var proposed = (Result.AwaitingApproval) transfers.transfer(command());

        Result second = transfers.transfer(command());

        assertThat(second).isInstanceOfSatisfying(Result.AlreadyAwaiting.class, already ->
                assertThat(already.transfer().approvalId()).isEqualTo(proposed.approval().id()));
        assertThat(store.approvals().list(ApprovalState.PENDING,
                dev.stickerplatform.domain.port.PageRequest.first(10))).hasSize(1);
    }

    private TransferStickerService.Command command() {
        return new TransferStickerService.Command(asset, receiver.address(), "admin");
    }

    /** Dies at the first submit: before the transaction reaches the chain, or right after. */
    private static final class DyingChain extends ForwardingChain {
        private final boolean before;
        private boolean died;

        DyingChain(Chain chain, boolean before) {
            super(chain);
            this.before = before;
        }

        @Override
        public void submit(ChainWrite write) {
            if (died) {
                throw new IllegalStateException("a dead process submits nothing");
            }
            died = true;
            if (!before) {
                super.submit(write);
            }
            throw new ApprovalKillPointTest.Death();
        }
    }
}
