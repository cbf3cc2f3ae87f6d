package dev.stickerplatform.application.minting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.persistence.memory.SeededRandomness;
import dev.stickerplatform.application.CrashAfterSubmit;
import dev.stickerplatform.application.LosingChain;
import dev.stickerplatform.application.Testbed;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ChainRejectedException;
import dev.stickerplatform.domain.port.ForwardingChain;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.TxnRequest;
import dev.stickerplatform.domain.policy.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The batched mint stage ({@link MintBatch}, reached through {@link MintPipeline#advanceAll} and a batched
 * {@link MintWorker}) on the in-memory store and queue and the simulated chain, whose blocks the test produces by
 * hand: new writes go out in atomic groups of up to 16, every txid saved before its group is submitted; a refused
 * group falls back to halves down to single transactions (new txids, the same leases); a group refused when
 * resubmitted is rebuilt as singles; a crash before or right after a group's submit mints nothing twice; and a
 * pending write costs no POST before it has waited {@code resubmitAfter}.
 */
class MintBatchTest {
    static final Duration RECHECK = Duration.ofMillis(500);
    static final Duration NEVER = Duration.ofHours(1);
    final PipelineConfig config = new PipelineConfig(Duration.ofSeconds(60), RECHECK, Duration.ofSeconds(5),
            new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(8)), 6, Duration.ofSeconds(10), false)
            .withBatch(PipelineConfig.MAX_GROUP);
    final Testbed bed = new Testbed();
    final Map<TxId, DevWallet> fans = new HashMap<>();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void twentyMintsGoOutAsTwoGroupsAndEachTipGetsOneAssetAndOneDelivery() {
        List<MintJob> jobs = enqueue(20);
        Counting counting = new Counting(bed.chain);

        List<MintJob> submitted = pipeline(counting).advanceAll(jobs, 16, RECHECK, NEVER).jobs();

        assertThat(counting.posts.get()).isEqualTo(2);
        assertThat(submitted).hasSize(20).allSatisfy(job -> {
            assertThat(job.stage()).isEqualTo(JobStage.MINT_SUBMITTED);
            assertThat(bed.reload(job).pendingWrite()).isEqualTo(job.pendingWrite());
            assertThat(bed.ledger.isPending(job.pendingWrite().txId())).isTrue();
        });
        assertThat(submitted.stream().map(job -> bed.chain.transactionCount(job.pendingWrite())).toList())
                .containsOnly(16, 4)
                .filteredOn(n -> n == 16).hasSize(16);

        List<MintJob> parked = runToRest(jobs, bed.chain);
        assertThat(parked).allSatisfy(job -> assertThat(job.stage()).isEqualTo(JobStage.PENDING_OPTIN));
        assertThat(bed.assetsCreated()).isEqualTo(20);

        List<MintJob> ready = optInAll(parked);
        Counting delivering = new Counting(bed.chain);
        pipeline(delivering).advanceAll(ready, 16, RECHECK, NEVER);
        assertThat(delivering.posts.get()).isEqualTo(2);

        assertDeliveredOnce(runToRest(jobs, bed.chain));
    }

    @Test
    void theSameThroughABatchedWorkerClaimingSixteenAtATime() {
        List<MintJob> jobs = enqueue(20);
        Counting counting = new Counting(bed.chain);
        MintWorker worker = worker(counting);

        assertThat(worker.processOne()).isTrue();
        assertThat(worker.processOne()).isTrue();
        assertThat(worker.processOne()).as("all 20 claimed and submitted, none due yet").isFalse();
        assertThat(counting.posts.get()).as("one group of 16, one of 4").isEqualTo(2);
        assertThat(jobs).allSatisfy(job -> assertThat(bed.reload(job).stage()).isEqualTo(JobStage.MINT_SUBMITTED));

        bed.block();
        bed.clock.advance(RECHECK);
        while (worker.processOne()) {
            // work every due batch
        }

        assertThat(jobs).allSatisfy(job -> assertThat(bed.reload(job).stage()).isEqualTo(JobStage.PENDING_OPTIN));
        assertThat(counting.posts.get()).as("confirmed mints cost no POST").isEqualTo(2);
        assertThat(bed.assetsCreated()).isEqualTo(20);
    }

    @Test
    void aRefusedGroupFallsBackToHalvesDownToSinglesWithNewTxidsAndTheSameLeases() {
        List<MintJob> jobs = enqueue(16);
        RefusingGroups refusing = new RefusingGroups(bed.chain, 1);

        MintPipeline.BatchResult result = pipeline(refusing).advanceAll(jobs, 16, RECHECK, NEVER);

        assertThat(result.failures()).isEmpty();
        // 16 refused, 2 × 8 refused, 4 × 4, 8 × 2, then 16 singles accepted
        assertThat(refusing.posts.get()).isEqualTo(1 + 2 + 4 + 8 + 16);
        assertThat(refusing.signedByLease).hasSize(16).allSatisfy((lease, txIds) ->
                assertThat(txIds).as("signed in groups of 16, 8, 4, 2 and 1, each time anew").hasSize(5)
                        .doesNotHaveDuplicates());
        Set<TxId> firstGroup = new HashSet<>(refusing.signedByLease.values().stream().map(List::getFirst).toList());
        assertThat(jobs).allSatisfy(job -> {
            MintJob recorded = bed.reload(job);
            assertThat(recorded.stage()).isEqualTo(JobStage.MINT_SUBMITTED);
            assertThat(bed.chain.transactionCount(recorded.pendingWrite())).isEqualTo(1);
            assertThat(firstGroup).doesNotContain(recorded.pendingWrite().txId());
            assertThat(bed.ledger.isPending(recorded.pendingWrite().txId())).isTrue();
        });

        List<MintJob> parked = runToRest(jobs, bed.chain);
        assertThat(parked).allSatisfy(job -> assertThat(job.stage()).isEqualTo(JobStage.PENDING_OPTIN));
        assertThat(parked.stream().map(MintJob::assetId).distinct()).hasSize(16);
        assertThat(bed.assetsCreated()).isEqualTo(16);
    }

    @Test
    void aGroupRefusedWhenResubmittedIsRebuiltAsSingles() {
        List<MintJob> jobs = enqueue(4);
        pipeline(new LosingChain(bed.chain)).advanceAll(jobs, 16, RECHECK, NEVER);
        assertThat(jobs).allSatisfy(job -> {
            MintJob recorded = bed.reload(job);
            assertThat(bed.chain.transactionCount(recorded.pendingWrite())).isEqualTo(4);
            assertThat(bed.ledger.isPending(recorded.pendingWrite().txId())).isFalse();
        });
        List<MintJob> recorded = reload(jobs);

        RefusingGroups refusing = new RefusingGroups(bed.chain, 1);
        MintPipeline.BatchResult result = pipeline(refusing).advanceAll(recorded, 16, RECHECK, Duration.ZERO);

        assertThat(result.failures()).isEmpty();
        assertThat(refusing.posts.get()).as("the group once, then 4 singles").isEqualTo(1 + 4);
        assertThat(jobs).allSatisfy(job -> {
            MintJob rebuilt = bed.reload(job);
            assertThat(bed.chain.transactionCount(rebuilt.pendingWrite())).isEqualTo(1);
            assertThat(bed.ledger.isPending(rebuilt.pendingWrite().txId())).isTrue();
        });
        assertThat(runToRest(jobs, bed.chain))
                .allSatisfy(job -> assertThat(job.stage()).isEqualTo(JobStage.PENDING_OPTIN));
        assertThat(bed.assetsCreated()).isEqualTo(4);
    }

    @Test
    void aSingleWriteRefusedWhenResubmittedIsAFailedAttemptWithTheChainsReason() {
        List<MintJob> jobs = enqueue(1);
        pipeline(new LosingChain(bed.chain)).advanceAll(jobs, 16, RECHECK, NEVER);

        MintPipeline.BatchResult result = pipeline(new RefusingGroups(bed.chain, 0))
                .advanceAll(reload(jobs), 16, RECHECK, Duration.ZERO);

        assertThat(result.failures()).containsOnlyKeys(jobs.getFirst().id());
        assertThat(result.failures().get(jobs.getFirst().id())).isInstanceOf(WriteRefusedException.class)
                .hasMessageContaining("refused by this node");
        assertThat(bed.reload(jobs.getFirst()).pendingWrite()).as("kept: it may still confirm")
                .isEqualTo(reload(jobs).getFirst().pendingWrite());
    }

    @Test
    void crashBetweenSavingTheGroupsTxidsAndSubmittingItLosesNothingAndMintsOnce() {
        List<MintJob> jobs = enqueue(20);
        Chain diesBeforeSubmit = new ForwardingChain(bed.chain) {
            @Override
            public void submit(ChainWrite write) {
                throw new CrashBeforeSubmit();
            }
        };

        assertThatThrownBy(() -> pipeline(diesBeforeSubmit).advanceAll(jobs, 16, RECHECK, NEVER))
                .isInstanceOf(CrashBeforeSubmit.class);

        assertThat(jobs).allSatisfy(job -> {
            MintJob recorded = bed.reload(job);
            assertThat(recorded.stage()).isEqualTo(JobStage.MINT_SUBMITTED);
            assertThat(recorded.pendingWrite()).isNotNull();
            assertThat(bed.ledger.isPending(recorded.pendingWrite().txId())).isFalse();
        });
        assertThat(bed.assetsCreated()).isZero();

        List<MintJob> parked = runToRest(jobs, bed.chain);

        assertThat(parked).allSatisfy(job -> assertThat(job.stage()).isEqualTo(JobStage.PENDING_OPTIN));
        assertThat(parked.stream().map(MintJob::assetId).distinct()).hasSize(20);
        assertThat(bed.assetsCreated()).isEqualTo(20);
        optInAll(parked);
        assertDeliveredOnce(runToRest(jobs, bed.chain));
    }

    @Test
    void crashRightAfterTheGroupReachedTheChainMintsOnce() {
        List<MintJob> jobs = enqueue(16);

        assertThatThrownBy(() -> pipeline(new CrashAfterSubmit(bed.chain, 1)).advanceAll(jobs, 16, RECHECK, NEVER))
                .isInstanceOf(CrashAfterSubmit.Crash.class);
        assertThat(jobs).allSatisfy(job ->
                assertThat(bed.ledger.isPending(bed.reload(job).pendingWrite().txId())).isTrue());

        List<MintJob> parked = runToRest(jobs, bed.chain);

        assertThat(parked).allSatisfy(job -> assertThat(job.stage()).isEqualTo(JobStage.PENDING_OPTIN));
        assertThat(parked.stream().map(MintJob::assetId).distinct()).hasSize(16);
        assertThat(bed.assetsCreated()).isEqualTo(16);
    }

    @Test
    void crashRightAfterTheDeliveryGroupReachedTheChainDeliversOnce() {
        List<MintJob> jobs = enqueue(5);
        List<MintJob> ready = optInAll(runToRest(jobs, bed.chain));

        assertThatThrownBy(() -> pipeline(new CrashAfterSubmit(bed.chain, 1)).advanceAll(ready, 16, RECHECK, NEVER))
                .isInstanceOf(CrashAfterSubmit.Crash.class);

        assertDeliveredOnce(runToRest(jobs, bed.chain));
    }

    @Test
    void aPendingWriteIsNotResubmittedBeforeItHasWaitedResubmitAfter() {
        List<MintJob> jobs = enqueue(4);
        Counting counting = new Counting(bed.chain);
        MintWorker worker = worker(counting);
        Duration resubmitAfter = RECHECK.multipliedBy(4); // the worker's rule: four re-checks

        assertThat(worker.processOne()).isTrue();
        assertThat(counting.posts.get()).as("one group").isEqualTo(1);

        // no block: the group stays pending; each recheck reads its status but costs no POST
        for (Duration waited = RECHECK; waited.compareTo(resubmitAfter) < 0; waited = waited.plus(RECHECK)) {
            bed.clock.advance(RECHECK);
            assertThat(worker.processOne()).isTrue();
            assertThat(counting.posts.get()).as("after %s", waited).isEqualTo(1);
        }
        bed.clock.advance(RECHECK);
        assertThat(worker.processOne()).isTrue();
        assertThat(counting.posts.get()).as("resubmitted once for the whole group").isEqualTo(2);

        bed.clock.advance(RECHECK);
        assertThat(worker.processOne()).isTrue();
        assertThat(counting.posts.get()).as("the wait starts over").isEqualTo(2);

        bed.block();
        bed.clock.advance(RECHECK);
        assertThat(worker.processOne()).isTrue();
        assertThat(jobs).allSatisfy(job -> {
            MintJob parked = bed.reload(job);
            assertThat(parked.stage()).isEqualTo(JobStage.PENDING_OPTIN);
            assertThat(parked.attempts()).isZero();
        });
        assertThat(bed.assetsCreated()).isEqualTo(4);
    }

    private MintPipeline pipeline(Chain on) {
        return new MintPipeline(on, bed.store, bed.signers, bed.clock);
    }

    private MintWorker worker(Chain on) {
        return new MintWorker("batcher", bed.queue, bed.store, pipeline(on), new SeededRandomness(1), bed.clock,
                config);
    }

    private List<MintJob> reload(List<MintJob> jobs) {
        return jobs.stream().map(bed::reload).toList();
    }

    /** A restarted batched worker: advances the workable jobs together, one block each time, until none is left. */
    private List<MintJob> runToRest(List<MintJob> jobs, Chain on) {
        MintPipeline pipeline = pipeline(on);
        for (int i = 0; i < 20; i++) {
            List<MintJob> workable = reload(jobs).stream().filter(job -> job.stage().isWorkable()).toList();
            if (workable.isEmpty()) {
                break;
            }
            assertThat(pipeline.advanceAll(workable, 16, RECHECK, Duration.ZERO).failures()).isEmpty();
            bed.block();
            bed.clock.advance(RECHECK);
        }
        return reload(jobs);
    }

    /** Each fan opts in to its sticker; the jobs are made ready to deliver, as the opt-in listener does. */
    private List<MintJob> optInAll(List<MintJob> parked) {
        List<MintJob> ready = new ArrayList<>();
        for (MintJob job : parked) {
            DevWallet fan = fans.get(job.tipTxId());
            byte[] unsigned = bed.chain.encodeUnsigned(TxnRequest.AssetTransfer.optIn(fan.address(), job.assetId()));
            bed.chain.submitSigned(List.of(fan.signPrepared(unsigned)));
        }
        bed.block();
        for (MintJob job : parked) {
            ready.add(bed.store.mintJobs().save(job.advance(JobStage.MINTED, null, bed.clock.instant())));
        }
        return ready;
    }

    private void assertDeliveredOnce(List<MintJob> done) {
        assertThat(done).allSatisfy(job -> {
            assertThat(job.stage()).isEqualTo(JobStage.DELIVERED);
            DevWallet fan = fans.get(job.tipTxId());
            assertThat(bed.ledger.account(fan.address()).assets().get(job.assetId()).amount()).isEqualTo(1);
            assertThat(bed.ledger.confirmation(job.deliveryTxId())).isPresent();
            var sticker = bed.store.stickers().findByTip(job.tipTxId()).orElseThrow();
            assertThat(sticker.status()).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(sticker.assetId()).isEqualTo(job.assetId());
        });
        assertThat(done.stream().map(MintJob::assetId).distinct()).hasSize(done.size());
        assertThat(bed.assetsCreated()).isEqualTo(done.size());
    }

    /** {@code count} tips, each of its own funded fan, with their QUEUED mint jobs. */
    private List<MintJob> enqueue(int count) {
        List<MintJob> jobs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DevWallet fan = bed.fundedWallet();
            MintJob job = bed.queuedJob(fan, StickerType.SOULBOUND);
            fans.put(job.tipTxId(), fan);
            jobs.add(job);
        }
        assertThat(fans).hasSize(count);
        return jobs;
    }

    /** The simulated process death before the group's POST. */
    private static final class CrashBeforeSubmit extends RuntimeException {
        CrashBeforeSubmit() {
            super("simulated process death before submit");
        }
    }

    /** Counts the platform's submissions (POSTs). */
    private static class Counting extends ForwardingChain {
        final AtomicInteger posts = new AtomicInteger();

        Counting(Chain chain) {
            super(chain);
        }

        @Override
        public void submit(ChainWrite write) {
            posts.incrementAndGet();
            super.submit(write);
        }
    }

    /**
     * A node that refuses every submission of more than {@code maxTransactions} transactions at once; remembers,
     * per lease, the txids signed for it.
     */
    private static final class RefusingGroups extends Counting {
        private final int maxTransactions;
        final Map<Hash32, List<TxId>> signedByLease = new LinkedHashMap<>();

        RefusingGroups(Chain chain, int maxTransactions) {
            super(chain);
            this.maxTransactions = maxTransactions;
        }

        @Override
        public List<ChainWrite> signGroup(List<TxnRequest> requests, Signer signer) {
            List<ChainWrite> signed = super.signGroup(requests, signer);
            for (int i = 0; i < requests.size(); i++) {
                signedByLease.computeIfAbsent(requests.get(i).lease(), k -> new ArrayList<>())
                        .add(signed.get(i).txId());
            }
            return signed;
        }

        @Override
        public void submit(ChainWrite write) {
            if (transactionCount(write) > maxTransactions) {
                posts.incrementAndGet();
                throw new ChainRejectedException("group refused by this node");
            }
            super.submit(write);
        }
    }
}
