package dev.stickerplatform.application.minting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.persistence.memory.SeededRandomness;
import dev.stickerplatform.application.CrashAfterSubmit;
import dev.stickerplatform.application.Testbed;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import dev.stickerplatform.domain.port.ForwardingChain;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.TestKeys;
import dev.stickerplatform.domain.port.TxnRequest;
import dev.stickerplatform.domain.policy.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A mint worker on the in-memory queue and the simulated chain: it claims only due jobs, looks again at a submitted
 * write after the recheck delay, counts failures with back-off, dead-letters after the last attempt, and a worker
 * killed right after a submit leaves a job the next worker finishes without a second asset.
 */
class MintWorkerTest {
    static final Duration RECHECK = Duration.ofMillis(500);
    final PipelineConfig config = new PipelineConfig(Duration.ofSeconds(60), RECHECK, Duration.ofSeconds(5),
            new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(8)), 6, Duration.ofSeconds(10), false);
    final Testbed bed = new Testbed();
    final DevWallet fan = bed.fundedWallet();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void withNothingDueItClaimsNothing() {
        assertThat(worker(bed.chain).processOne()).isFalse();
    }

    @Test
    void itSubmitsTheMintAndLooksAgainAfterTheRecheckDelay() {
        MintJob job = bed.queuedJob(fan, StickerType.SOULBOUND);
        MintWorker worker = worker(bed.chain);

        assertThat(worker.processOne()).isTrue();
        MintJob submitted = bed.reload(job);
        assertThat(submitted.stage()).isEqualTo(JobStage.MINT_SUBMITTED);
        assertThat(submitted.notBefore()).isEqualTo(bed.clock.instant().plus(RECHECK));
        assertThat(submitted.attempts()).isZero();
        assertThat(worker.processOne()).as("not due before the recheck").isFalse();

        bed.block();
        bed.clock.advance(RECHECK);
        assertThat(worker.processOne()).isTrue();

        assertThat(bed.reload(job).stage()).isEqualTo(JobStage.PENDING_OPTIN);
        assertThat(worker.processOne()).as("a sticker waiting for its fan is not worked").isFalse();
        assertThat(bed.assetsCreated()).isEqualTo(1);
    }

    @Test
    void aSecondWorkerTakesTheJobOnceTheFirstReleasedIt() {
        MintJob job = bed.queuedJob(fan, StickerType.GOLDEN);
        worker(bed.chain).processOne();
        bed.block();
        bed.clock.advance(RECHECK);

        assertThat(new MintWorker("second", bed.queue, bed.store,
                new MintPipeline(bed.chain, bed.store, bed.signers, bed.clock), new SeededRandomness(2), bed.clock,
                config).processOne()).isTrue();

        assertThat(bed.reload(job).stage()).isEqualTo(JobStage.PENDING_OPTIN);
    }

    @Test
    void aDeliveryRunsToTheEndOnceTheFanOptedIn() {
        MintJob job = bed.queuedJob(fan, StickerType.SOULBOUND);
        MintWorker worker = worker(bed.chain);
        worker.processOne();
        bed.block();
        bed.clock.advance(RECHECK);
        worker.processOne();
        MintJob parked = bed.reload(job);
        bed.optIn(fan, parked.assetId());
        bed.store.mintJobs().save(parked.advance(JobStage.MINTED, null, bed.clock.instant()));

        worker.processOne();
        assertThat(bed.reload(job).stage()).isEqualTo(JobStage.DELIVERY_SUBMITTED);
        bed.block();
        bed.clock.advance(RECHECK);
        worker.processOne();

        assertThat(bed.reload(job).stage()).isEqualTo(JobStage.DELIVERED);
        assertThat(bed.ledger.account(fan.address()).assets().get(parked.assetId()).amount()).isEqualTo(1);
    }

    @Test
    void killedRightAfterTheSubmitTheNextAttemptMintsNoSecondAsset() {
        MintJob job = bed.queuedJob(fan, StickerType.SOULBOUND);

        assertThat(worker(new CrashAfterSubmit(bed.chain, 1)).processOne()).isTrue();
        MintJob failed = bed.reload(job);
        assertThat(failed.stage()).isEqualTo(JobStage.MINT_SUBMITTED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("Crash");
        assertThat(failed.notBefore()).isAfter(bed.clock.instant());

        MintWorker restarted = worker(bed.chain);
        bed.clock.advance(Duration.ofSeconds(2));
        restarted.processOne();
        bed.block();
        bed.clock.advance(RECHECK);
        restarted.processOne();

        assertThat(bed.reload(job).stage()).isEqualTo(JobStage.PENDING_OPTIN);
        assertThat(bed.assetsCreated()).isEqualTo(1);
    }

    @Test
    void failuresBackOffAndTheLastAttemptDeadLettersTheJob() {
        MintJob job = bed.queuedJob(fan, StickerType.SOULBOUND);
        MintWorker worker = worker(new DownChain(bed.chain));

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(worker.processOne()).isTrue();
            MintJob failed = bed.reload(job);
            assertThat(failed.attempts()).isEqualTo(attempt);
            assertThat(failed.lastError()).isEqualTo("ChainUnavailableException: node unreachable");
            assertThat(worker.processOne()).as("backing off").isFalse();
            bed.clock.advance(Duration.ofSeconds(8));
        }

        MintJob dead = bed.reload(job);
        assertThat(dead.isDead()).isTrue();
        assertThat(dead.stage()).isEqualTo(JobStage.QUEUED);
        assertThat(worker(bed.chain).processOne()).as("a dead letter is not claimed").isFalse();
        assertThat(bed.assetsCreated()).isZero();
    }

    @Test
    void aRefusedWriteIsCountedWithTheChainsReason() {
        Signer unfunded = TestKeys.newSigner();
        MintJob job = bed.queuedJob(fan, StickerType.SOULBOUND);
        MintWorker worker = new MintWorker("poor", bed.queue, bed.store,
                new MintPipeline(bed.chain, bed.store, role -> unfunded, bed.clock), new SeededRandomness(1),
                bed.clock, config);
        worker.processOne();
        bed.clock.advance(RECHECK);

        worker.processOne();

        MintJob failed = bed.reload(job);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank().doesNotContain("WriteRefusedException");
        assertThat(failed.pendingWrite()).isNotNull();
    }

    private MintWorker worker(Chain chain) {
        return new MintWorker("worker-1", bed.queue, bed.store,
                new MintPipeline(chain, bed.store, bed.signers, bed.clock), new SeededRandomness(1), bed.clock, config);
    }

    /** A node that cannot be reached. */
    private static final class DownChain extends ForwardingChain {
        DownChain(Chain chain) {
            super(chain);
        }

        @Override
        public ChainWrite sign(TxnRequest request, Signer signer) {
            throw new ChainUnavailableException("node unreachable");
        }

        @Override
        public TxStatus status(TxId txId, Round lastValid) {
            throw new ChainUnavailableException("node unreachable");
        }
    }
}
