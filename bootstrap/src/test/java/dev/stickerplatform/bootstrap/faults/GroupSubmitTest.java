package dev.stickerplatform.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.algorand.simulated.TxConfirmation;
import dev.stickerplatform.application.minting.MintPipeline;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.ContentRef;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ChainRejectedException;
import dev.stickerplatform.domain.port.ForwardingChain;
import dev.stickerplatform.domain.port.TxnRequest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The batched pipeline's group submission: new writes go to the chain in atomic groups of up to 16, each
 * transaction id saved before its group is submitted; a refused group falls back to halves, down to single
 * transactions; a crash between saving a group's txids and submitting it loses nothing and mints nothing twice.
 */
class GroupSubmitTest extends FundedLedgerTest {
    private static final Duration RECHECK = Duration.ofMillis(10);
    Clock clock = Clock.systemUTC();
    final Map<TxId, DevWallet> fans = new HashMap<>();

    @Test
    void twentyMintsGoOutAsTwoGroupsAndEachTipGetsOneAssetAndOneDelivery() {
        List<MintJob> jobs = enqueue(20);
        Counting counting = new Counting(chain);

        List<MintJob> submitted = pipeline(counting).advanceAll(jobs, 16, RECHECK, Duration.ofHours(1)).jobs();

        assertThat(counting.posts.get()).isEqualTo(2);
        assertThat(submitted).allSatisfy(job -> {
            assertThat(job.stage()).isEqualTo(JobStage.MINT_SUBMITTED);
            assertThat(store.mintJobs().find(job.id()).orElseThrow().pendingWrite()).isEqualTo(job.pendingWrite());
        });
        assertThat(submitted.stream().map(job -> chain.transactionCount(job.pendingWrite())).toList())
                .containsOnly(16, 4);

        List<MintJob> parked = runToRest(ids(jobs), chain);
        assertThat(parked).allSatisfy(job -> assertThat(job.stage()).isEqualTo(JobStage.PENDING_OPTIN));
        parked.forEach(this::optIn);
        List<MintJob> ready = new ArrayList<>();
        for (MintJob job : parked) {
            ready.add(store.mintJobs().save(job.advance(JobStage.MINTED, null, clock.instant())));
        }
        Counting delivering = new Counting(chain);
        pipeline(delivering).advanceAll(ready, 16, RECHECK, Duration.ofHours(1));
        assertThat(delivering.posts.get()).isEqualTo(2);

        assertDeliveredOnce(runToRest(ids(jobs), chain));
    }

    @Test
    void aRefusedGroupFallsBackToHalvesDownToSingleTransactions() {
        List<MintJob> jobs = enqueue(16);
        RefusingGroups refusing = new RefusingGroups(chain, 1);

        pipeline(refusing).advanceAll(jobs, 16, RECHECK, Duration.ofHours(1));

        // 16 refused, 2 × 8 refused, 4 × 4, 8 × 2, then 16 singles accepted
        assertThat(refusing.posts.get()).isEqualTo(1 + 2 + 4 + 8 + 16);
        assertThat(ids(jobs).stream().map(id -> store.mintJobs().find(id).orElseThrow()))
                .allSatisfy(job -> {
                    assertThat(job.stage()).isEqualTo(JobStage.MINT_SUBMITTED);
                    assertThat(chain.transactionCount(job.pendingWrite())).isEqualTo(1);
                    assertThat(ledger.isPending(job.pendingWrite().txId())
                            || ledger.confirmation(job.pendingWrite().txId()).isPresent()).isTrue();
                });
        List<MintJob> parked = runToRest(ids(jobs), chain);
        assertThat(parked).allSatisfy(job -> assertThat(job.stage()).isEqualTo(JobStage.PENDING_OPTIN));
        assertThat(assetsCreated()).isEqualTo(16);
    }

