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
import dev.stickerplatform.application.approval.ProposeApprovalService;
import dev.stickerplatform.application.approval.SignApprovalService;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalKind;
import dev.stickerplatform.domain.model.ApprovalState;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ForwardingChain;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.TestKeys;
import dev.stickerplatform.domain.port.TxnRequest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An approval whose last signature arrives while the process dies around the submit: the signed transaction was
 * recorded first, so the next process's follow-up submits it (or finds it confirmed) and the payment lands once.
 */
class ApprovalKillPointTest {
    private final SimulatedLedger ledger = new SimulatedLedger();
    private final InMemoryStore store = new InMemoryStore();
    private final LocalKeySigner funder = LocalKeySigner.generate(new SecureRandom());
    private final StaticSigners signers;
    private final Address fan = TestKeys.newAddress();

    ApprovalKillPointTest() {
        Map<SignerRole, LocalKeySigner> keys = new EnumMap<>(SignerRole.class);
        for (SignerRole role : SignerRole.values()) {
            keys.put(role, role == SignerRole.FUNDER ? funder : LocalKeySigner.generate(new SecureRandom()));
        }
        signers = new StaticSigners(keys);
        ledger.fund(funder.address(), MicroAlgos.ofAlgo(100));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @ParameterizedTest(name = "the process dies {0} the submit")
    @ValueSource(strings = {"before", "after"})
    void theRecordedTransactionLandsExactlyOnceAfterARestart(String when) {
        Chain dying = new DyingChain(new SimulatedChain(ledger), when.equals("before"));
        Approval proposed = new ProposeApprovalService(store, dying, signers, new SeededRandomness(1),
                Clock.systemUTC()).propose(ApprovalKind.FAUCET_PAYMENT, SignerRole.FUNDER, "pay the fan 7 ALGO",
                new TxnRequest.Payment(funder.address(), fan, MicroAlgos.ofAlgo(7), null, null), "test");

        assertThatThrownBy(() -> new SignApprovalService(store, dying, signers, Clock.systemUTC())
                .sign(proposed.id(), null, null, "admin")).isInstanceOf(Death.class);
        assertThat(store.approvals().find(proposed.id()).orElseThrow().state()).isEqualTo(ApprovalState.SUBMITTED);

        FollowApprovalsService restarted = new FollowApprovalsService(store, new SimulatedChain(ledger),
                Clock.systemUTC());
        restarted.followUp();
        ledger.produceBlock();
        restarted.followUp();
        ledger.produceBlock();
        restarted.followUp();

        Approval done = store.approvals().find(proposed.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(ApprovalState.CONFIRMED);
        assertThat(ledger.account(fan).balance()).isEqualTo(MicroAlgos.ofAlgo(7));
    }

    @Test
    void aPendingApprovalPastItsWindowExpiresAndCanNoLongerBeSigned() {
        SimulatedChain chain = new SimulatedChain(ledger);
        Approval proposed = new ProposeApprovalService(store, chain, signers, new SeededRandomness(3),
                Clock.systemUTC()).propose(ApprovalKind.FAUCET_PAYMENT, SignerRole.FUNDER, "pay the fan 7 ALGO",
                new TxnRequest.Payment(funder.address(), fan, MicroAlgos.ofAlgo(7), null, null), "test");
        while (ledger.currentRound().value() <= proposed.txn().lastValid().value()) {
            ledger.produceBlock();
        }

        new FollowApprovalsService(store, chain, Clock.systemUTC()).followUp();

        assertThat(store.approvals().find(proposed.id()).orElseThrow().state()).isEqualTo(ApprovalState.EXPIRED);
        assertThat(new SignApprovalService(store, chain, signers, Clock.systemUTC())
                .sign(proposed.id(), null, null, "admin"))
                .isInstanceOf(SignApprovalService.SignResult.Closed.class);
        assertThat(ledger.account(fan).balance()).isEqualTo(MicroAlgos.ZERO);
    }

    /** The process's death, as seen by the code that was running. */
    static final class Death extends RuntimeException {
        Death() {
            super("simulated process death around a submit");
        }
    }

    /** Dies at the first submit: before the transaction reaches the chain, or right after. */
    private static final class DyingChain extends ForwardingChain {
        private final boolean before;

        DyingChain(Chain chain, boolean before) {
            super(chain);
            this.before = before;
        }

        @Override
        public void submit(ChainWrite write) {
            if (!before) {
                super.submit(write);
            }
            throw new Death();
        }
    }
}
