package dev.stickerplatform.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.algorand.SimulatedChain;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.adapters.kms.LocalKeySigner;
import dev.stickerplatform.adapters.kms.StaticSigners;
import dev.stickerplatform.adapters.persistence.memory.InMemoryStore;
import dev.stickerplatform.adapters.persistence.memory.SeededRandomness;
import dev.stickerplatform.application.approval.FollowApprovalsService;
import dev.stickerplatform.application.approval.ProposeApprovalService;
import dev.stickerplatform.application.approval.RejectApprovalService;
import dev.stickerplatform.application.approval.SignApprovalService;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalKind;
import dev.stickerplatform.domain.model.ApprovalState;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.port.Race;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.TestKeys;
import dev.stickerplatform.domain.port.TxnRequest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;

/**
 * A rejection racing the last signature: the approval ends either submitted (and the payment lands once) or
 * rejected (and nothing is ever submitted), never both.
 */
class ApprovalRejectionRaceTest {
    private final SimulatedLedger ledger = new SimulatedLedger();
    private final InMemoryStore store = new InMemoryStore();
    private final LocalKeySigner funder = LocalKeySigner.generate(new SecureRandom());
    private final Address fan = TestKeys.newAddress();
    private final ProposeApprovalService proposals;
    private final SignApprovalService signatures;
    private final RejectApprovalService rejections;
    private final FollowApprovalsService follow;

    ApprovalRejectionRaceTest() {
        Map<SignerRole, LocalKeySigner> keys = new EnumMap<>(SignerRole.class);
        for (SignerRole role : SignerRole.values()) {
            keys.put(role, role == SignerRole.FUNDER ? funder : LocalKeySigner.generate(new SecureRandom()));
        }
        ledger.fund(funder.address(), MicroAlgos.ofAlgo(100));
        SimulatedChain chain = new SimulatedChain(ledger);
        StaticSigners signers = new StaticSigners(keys);
        proposals = new ProposeApprovalService(store, chain, signers, new SeededRandomness(7), Clock.systemUTC());
        signatures = new SignApprovalService(store, chain, signers, Clock.systemUTC());
        rejections = new RejectApprovalService(store, chain, Clock.systemUTC());
        follow = new FollowApprovalsService(store, chain, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @RepeatedTest(10)
    void eitherSubmittedOrRejectedNeverBoth() {
        Approval proposed = proposals.propose(ApprovalKind.FAUCET_PAYMENT, SignerRole.FUNDER, "pay the fan 7 ALGO",
                new TxnRequest.Payment(funder.address(), fan, MicroAlgos.ofAlgo(7), null, null), "test");

        List<Object> outcomes = Race.run(2, i -> i == 0
                ? signatures.sign(proposed.id(), null, null, "admin")
                : rejections.reject(proposed.id(), "another admin", "no"));
        ledger.produceBlock();
        follow.followUp();

        Approval after = store.approvals().find(proposed.id()).orElseThrow();
        boolean signed = outcomes.get(0) instanceof SignApprovalService.SignResult.Signed;
        boolean rejected = outcomes.get(1) instanceof RejectApprovalService.RejectResult.Rejected;
        assertThat(signed).as("exactly one of the two wins: %s", outcomes).isNotEqualTo(rejected);
        if (rejected) {
            assertThat(after.state()).isEqualTo(ApprovalState.REJECTED);
            assertThat(after.write()).isNull();
            assertThat(ledger.account(fan).balance()).isEqualTo(MicroAlgos.ZERO);
        } else {
            assertThat(after.state()).isEqualTo(ApprovalState.CONFIRMED);
            assertThat(ledger.account(fan).balance()).isEqualTo(MicroAlgos.ofAlgo(7));
        }
    }
}