    @Test
    void aGroupRefusedWhenResubmittedIsRebuiltAsSingles() {
        List<MintJob> jobs = enqueue(4);
        Chain neverSubmits = new ForwardingChain(chain) {
            @Override
            public void submit(ChainWrite write) {
                throw new dev.stickerplatform.domain.port.ChainUnavailableException("node down");
            }
        };
        pipeline(neverSubmits).advanceAll(jobs, 16, RECHECK, Duration.ofHours(1));
        List<MintJob> recorded = ids(jobs).stream().map(id -> store.mintJobs().find(id).orElseThrow()).toList();
        assertThat(recorded).allSatisfy(job -> assertThat(chain.transactionCount(job.pendingWrite())).isEqualTo(4));

        RefusingGroups refusing = new RefusingGroups(chain, 1);
        pipeline(refusing).advanceAll(recorded, 16, RECHECK, Duration.ZERO);

        assertThat(ids(jobs).stream().map(id -> store.mintJobs().find(id).orElseThrow()))
                .allSatisfy(job -> assertThat(chain.transactionCount(job.pendingWrite())).isEqualTo(1));
        assertThat(runToRest(ids(jobs), chain))
                .allSatisfy(job -> assertThat(job.stage()).isEqualTo(JobStage.PENDING_OPTIN));
        assertThat(assetsCreated()).isEqualTo(4);
    }

    @Test
    void crashBetweenSavingTheGroupsTxidsAndSubmittingItLosesNothingAndMintsOnce() {
        List<MintJob> jobs = enqueue(20);
        Chain diesBeforeSubmit = new ForwardingChain(chain) {
            @Override
            public void submit(ChainWrite write) {
                throw new CrashingChain.Crash();
            }
        };
        assertThatThrownBy(() -> pipeline(diesBeforeSubmit).advanceAll(jobs, 16, RECHECK, Duration.ofHours(1)))
                .isInstanceOf(CrashingChain.Crash.class);
        List<MintJob> recorded = ids(jobs).stream().map(id -> store.mintJobs().find(id).orElseThrow()).toList();
        assertThat(recorded).allSatisfy(job -> {
            assertThat(job.stage()).isEqualTo(JobStage.MINT_SUBMITTED);
            assertThat(ledger.isPending(job.pendingWrite().txId())).isFalse();
        });

        List<MintJob> parked = runToRest(ids(jobs), chain);

        assertThat(parked).allSatisfy(job -> assertThat(job.stage()).isEqualTo(JobStage.PENDING_OPTIN));
        assertThat(assetsCreated()).isEqualTo(20);
        assertThat(parked.stream().map(MintJob::assetId).distinct()).hasSize(20);
        parked.forEach(this::optIn);
        for (MintJob job : parked) {
            store.mintJobs().save(job.advance(JobStage.MINTED, null, clock.instant()));
        }
        assertDeliveredOnce(runToRest(ids(jobs), chain));
    }

    @Test
    void crashRightAfterTheGroupReachedTheChainMintsOnce() {
        List<MintJob> jobs = enqueue(16);
        assertThatThrownBy(() -> pipeline(new CrashingChain(chain, 1)).advanceAll(jobs, 16, RECHECK,
                Duration.ofHours(1))).isInstanceOf(CrashingChain.Crash.class);

        List<MintJob> parked = runToRest(ids(jobs), chain);

        assertThat(parked).allSatisfy(job -> assertThat(job.stage()).isEqualTo(JobStage.PENDING_OPTIN));
        assertThat(assetsCreated()).isEqualTo(16);
    }

    private MintPipeline pipeline(Chain on) {
        return new MintPipeline(on, store, signers, clock);
    }

    private static List<java.util.UUID> ids(List<MintJob> jobs) {
        return jobs.stream().map(MintJob::id).toList();
    }

    /** A restarted batched worker: advances the jobs together, round by round, until none is workable. */
    private List<MintJob> runToRest(List<java.util.UUID> ids, Chain on) {
        MintPipeline pipeline = pipeline(on);
        for (int i = 0; i < 50; i++) {
            List<MintJob> current = ids.stream().map(id -> store.mintJobs().find(id).orElseThrow()).toList();
            List<MintJob> workable = current.stream().filter(job -> job.stage().isWorkable()).toList();
            if (workable.isEmpty()) {
                return current;
            }
            pipeline.advanceAll(workable, 16, RECHECK, Duration.ZERO);
            ledger.awaitRoundAfter(ledger.currentRound(), Duration.ofSeconds(1));
        }
        return ids.stream().map(id -> store.mintJobs().find(id).orElseThrow()).toList();
    }

    private void assertDeliveredOnce(List<MintJob> done) {
        assertThat(done).allSatisfy(job -> {
            assertThat(job.stage()).isEqualTo(JobStage.DELIVERED);
            DevWallet fan = fans.get(job.tipTxId());
            assertThat(ledger.account(fan.address()).assets().get(job.assetId()).amount()).isEqualTo(1);
            assertThat(ledger.confirmation(job.deliveryTxId())).isPresent();
            var sticker = store.stickers().findByTip(job.tipTxId()).orElseThrow();
            assertThat(sticker.status()).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(sticker.assetId()).isEqualTo(job.assetId());
        });
        assertThat(assetsCreated()).isEqualTo(done.size());
    }

    private List<MintJob> enqueue(int count) {
        var template = store.templates().insert(new StickerTemplate(0, DevWallet.generate().address(), "Groups",
                StickerType.SOULBOUND, TemplateCategory.TIP, MicroAlgos.ofAlgo(1),
                new ContentRef("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku", "http://x/ipfs/a"),
                "image/png",
                new ContentRef("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku", "http://x/ipfs/a"),
                Hash32.of(new byte[32]), clock.instant()));
        List<MintJob> jobs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DevWallet fan = DevWallet.generate();
            ledger.fund(fan.address(), MicroAlgos.ofAlgo(10));
            byte[] txid = new byte[32];
            new SecureRandom().nextBytes(txid);
            Tip tip = new Tip(TxId.fromHash(txid), dev.stickerplatform.domain.model.AppId.of(1), fan.address(),
                    template.creator(), MicroAlgos.ofAlgo(2), "", Round.of(1), clock.instant());
            store.tips().insertIfAbsent(tip);
            MintJob job = MintJob.queued(tip, template, StickerType.SOULBOUND, null, clock.instant());
            store.mintJobs().insertIfAbsent(job);
            fans.put(tip.txId(), fan);
            jobs.add(store.mintJobs().find(job.id()).orElseThrow());
        }
        return jobs;
    }

    private void optIn(MintJob job) {
        DevWallet fan = fans.get(job.tipTxId());
        byte[] unsigned = chain.encodeUnsigned(TxnRequest.AssetTransfer.optIn(fan.address(), job.assetId()));
        chain.submitSigned(List.of(fan.signPrepared(unsigned)));
        Round until = ledger.currentRound().plus(20);
        while (!ledger.account(fan.address()).isOptedIn(job.assetId())) {
            ledger.awaitRoundAfter(ledger.currentRound(), Duration.ofSeconds(1));
            assertThat(ledger.currentRound()).isLessThanOrEqualTo(until);
        }
    }

    private long assetsCreated() {
        Set<TxId> seen = new HashSet<>();
        return LongStream.rangeClosed(1, ledger.currentRound().value())
                .boxed()
                .flatMap(r -> ledger.blockTxIds(Round.of(r)).stream())
                .filter(seen::add)
                .map(id -> ledger.confirmation(id).orElseThrow())
                .filter((TxConfirmation c) -> c.createdAsset() != null)
                .count();
    }

    /** Counts the platform's submissions (POSTs). */
    static class Counting extends ForwardingChain {
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

    /** A node that refuses every submission of more than {@code maxTransactions} transactions at once. */
    static final class RefusingGroups extends Counting {
        private final int maxTransactions;

        RefusingGroups(Chain chain, int maxTransactions) {
            super(chain);
            this.maxTransactions = maxTransactions;
        }

        @Override
        public void submit(ChainWrite write) {
            if (transactionCount(write) > maxTransactions) {
                posts.incrementAndGet();
                throw new ChainRejectedException("group too large for this node");
            }
            super.submit(write);
        }
    }
}
