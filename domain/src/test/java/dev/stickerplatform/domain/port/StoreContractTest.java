package dev.stickerplatform.domain.port;

import static dev.stickerplatform.domain.port.TestData.CREATOR;
import static dev.stickerplatform.domain.port.TestData.FAN;
import static dev.stickerplatform.domain.port.TestData.T0;
import static dev.stickerplatform.domain.port.TestData.aCreator;
import static dev.stickerplatform.domain.port.TestData.aJob;
import static dev.stickerplatform.domain.port.TestData.aSticker;
import static dev.stickerplatform.domain.port.TestData.aTemplate;
import static dev.stickerplatform.domain.port.TestData.aTip;
import static dev.stickerplatform.domain.port.TestData.aTipJar;
import static dev.stickerplatform.domain.port.TestData.address;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalKind;
import dev.stickerplatform.domain.model.ApprovalState;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.DeploymentPayment;
import dev.stickerplatform.domain.model.Hashes;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.MultisigAccount;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.SkippedTransaction;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import dev.stickerplatform.domain.policy.TemplateRules;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.model.UnsignedTxn;
import dev.stickerplatform.domain.port.Store.Tips.Ranked;
import dev.stickerplatform.domain.port.Store.Tips.Totals;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Store}, for every implementation: extend it and return a fresh, empty store from
 * {@link #newStore()}. Only the port is used; the port promises no referential integrity, so rows are written
 * without the rows they name.
 */
public abstract class StoreContractTest {
    private static final long ALGO = 1_000_000;

    protected Store store;

    /** A store with no records at all; called before every test. */
    protected abstract Store newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Nested
    class Transactions {
        @Test
        void aNestedTransactionJoinsTheOuterOne() {
            Tip tip = aTip().build();

            assertThatThrownBy(() -> store.inTransaction(tx -> {
                tx.inTransaction(inner -> inner.tips().insertIfAbsent(tip));
                throw new IllegalStateException("outer fails");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(store.tips().find(tip.txId())).isEmpty();
        }

        @Test
        void writingThroughTheOuterStoreInsideATransactionIsRefused() {
            assertThatThrownBy(() -> store.inTransaction(tx -> store.tips().insertIfAbsent(aTip().build())))
                    .isInstanceOf(IllegalStateException.class);
        }

        @Test
        void aTransactionsStoreIsUnusableAfterTheTransaction() {
            AtomicReference<Store> leaked = new AtomicReference<>();
            store.inTransaction(tx -> {
                leaked.set(tx);
                return null;
            });

            assertThatThrownBy(() -> leaked.get().tips().find(TestData.txId("x")))
                    .isInstanceOf(IllegalStateException.class);
        }

        @Test
        void aTransactionsStoreIsUsableOnlyByItsThread() {
            assertThatThrownBy(() -> store.inTransaction(tx -> Race
                    .inBackground(() -> tx.tips().find(TestData.txId("x"))).orTimeout(10, TimeUnit.SECONDS).join()))
                    .hasCauseInstanceOf(IllegalStateException.class);
        }

        @Test
        void commitsEveryWriteOfTheWorkAndReturnsItsResult() {
            Tip tip = aTip().build();
            MintJob job = aJob().forTip(tip.txId()).build();

            String result = store.inTransaction(tx -> {
                tx.tips().insertIfAbsent(tip);
                tx.mintJobs().insertIfAbsent(job);
                tx.listenerCursor().advance(Round.of(100));
                return "done";
            });

            assertThat(result).isEqualTo("done");
            assertThat(store.tips().find(tip.txId())).contains(tip);
            assertThat(store.mintJobs().find(job.id())).contains(job);
            assertThat(store.listenerCursor().lastProcessed()).contains(Round.of(100));
        }

        @Test
        void writesNothingAndRethrowsWhenTheWorkThrows() {
            Tip tip = aTip().build();
            MintJob job = aJob().forTip(tip.txId()).build();
            RuntimeException failure = new IllegalStateException("crash after writing");

            assertThatThrownBy(() -> store.inTransaction(tx -> {
                tx.creators().save(aCreator(CREATOR));
                tx.tipJars().insert(aTipJar().build());
                tx.templates().insert(aTemplate().build());
                tx.tips().insertIfAbsent(tip);
                tx.stickers().insert(aSticker().forTip(tip.txId()).build());
                tx.mintJobs().insertIfAbsent(job);
                tx.listenerCursor().advance(Round.of(100));
                throw failure;
            })).isSameAs(failure);

            assertThat(store.creators().find(CREATOR)).isEmpty();
            assertThat(store.tipJars().current(CREATOR)).isEmpty();
            assertThat(store.templates().byCreator(CREATOR)).isEmpty();
            assertThat(store.tips().find(tip.txId())).isEmpty();
            assertThat(store.stickers().findByTip(tip.txId())).isEmpty();
            assertThat(store.mintJobs().find(job.id())).isEmpty();
            assertThat(store.listenerCursor().lastProcessed()).isEmpty();
        }

        @Test
        void rollsBackUpdatesAndDeletesToo() {
            TipJar jar = aTipJar().build();
            store.tipJars().insert(jar);
            StickerTemplate template = store.templates().insert(aTemplate().build());
            store.listenerCursor().advance(Round.of(5));

            assertThatThrownBy(() -> store.inTransaction(tx -> {
                tx.tipJars().update(jar.retired(T0));
                tx.templates().delete(template.id());
                tx.listenerCursor().advance(Round.of(6));
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(store.tipJars().find(jar.id())).contains(jar);
            assertThat(store.templates().find(template.id())).contains(template);
            assertThat(store.listenerCursor().lastProcessed()).contains(Round.of(5));
        }

        @Test
        void theWorkSeesItsOwnWrites() {
            Tip tip = aTip().build();

            Optional<Tip> seen = store.inTransaction(tx -> {
                tx.tips().insertIfAbsent(tip);
                return tx.tips().find(tip.txId());
            });

            assertThat(seen).contains(tip);
        }

        @Test
        void aDuplicateInsideTheWorkRollsBackItsEarlierWrites() {
            store.tipJars().insert(aTipJar().build());
            Tip tip = aTip().build();

            assertThatThrownBy(() -> store.inTransaction(tx -> {
                tx.tips().insertIfAbsent(tip);
                tx.tipJars().insert(aTipJar().build());
                return null;
            })).isInstanceOf(DuplicateException.class);

            assertThat(store.tips().find(tip.txId())).isEmpty();
        }

        @Test
        void aStaleSaveInsideTheWorkRollsBackItsEarlierWrites() {
            MintJob job = aJob().build();
            store.mintJobs().insertIfAbsent(job);
            store.mintJobs().save(job);
            Tip tip = aTip().build();

            assertThatThrownBy(() -> store.inTransaction(tx -> {
                tx.tips().insertIfAbsent(tip);
                return tx.mintJobs().save(job);
            })).isInstanceOf(StaleWriteException.class);

            assertThat(store.tips().find(tip.txId())).isEmpty();
        }

        @Test
        void othersDoNotSeeWritesBeforeTheCommit() throws Exception {
            Tip tip = aTip().build();
            try (Race.OpenTransaction open = Race.openTransaction(store, tx -> tx.tips().insertIfAbsent(tip))) {
                Optional<Tip> seenByOther = Race.inBackground(() -> store.tips().find(tip.txId()))
                        .get(10, TimeUnit.SECONDS);
                assertThat(seenByOther).isEmpty();
                open.commit();
            }

            assertThat(store.tips().find(tip.txId())).contains(tip);
        }

        @Test
        void concurrentTransactionsLoseNoWrite() {
            Address fan = address("busy fan");

            Race.run(8, thread -> {
                for (int i = 0; i < 25; i++) {
                    Tip tip = aTip().from(fan).build();
                    store.inTransaction(tx -> {
                        tx.tips().insertIfAbsent(tip);
                        tx.mintJobs().insertIfAbsent(aJob().forTip(tip.txId()).build());
                        return null;
                    });
                }
                return null;
            });

            assertThat(store.tips().fanTotals(fan).count()).isEqualTo(200);
            assertThat(store.mintJobs().countByStage().get(JobStage.QUEUED)).isEqualTo(200);
        }
    }

    @Nested
    class Copies {
        @Test
        void aReturnedListDoesNotChangeWhenTheStoreDoes() {
            store.tips().insertIfAbsent(aTip().inRound(1).build());
            List<Tip> before = store.tips().recentByFan(FAN, 10);

            store.tips().insertIfAbsent(aTip().inRound(2).build());

            assertThat(before).hasSize(1);
        }

        @Test
        void changingAReturnedCollectionDoesNotChangeTheStore() {
            store.tips().insertIfAbsent(aTip().build());
            StickerTemplate template = store.templates().insert(aTemplate().build());

            tryToClear(store.tips().recentByFan(FAN, 10));
            tryToClear(store.templates().byCreator(CREATOR));
            tryToClear(store.templates().findAll(List.of(template.id())).values());

            assertThat(store.tips().recentByFan(FAN, 10)).hasSize(1);
            assertThat(store.templates().byCreator(CREATOR)).hasSize(1);
        }

        @Test
        void aReturnedRecordKeepsItsValueAfterAnUpdate() {
            TipJar jar = aTipJar().build();
            store.tipJars().insert(jar);
            TipJar read = store.tipJars().find(jar.id()).orElseThrow();

            store.tipJars().update(jar.retired(T0.plusSeconds(60)));

            assertThat(read).isEqualTo(jar);
            assertThat(store.tipJars().find(jar.id()).orElseThrow().status()).isEqualTo(TipJarStatus.RETIRED);
        }

        private void tryToClear(Collection<?> collection) {
            try {
                collection.clear();
            } catch (UnsupportedOperationException expected) {
                // an unmodifiable copy is fine too
            }
        }
    }

    @Nested
    class Creators {
        @Test
        void savesAndFindsByWallet() {
            store.creators().save(aCreator(CREATOR));

            assertThat(store.creators().find(CREATOR)).contains(aCreator(CREATOR));
            assertThat(store.creators().find(FAN)).isEmpty();
        }

        @Test
        void saveReplacesTheCreatorWithTheSameWallet() {
            store.creators().save(aCreator(CREATOR));
            store.creators().save(aCreator(CREATOR).withUsername("alice"));

            assertThat(store.creators().find(CREATOR).orElseThrow().username()).isEqualTo("alice");
        }
    }

    @Nested
    class TipJars {
        @Test
        void anInsertedTipJarIsFoundByIdAppAndAsTheCreatorsCurrentOne() {
            TipJar jar = aTipJar().build();
            store.tipJars().insert(jar);

            assertThat(store.tipJars().find(jar.id())).contains(jar);
            assertThat(store.tipJars().current(CREATOR)).contains(jar);
            assertThat(store.tipJars().findByApp(jar.appId())).contains(jar);
            assertThat(store.tipJars().findByApps(List.of(jar.appId(), AppId.of(7)))).isEqualTo(
                    Map.of(jar.appId(), jar));
        }

        @Test
        void aSecondTipJarThatIsNotRetiredIsADuplicate() {
            store.tipJars().insert(aTipJar().withStatus(TipJarStatus.DEPLOYING).build());

            assertThatThrownBy(() -> store.tipJars().insert(aTipJar().build()))
                    .isInstanceOf(DuplicateException.class);
        }

        @Test
        void aRetiredTipJarMakesRoomForANewOne() {
            TipJar old = aTipJar().build();
            store.tipJars().insert(old);
            store.tipJars().update(old.retired(T0.plusSeconds(10)));
            TipJar upgrade = aTipJar().requestedAt(T0.plusSeconds(20)).build();

            store.tipJars().insert(upgrade);

            assertThat(store.tipJars().current(CREATOR)).contains(upgrade);
            assertThat(store.tipJars().findByApp(old.appId()).orElseThrow().status())
                    .isEqualTo(TipJarStatus.RETIRED);
        }

        @Test
        void anAppOwnedByALiveTipJarCannotBelongToAnother() {
            TipJar first = aTipJar().build();
            store.tipJars().insert(first);

            assertThatThrownBy(() -> store.tipJars().insert(
                    aTipJar().of(address("someone else")).withApp(first.appId()).build()))
                    .isInstanceOf(DuplicateException.class);
        }

        @Test
        void anUpdateReplacesTheTipJar() {
            TipJar deploying = aTipJar().withStatus(TipJarStatus.DEPLOYING).build();
            store.tipJars().insert(deploying);
            TipJar funding = deploying.created(AppId.of(4242), TestData.txId("create"), null);

            store.tipJars().update(funding);

            assertThat(store.tipJars().find(deploying.id())).contains(funding);
            assertThat(store.tipJars().findByApp(AppId.of(4242))).contains(funding);
        }

        @Test
        void unfinishedAreTheDeployingAndFundingOnesOldestFirst() {
            TipJar funding = aTipJar().of(address("a")).withStatus(TipJarStatus.FUNDING)
                    .requestedAt(T0.plusSeconds(2)).build();
            TipJar deploying = aTipJar().of(address("b")).withStatus(TipJarStatus.DEPLOYING)
                    .requestedAt(T0.plusSeconds(1)).build();
            store.tipJars().insert(funding);
            store.tipJars().insert(deploying);
            store.tipJars().insert(aTipJar().of(address("c")).build());

            assertThat(store.tipJars().unfinished()).containsExactly(deploying, funding);
        }

        @Test
        void withAppsAreAllButTheDeployingOnes() {
            TipJar active = aTipJar().of(address("a")).build();
            TipJar funding = aTipJar().of(address("b")).withStatus(TipJarStatus.FUNDING).build();
            TipJar retired = aTipJar().of(address("c")).withStatus(TipJarStatus.RETIRED).build();
            store.tipJars().insert(active);
            store.tipJars().insert(funding);
            store.tipJars().insert(retired);
            store.tipJars().insert(aTipJar().of(address("d")).withStatus(TipJarStatus.DEPLOYING).build());

            assertThat(store.tipJars().withApps()).containsExactlyInAnyOrder(active, funding, retired);
        }

        @Test
        void concurrentInsertsForOneCreatorLeaveExactlyOne() {
            List<Boolean> duplicates = Race.run(8, i -> Race.throwsOrNot(
                    () -> store.tipJars().insert(aTipJar().build()), DuplicateException.class));

            assertThat(duplicates).containsOnlyOnce(false);
            assertThat(store.tipJars().current(CREATOR)).isPresent();
        }
    }

    @Nested
    class Templates {
        @Test
        void anInsertGivesEachTemplateItsOwnId() {
            StickerTemplate first = store.templates().insert(aTemplate().withThreshold(ALGO).build());
            StickerTemplate second = store.templates().insert(aTemplate().withThreshold(2 * ALGO).build());

            assertThat(first.id()).isPositive().isNotEqualTo(second.id());
            assertThat(first).isEqualTo(aTemplate().withThreshold(ALGO).build().withId(first.id()));
            assertThat(store.templates().find(second.id())).contains(second);
        }

        @Test
        void theSameCategoryTypeAndThresholdTwiceIsADuplicate() {
            store.templates().insert(aTemplate().build());

            assertThatThrownBy(() -> store.templates().insert(aTemplate().named("Other name").build()))
                    .isInstanceOf(DuplicateException.class);
        }

        @Test
        void anotherTypeOrThresholdOrCreatorIsNoDuplicate() {
            store.templates().insert(aTemplate().build());

            store.templates().insert(aTemplate().ofType(StickerType.GOLDEN).build());
            store.templates().insert(aTemplate().withThreshold(5 * ALGO).build());
            store.templates().insert(aTemplate().by(address("other creator")).build());

            assertThat(store.templates().countByCreator(CREATOR)).isEqualTo(3);
        }

        @Test
        void aCreatorHasOneTemplatePerMembershipCategory() {
            store.templates().insert(aTemplate().inCategory(TemplateCategory.MEMBERSHIP_GOLD).build());

            assertThatThrownBy(() -> store.templates().insert(aTemplate().inCategory(TemplateCategory.MEMBERSHIP_GOLD)
                    .ofType(StickerType.GOLDEN).withThreshold(40 * ALGO).build()))
                    .isInstanceOf(DuplicateException.class);
            store.templates().insert(aTemplate().inCategory(TemplateCategory.MEMBERSHIP_SILVER).build());
        }

        @Test
        void concurrentDuplicateInsertsLeaveExactlyOne() {
            List<Boolean> duplicates = Race.run(8, i -> Race.throwsOrNot(
                    () -> store.templates().insert(aTemplate().build()), DuplicateException.class));

            assertThat(duplicates).containsOnlyOnce(false);
            assertThat(store.templates().countByCreator(CREATOR)).isEqualTo(1);
        }

        @Test
        void aCreatorHasAtMostTwentyTemplates() {
            for (int i = 1; i <= TemplateRules.MAX_TEMPLATES_PER_CREATOR; i++) {
                store.templates().insert(aTemplate().withThreshold(i * ALGO).build());
            }

            assertThatThrownBy(() -> store.templates().insert(aTemplate().withThreshold(100 * ALGO).build()))
                    .isInstanceOf(TemplateLimitException.class);
            store.templates().insert(aTemplate().by(address("another creator")).build());
        }

        @Test
        void twoConcurrentInsertsAtNineteenTemplatesLeaveExactlyTwenty() {
            for (int i = 1; i < TemplateRules.MAX_TEMPLATES_PER_CREATOR; i++) {
                store.templates().insert(aTemplate().withThreshold(i * ALGO).build());
            }

            List<Boolean> refused = Race.run(2, i -> Race.throwsOrNot(
                    () -> store.templates().insert(aTemplate().withThreshold((100 + i) * ALGO).build()),
                    TemplateLimitException.class));

            assertThat(refused).containsExactlyInAnyOrder(true, false);
            assertThat(store.templates().countByCreator(CREATOR)).isEqualTo(TemplateRules.MAX_TEMPLATES_PER_CREATOR);
        }

        @Test
        void byCreatorListsTheCreatorsTemplatesNewestFirst() {
            StickerTemplate old = store.templates().insert(aTemplate().withThreshold(ALGO).createdAt(T0).build());
            StickerTemplate recent = store.templates().insert(aTemplate().withThreshold(2 * ALGO)
                    .createdAt(T0.plusSeconds(60)).build());
            store.templates().insert(aTemplate().by(address("other creator")).build());

            assertThat(store.templates().byCreator(CREATOR)).containsExactly(recent, old);
            assertThat(store.templates().countByCreator(CREATOR)).isEqualTo(2);
        }

        @Test
        void findAllReturnsTheTemplatesThatExistById() {
            StickerTemplate template = store.templates().insert(aTemplate().build());

            assertThat(store.templates().findAll(List.of(template.id(), template.id() + 1000)))
                    .isEqualTo(Map.of(template.id(), template));
        }

        @Test
        void deleteSaysWhetherThereWasSomethingToDelete() {
            StickerTemplate template = store.templates().insert(aTemplate().build());

            assertThat(store.templates().delete(template.id())).isTrue();
            assertThat(store.templates().delete(template.id())).isFalse();
            assertThat(store.templates().find(template.id())).isEmpty();
        }
    }

    @Nested
    class Tips {
        private final Address alice = address("alice");
        private final Address bob = address("bob");
        private final Address carol = address("carol");
        private final Address dave = address("dave");

        @Test
        void insertIfAbsentKeepsTheFirstTipOfATxid() {
            Tip first = aTip().withAmount(ALGO).build();
            Tip again = aTip().withTxId(first.txId()).withAmount(9 * ALGO).build();

            assertThat(store.tips().insertIfAbsent(first)).isTrue();
            assertThat(store.tips().insertIfAbsent(again)).isFalse();
            assertThat(store.tips().find(first.txId())).contains(first);
            assertThat(store.tips().find(TestData.txId("unknown"))).isEmpty();
        }

        @Test
        void findAllReturnsTheKnownTipsByTxid() {
            Tip first = aTip().build();
            Tip second = aTip().build();
            store.tips().insertIfAbsent(first);
            store.tips().insertIfAbsent(second);

            Map<TxId, Tip> found = store.tips().findAll(List.of(first.txId(), second.txId(), first.txId(),
                    TestData.txId("unknown")));

            assertThat(found).containsOnly(Map.entry(first.txId(), first), Map.entry(second.txId(), second));
            assertThat(store.tips().findAll(List.of())).isEmpty();
        }

        @Test
        void concurrentOverlappingInsertsKeepExactlyTheDistinctTips() {
            List<Tip> distinct = IntStream.range(0, 400).mapToObj(i -> aTip().from(alice).build()).toList();

            List<Integer> inserted = Race.run(8, thread -> {
                int count = 0;
                for (int i = 0; i < 200; i++) {
                    if (store.tips().insertIfAbsent(distinct.get((thread * 50 + i) % distinct.size()))) {
                        count++;
                    }
                }
                return count;
            });

            assertThat(inserted.stream().mapToInt(Integer::intValue).sum()).isEqualTo(400);
            assertThat(store.tips().fanTotals(alice).count()).isEqualTo(400);
            assertThat(distinct).allMatch(tip -> store.tips().find(tip.txId()).isPresent());
        }

        @Test
        void recentTipsAreNewestFirstAndLimited() {
            Tip first = store(aTip().from(alice).to(bob).inRound(1));
            Tip second = store(aTip().from(alice).to(carol).inRound(2));
            Tip third = store(aTip().from(alice).to(bob).inRound(3));
            store(aTip().from(dave).to(bob).inRound(4));

            assertThat(store.tips().recentByFan(alice, 10)).containsExactly(third, second, first);
            assertThat(store.tips().recentByFan(alice, 2)).containsExactly(third, second);
            assertThat(store.tips().recentByCreator(bob, 2)).extracting(Tip::round)
                    .containsExactly(Round.of(4), Round.of(3));
        }

        @Test
        void totalsCountTipsSumAmountsAndCountTheOtherSide() {
            store(aTip().from(alice).to(bob).withAmount(ALGO));
            store(aTip().from(alice).to(bob).withAmount(2 * ALGO));
            store(aTip().from(alice).to(carol).withAmount(3 * ALGO));
            store(aTip().from(dave).to(bob).withAmount(4 * ALGO));

            assertThat(store.tips().fanTotals(alice)).isEqualTo(new Totals(3, MicroAlgos.of(6 * ALGO), 2));
            assertThat(store.tips().creatorTotals(bob)).isEqualTo(new Totals(3, MicroAlgos.of(7 * ALGO), 2));
            assertThat(store.tips().fanTotals(address("nobody"))).isEqualTo(new Totals(0, MicroAlgos.ZERO, 0));
        }

        @Test
        void creatorsOfAFanRankBySumThenCountThenAddress() {
            List<Address> tiedPair = sorted(bob, carol);
            store(aTip().from(alice).to(dave).withAmount(3 * ALGO));
            store(aTip().from(alice).to(tiedPair.get(1)).withAmount(ALGO));
            store(aTip().from(alice).to(tiedPair.get(1)).withAmount(2 * ALGO));
            store(aTip().from(alice).to(tiedPair.get(0)).withAmount(2 * ALGO));
            store(aTip().from(alice).to(tiedPair.get(0)).withAmount(ALGO));
            Address small = address("small creator");
            store(aTip().from(alice).to(small).withAmount(ALGO));
            store(aTip().from(bob).to(small).withAmount(50 * ALGO));

            assertThat(store.tips().creatorsOfFan(alice, 10)).containsExactly(
                    new Ranked(tiedPair.get(0), 2, MicroAlgos.of(3 * ALGO), 1),
                    new Ranked(tiedPair.get(1), 2, MicroAlgos.of(3 * ALGO), 1),
                    new Ranked(dave, 1, MicroAlgos.of(3 * ALGO), 1),
                    new Ranked(small, 1, MicroAlgos.of(ALGO), 1));
            assertThat(store.tips().creatorsOfFan(alice, 1)).extracting(Ranked::party)
                    .containsExactly(tiedPair.get(0));
        }

        @Test
        void fansOfACreatorRankBySumThenCountThenAddress() {
            List<Address> tied = sorted(alice, carol);
            store(aTip().from(tied.get(1)).to(bob).withAmount(2 * ALGO));
            store(aTip().from(tied.get(0)).to(bob).withAmount(2 * ALGO));
            store(aTip().from(dave).to(bob).withAmount(ALGO));
            store(aTip().from(dave).to(bob).withAmount(ALGO));
            store(aTip().from(dave).to(carol).withAmount(10 * ALGO));

            assertThat(store.tips().fansOfCreator(bob, 10)).containsExactly(
                    new Ranked(dave, 2, MicroAlgos.of(2 * ALGO), 1),
                    new Ranked(tied.get(0), 1, MicroAlgos.of(2 * ALGO), 1),
                    new Ranked(tied.get(1), 1, MicroAlgos.of(2 * ALGO), 1));
        }

        @Test
        void topCreatorsRankEveryCreatorWithTheirDistinctFans() {
            List<Address> tied = sorted(bob, carol);
            store(aTip().from(alice).to(tied.get(1)).withAmount(5 * ALGO));
            store(aTip().from(dave).to(tied.get(0)).withAmount(3 * ALGO));
            store(aTip().from(dave).to(tied.get(0)).withAmount(2 * ALGO));
            store(aTip().from(alice).to(dave).withAmount(9 * ALGO));
            store(aTip().from(bob).to(dave).withAmount(ALGO));
            store(aTip().from(bob).to(alice).withAmount(ALGO));

            assertThat(store.tips().topCreators(3)).containsExactly(
                    new Ranked(dave, 2, MicroAlgos.of(10 * ALGO), 2),
                    new Ranked(tied.get(0), 2, MicroAlgos.of(5 * ALGO), 1),
                    new Ranked(tied.get(1), 1, MicroAlgos.of(5 * ALGO), 1));
        }

        @Test
        void rankingsPageToTheirEnd() {
            for (int i = 1; i <= 105; i++) {
                store(aTip().from(address("fan " + i)).to(bob).withAmount(i * ALGO));
            }
            store(aTip().from(alice).to(carol).withAmount(ALGO));

            List<Ranked> all = store.tips().fansOfCreator(bob, 0, 105);
            assertThat(store.tips().fansOfCreator(bob, 100, 10)).hasSize(5)
                    .containsExactlyElementsOf(all.subList(100, 105));
            assertThat(store.tips().fansOfCreator(bob, 104, 10).getFirst().sum()).isEqualTo(MicroAlgos.of(ALGO));
            assertThat(store.tips().fansOfCreator(bob, 105, 10)).isEmpty();
            assertThat(store.tips().topCreators(1, 10)).extracting(Ranked::party).containsExactly(carol);
        }

        private Tip store(TipBuilder builder) {
            Tip tip = builder.build();
            assertThat(store.tips().insertIfAbsent(tip)).isTrue();
            return tip;
        }

        private List<Address> sorted(Address a, Address b) {
            return a.value().compareTo(b.value()) < 0 ? List.of(a, b) : List.of(b, a);
        }
    }

    @Nested
    class Stickers {
        @Test
        void anInsertGivesTheStickerAnIdAndItIsFoundEveryWay() {
            Sticker sticker = store.stickers().insert(aSticker().build());
            Sticker other = store.stickers().insert(aSticker().build());

            assertThat(sticker.id()).isPositive().isNotEqualTo(other.id());
            assertThat(store.stickers().find(sticker.id())).contains(sticker);
            assertThat(store.stickers().findByTip(sticker.tipTxId())).contains(sticker);
            assertThat(store.stickers().findByAsset(sticker.assetId())).contains(sticker);
            assertThat(store.stickers().findByAsset(AssetId.of(999_999_999))).isEmpty();
        }

        @Test
        void aSecondStickerForATipIsADuplicate() {
            TxId tip = TestData.uniqueTxId();
            store.stickers().insert(aSticker().forTip(tip).build());

            assertThatThrownBy(() -> store.stickers().insert(aSticker().forTip(tip).build()))
                    .isInstanceOf(DuplicateException.class);
        }

        @Test
        void concurrentInsertsForOneTipLeaveExactlyOne() {
            TxId tip = TestData.uniqueTxId();

            List<Boolean> duplicates = Race.run(8, i -> Race.throwsOrNot(
                    () -> store.stickers().insert(aSticker().forTip(tip).build()), DuplicateException.class));

            assertThat(duplicates).containsOnlyOnce(false);
        }

        @Test
        void anUpdateReplacesTheSticker() {
            Sticker pending = store.stickers().insert(aSticker().withStatus(DeliveryStatus.PENDING_OPTIN).build());
            Sticker delivered = pending.delivered(TestData.txId("delivery"), T0.plusSeconds(60));

            store.stickers().update(delivered);

            assertThat(store.stickers().find(pending.id())).contains(delivered);
        }

        @Test
        void byOwnerPagesNewestFirstOptionallyInOneStatus() {
            Sticker oldest = store.stickers().insert(aSticker().mintedAfter(1).build());
            Sticker pending = store.stickers().insert(aSticker().mintedAfter(2)
                    .withStatus(DeliveryStatus.PENDING_OPTIN).build());
            Sticker newest = store.stickers().insert(aSticker().mintedAfter(3).build());
            store.stickers().insert(aSticker().ownedBy(address("other fan")).mintedAfter(4).build());

            assertThat(store.stickers().byOwner(FAN, null, PageRequest.first(10)))
                    .containsExactly(newest, pending, oldest);
            assertThat(store.stickers().byOwner(FAN, null, new PageRequest(1, 1))).containsExactly(pending);
            assertThat(store.stickers().byOwner(FAN, null, new PageRequest(10, 3))).isEmpty();
            assertThat(store.stickers().byOwner(FAN, DeliveryStatus.DELIVERED, PageRequest.first(10)))
                    .containsExactly(newest, oldest);
        }

        @Test
        void aMoveOfAnOlderRoundNeverOverwritesANewerOwner() {
            Sticker sticker = store.stickers().insert(aSticker().build());
            Address buyer = address("buyer");
            Address later = address("later buyer");

            assertThat(store.stickers().moveOwner(sticker.assetId(), later, Round.of(20)))
                    .hasValueSatisfying(s -> assertThat(s.owner()).isEqualTo(later));
            // the round before, processed late or replayed: the owner of round 20 stays
            assertThat(store.stickers().moveOwner(sticker.assetId(), buyer, Round.of(19)))
                    .hasValueSatisfying(s -> assertThat(s.owner()).isEqualTo(later));
            assertThat(store.stickers().find(sticker.id())).hasValueSatisfying(s -> {
                assertThat(s.owner()).isEqualTo(later);
                assertThat(s.ownerRound()).isEqualTo(Round.of(20));
            });
            // moves of one round apply in block order; a later round moves it on
            store.stickers().moveOwner(sticker.assetId(), buyer, Round.of(20));
            assertThat(store.stickers().find(sticker.id()).orElseThrow().owner()).isEqualTo(buyer);
            store.stickers().moveOwner(sticker.assetId(), FAN, Round.of(21));
            assertThat(store.stickers().find(sticker.id()).orElseThrow().ownerRound()).isEqualTo(Round.of(21));
            assertThat(store.stickers().moveOwner(AssetId.of(987_654_322L), buyer, Round.of(21))).isEmpty();
        }

        @Test
        void aStickerInsertedWithAnOwnerRoundKeepsIt() {
            Sticker moved = aSticker().build().withOwner(address("buyer"), Round.of(12));

            Sticker stored = store.stickers().insert(moved);

            assertThat(store.stickers().find(stored.id())).contains(stored);
            assertThat(stored.ownerRound()).isEqualTo(Round.of(12));
        }

        @Test
        void anUpdateKeepsTheOwnerTheChainMovedTheStickerTo() {
            Sticker pending = store.stickers().insert(aSticker().withStatus(DeliveryStatus.PENDING_OPTIN).build());
            Address buyer = address("buyer");
            store.stickers().moveOwner(pending.assetId(), buyer, Round.of(7));

            // a writer that read the sticker before the move saves it: the owner stays the chain's
            store.stickers().update(pending.delivered(TestData.txId("late delivery"), T0.plusSeconds(60)));

            Sticker stored = store.stickers().find(pending.id()).orElseThrow();
            assertThat(stored.owner()).isEqualTo(buyer);
            assertThat(stored.ownerRound()).isEqualTo(Round.of(7));
            assertThat(stored.status()).isEqualTo(DeliveryStatus.DELIVERED);
        }

        @Test
        void findsStickersOfSeveralAssetsAtOnce() {
            Sticker first = store.stickers().insert(aSticker().build());
            Sticker second = store.stickers().insert(aSticker().build());
            AssetId notASticker = AssetId.of(987_654_321L);

            Map<AssetId, Sticker> found = store.stickers().findByAssets(List.of(first.assetId(), second.assetId(),
                    notASticker));

            assertThat(found).containsOnlyKeys(first.assetId(), second.assetId());
            assertThat(found.get(second.assetId())).isEqualTo(second);
        }

        @Test
        void countsByOwnerAndStatusAndType() {
            store.stickers().insert(aSticker().build());
            store.stickers().insert(aSticker().ofType(StickerType.GOLDEN).build());
            store.stickers().insert(aSticker().withStatus(DeliveryStatus.PENDING_OPTIN).build());
            store.stickers().insert(aSticker().ownedBy(address("other fan")).build());

            assertThat(store.stickers().countByOwner(FAN, null)).isEqualTo(3);
            assertThat(store.stickers().countByOwner(FAN, DeliveryStatus.PENDING_OPTIN)).isEqualTo(1);
            Map<StickerType, Long> byType = store.stickers().countByOwnerAndType(FAN);
            // the sticker waiting for opt-in is listed, but not owned yet
            assertThat(byType.getOrDefault(StickerType.SOULBOUND, 0L)).isEqualTo(1);
            assertThat(byType.getOrDefault(StickerType.GOLDEN, 0L)).isEqualTo(1);
        }

        @Test
        void countsByTemplateAndByCreator() {
            store.stickers().insert(aSticker().fromTemplate(11).build());
            store.stickers().insert(aSticker().fromTemplate(11).build());
            store.stickers().insert(aSticker().fromTemplate(12).build());
            store.stickers().insert(aSticker().fromTemplate(14).by(address("other creator")).build());

            Map<Long, Long> byTemplate = store.stickers().countByTemplates(List.of(11L, 12L, 13L));
            assertThat(byTemplate.get(11L)).isEqualTo(2);
            assertThat(byTemplate.get(12L)).isEqualTo(1);
            assertThat(byTemplate.getOrDefault(13L, 0L)).isZero();
            assertThat(byTemplate).doesNotContainKey(14L);
            assertThat(store.stickers().countByCreator(CREATOR)).isEqualTo(3);
        }

        @Test
        void countsACreatorsStickersPerOwner() {
            Address other = address("other fan");
            store.stickers().insert(aSticker().build());
            store.stickers().insert(aSticker().build());
            store.stickers().insert(aSticker().ownedBy(other).build());
            store.stickers().insert(aSticker().by(address("other creator")).build());
            store.stickers().insert(aSticker().ownedBy(address("not asked")).build());
            store.stickers().insert(aSticker().withStatus(DeliveryStatus.PENDING_OPTIN).build());

            Map<Address, Long> counts = store.stickers().countByCreatorForOwners(CREATOR,
                    List.of(FAN, other, address("no stickers")));

            assertThat(counts.get(FAN)).isEqualTo(2);
            assertThat(counts.get(other)).isEqualTo(1);
            assertThat(counts.getOrDefault(address("no stickers"), 0L)).isZero();
            assertThat(counts).doesNotContainKey(address("not asked"));
        }

        @Test
        void countsExpiredMembershipsPerOwnerAtTheGivenTime() {
            Address other = address("other fan");
            Instant now = TestData.T0.plus(Duration.ofDays(100));
            store.stickers().insert(aSticker().expiringAt(now).build());
            store.stickers().insert(aSticker().expiringAt(now.minusSeconds(1)).build());
            store.stickers().insert(aSticker().expiringAt(now.plusSeconds(1)).build());
            store.stickers().insert(aSticker().build());
            store.stickers().insert(aSticker().expiringAt(now).withStatus(DeliveryStatus.PENDING_OPTIN).build());
            store.stickers().insert(aSticker().expiringAt(now).by(address("other creator")).build());
            store.stickers().insert(aSticker().expiringAt(now).ownedBy(other).build());

            assertThat(store.stickers().countExpiredMemberships(CREATOR, List.of(FAN, other), now))
                    .containsOnly(Map.entry(FAN, 2L), Map.entry(other, 1L));
            assertThat(store.stickers().countExpiredMemberships(null, List.of(FAN), now))
                    .as("of any creator").containsOnly(Map.entry(FAN, 3L));
            assertThat(store.stickers().countExpiredMemberships(null, List.of(), now)).isEmpty();
        }
    }

    @Nested
    class MintJobs {
        @Test
        void saveAllSavesEveryJobAtItsNextVersionAndRefusesAStaleOneWithNothingKeptInATransaction() {
            MintJob a = aJob().build();
            MintJob b = aJob().build();
            store.mintJobs().insertIfAbsent(a);
            store.mintJobs().insertIfAbsent(b);

            List<MintJob> saved = store.mintJobs().saveAll(List.of(a.advance(JobStage.MINTED, null, T0),
                    b.advance(JobStage.PENDING_OPTIN, null, T0)));

            assertThat(saved).map(MintJob::version).containsExactly(a.version() + 1, b.version() + 1);
            assertThat(store.mintJobs().find(a.id())).contains(saved.get(0));
            assertThat(store.mintJobs().find(b.id())).contains(saved.get(1));
            assertThatThrownBy(() -> store.inTransaction(tx -> tx.mintJobs().saveAll(List.of(
                    saved.get(0).advance(JobStage.DELIVERED, null, T0), b.advance(JobStage.MINTED, null, T0)))))
                    .isInstanceOf(StaleWriteException.class);
            assertThat(store.mintJobs().find(a.id())).contains(saved.get(0));
        }

        @Test
        void countUnmintedByTemplateCountsTheJobsThatStillNeedTheTemplatesMetadata() {
            store.mintJobs().insertIfAbsent(aJob().forTemplate(7).build());
            store.mintJobs().insertIfAbsent(aJob().forTemplate(7).dead("gave up").build());
            store.mintJobs().insertIfAbsent(aJob().forTemplate(7).atStage(JobStage.MINTED).build());
            store.mintJobs().insertIfAbsent(aJob().forTemplate(7).atStage(JobStage.DELIVERED).build());
            store.mintJobs().insertIfAbsent(aJob().forTemplate(8).build());

            assertThat(store.mintJobs().countUnmintedByTemplate(7)).isEqualTo(2);
            assertThat(store.mintJobs().countUnmintedByTemplate(9)).isZero();
        }

        @Test
        void insertIfAbsentKeepsTheFirstJobOfAnId() {
            MintJob job = aJob().build();

            assertThat(store.mintJobs().insertIfAbsent(job)).isTrue();
            assertThat(store.mintJobs().insertIfAbsent(job.advance(JobStage.MINTED, null, T0))).isFalse();
            assertThat(store.mintJobs().find(job.id())).contains(job);
        }

        @Test
        void concurrentInsertsOfOneJobInsertItOnce() {
            MintJob job = aJob().build();

            List<Boolean> inserted = Race.run(8, i -> store.mintJobs().insertIfAbsent(job));

            assertThat(inserted).containsOnlyOnce(true);
        }

        @Test
        void aSaveStoresAndReturnsTheJobAtTheNextVersion() {
            MintJob job = aJob().build();
            store.mintJobs().insertIfAbsent(job);
            MintJob failed = job.failed("algod down", T0.plusSeconds(30), T0.plusSeconds(1));

            MintJob saved = store.mintJobs().save(failed);

            assertThat(saved).isEqualTo(failed.withVersion(job.version() + 1));
            assertThat(store.mintJobs().find(job.id())).contains(saved);
            assertThat(store.mintJobs().save(saved).version()).isEqualTo(job.version() + 2);
        }

        @Test
        void aSaveOfAnOlderVersionIsStaleAndChangesNothing() {
            MintJob job = aJob().build();
            store.mintJobs().insertIfAbsent(job);
            MintJob current = store.mintJobs().save(job.advance(JobStage.MINTED, null, T0));

            assertThatThrownBy(() -> store.mintJobs().save(job.dead("late", T0)))
                    .isInstanceOf(StaleWriteException.class);
            assertThat(store.mintJobs().find(job.id())).contains(current);
        }

        @Test
        void concurrentSavesOfOneVersionLetExactlyOneWin() {
            MintJob job = aJob().build();
            store.mintJobs().insertIfAbsent(job);

            List<Boolean> stale = Race.run(8, i -> Race.throwsOrNot(
                    () -> store.mintJobs().save(job.failed("attempt " + i, T0, T0)), StaleWriteException.class));

            assertThat(stale).containsOnlyOnce(false);
            assertThat(store.mintJobs().find(job.id()).orElseThrow().version()).isEqualTo(job.version() + 1);
        }

        @Test
        void listFiltersByStageAndDeadOldestFirstInPages() {
            MintJob first = insert(aJob().createdAfter(1));
            MintJob minted = insert(aJob().createdAfter(2).atStage(JobStage.MINTED));
            MintJob third = insert(aJob().createdAfter(3));
            MintJob dead = insert(aJob().createdAfter(4).dead("no template"));

            assertThat(store.mintJobs().list(null, false, PageRequest.first(10)))
                    .containsExactly(first, minted, third);
            assertThat(store.mintJobs().list(JobStage.QUEUED, false, PageRequest.first(10)))
                    .containsExactly(first, third);
            assertThat(store.mintJobs().list(null, false, new PageRequest(1, 1))).containsExactly(minted);
            assertThat(store.mintJobs().list(null, true, PageRequest.first(10))).containsExactly(dead);
            assertThat(store.mintJobs().list(JobStage.MINTED, true, PageRequest.first(10))).isEmpty();
        }

        @Test
        void countsPerStageIncludeDeadJobsWhichAreAlsoCountedApart() {
            insert(aJob());
            insert(aJob().dead("gave up"));
            insert(aJob().atStage(JobStage.DELIVERED));

            Map<JobStage, Long> counts = store.mintJobs().countByStage();

            assertThat(counts.get(JobStage.QUEUED)).isEqualTo(2);
            assertThat(counts.get(JobStage.DELIVERED)).isEqualTo(1);
            assertThat(counts.getOrDefault(JobStage.MINTED, 0L)).isZero();
            assertThat(store.mintJobs().countDead()).isEqualTo(1);
        }

        private MintJob insert(MintJobBuilder builder) {
            MintJob job = builder.build();
            assertThat(store.mintJobs().insertIfAbsent(job)).isTrue();
            return job;
        }
    }

    @Nested
    class ListenerCursor {
        @Test
        void isEmptyBeforeTheFirstRound() {
            assertThat(store.listenerCursor().lastProcessed()).isEmpty();
        }

        @Test
        void remembersTheLastAdvance() {
            store.listenerCursor().advance(Round.of(41));
            store.listenerCursor().advance(Round.of(42));

            assertThat(store.listenerCursor().lastProcessed()).contains(Round.of(42));
        }

        @Test
        void listsSkippedTransactionsNewestRoundFirstOncePerPlace() {
            Instant at = Instant.parse("2026-01-01T00:00:00Z");
            TxId txId = TxId.fromHash(new byte[32]);
            store.listenerCursor().recordSkipped(new SkippedTransaction(Round.of(7), 3, txId, "odd", at));
            store.listenerCursor().recordSkipped(new SkippedTransaction(Round.of(9), 0, null, "no id", at));
            store.listenerCursor().recordSkipped(new SkippedTransaction(Round.of(7), 1, null, "first", at));
            store.listenerCursor().recordSkipped(new SkippedTransaction(Round.of(7), 3, txId, "again", at));

            assertThat(store.listenerCursor().skipped(10)).containsExactly(
                    new SkippedTransaction(Round.of(9), 0, null, "no id", at),
                    new SkippedTransaction(Round.of(7), 1, null, "first", at),
                    new SkippedTransaction(Round.of(7), 3, txId, "odd", at));
            assertThat(store.listenerCursor().skipped(1)).hasSize(1);
            assertThat(store.listenerCursor().countSkipped()).isEqualTo(3);
        }

        @Test
        void skippedTransactionsCommitWithTheCursor() {
            Instant at = Instant.parse("2026-01-01T00:00:00Z");
            assertThatThrownBy(() -> store.inTransaction(tx -> {
                tx.listenerCursor().recordSkipped(new SkippedTransaction(Round.of(5), 0, null, "odd", at));
                tx.listenerCursor().advance(Round.of(5));
                throw new IllegalStateException("crash");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(store.listenerCursor().skipped(10)).isEmpty();
        }
    }

    @Nested
    class Approvals {
        private final Address first = address("approver 201");
        private final Address second = address("approver 202");
        private final MultisigAccount admins = new MultisigAccount(2, List.of(first, second, address("approver 203")));

        private Approval anApproval(int n, MultisigAccount multisig) {
            byte[] txn = ("prepared transaction " + n).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            UnsignedTxn prepared = new UnsignedTxn(TxId.fromHash(Hashes.sha512_256(txn)), Round.of(1000 + n), txn);
            return Approval.proposed(java.util.UUID.nameUUIDFromBytes(txn), ApprovalKind.DELETE_TIP_JAR, "ADMIN",
                    "delete TipProxy app " + n, multisig == null ? address("approver 200") : multisig.address(), multisig,
                    prepared, "admin wallet", T0.plusSeconds(n));
        }

        private byte[] signature(int fill) {
            byte[] signature = new byte[64];
            java.util.Arrays.fill(signature, (byte) fill);
            return signature;
        }

        @Test
        void anInsertedApprovalIsFoundAsItWas() {
            Approval multisig = anApproval(1, admins);
            Approval single = anApproval(2, null);

            store.approvals().insert(multisig);
            store.approvals().insert(single);

            assertThat(store.approvals().find(multisig.id())).contains(multisig);
            assertThat(store.approvals().find(single.id())).contains(single);
            assertThat(store.approvals().find(java.util.UUID.randomUUID())).isEmpty();
            assertThatThrownBy(() -> store.approvals().insert(multisig)).isInstanceOf(DuplicateException.class);
        }

        @Test
        void signaturesAndTheRecordedWriteSurviveASaveInOrder() {
            Approval approval = anApproval(1, admins);
            store.approvals().insert(approval);

            Approval signed = store.approvals().save(approval.withSignature(second, signature(2), T0.plusSeconds(5))
                    .withSignature(first, signature(1), T0.plusSeconds(6)));
            ChainWrite write = new ChainWrite(approval.txn().txId(), approval.txn().lastValid(), new byte[] {1, 2});
            Approval submitted = store.approvals().save(signed.submitted(write, "overspend", T0.plusSeconds(7)));
            Approval confirmed = store.approvals().save(submitted.confirmed(Round.of(42), T0.plusSeconds(8)));

            Approval found = store.approvals().find(approval.id()).orElseThrow();
            assertThat(found).isEqualTo(confirmed);
            assertThat(found.version()).isEqualTo(3);
            assertThat(found.signatures().keySet()).containsExactly(second, first);
            assertThat(found.signatures().get(first)).isEqualTo(signature(1));
            assertThat(found.write().signedBytes()).containsExactly(1, 2);
            assertThat(found.confirmedRound()).isEqualTo(Round.of(42));
        }

        @Test
        void aSaveOfAnOlderVersionIsStaleAndChangesNothing() {
            Approval approval = anApproval(1, admins);
            store.approvals().insert(approval);
            Approval firstSigned = store.approvals().save(approval.withSignature(first, signature(1), T0));

            assertThatThrownBy(() -> store.approvals().save(approval.withSignature(second, signature(2), T0)))
                    .isInstanceOf(StaleWriteException.class);
            assertThat(store.approvals().find(approval.id())).contains(firstSigned);
        }

        @Test
        void aRejectionIsSavedWithItsReasonAndListedByItsState() {
            Approval approval = anApproval(1, admins);
            store.approvals().insert(approval);
            Approval signedOnce = store.approvals().save(approval.withSignature(first, signature(1), T0));

            Approval rejected = store.approvals().save(signedOnce.rejected("rejected by admin: wrong wallet",
                    T0.plusSeconds(3)));

            assertThat(store.approvals().find(approval.id())).contains(rejected);
            assertThat(rejected.state()).isEqualTo(ApprovalState.REJECTED);
            assertThat(rejected.write()).isNull();
            assertThat(store.approvals().list(ApprovalState.REJECTED, PageRequest.first(10))).containsExactly(rejected);
            assertThatThrownBy(() -> store.approvals().save(signedOnce.withSignature(second, signature(2), T0)))
                    .isInstanceOf(StaleWriteException.class);
        }

        @Test
        void ofConcurrentApproversSavingTheSameVersionOneWins() {
            Approval approval = anApproval(1, admins);
            store.approvals().insert(approval);

            List<Boolean> saved = Race.run(6, i -> {
                try {
                    store.approvals().save(approval.withSignature(address("approver " + i), signature(i + 1), T0));
                    return true;
                } catch (StaleWriteException e) {
                    return false;
                }
            });

            assertThat(saved).containsOnlyOnce(true);
            assertThat(store.approvals().find(approval.id()).orElseThrow().signatures()).hasSize(1);
        }

        @Test
        void listsByStateNewestFirst() {
            Approval older = anApproval(1, admins);
            Approval newer = anApproval(2, null);
            Approval done = anApproval(3, admins);
            store.approvals().insert(older);
            store.approvals().insert(newer);
            store.approvals().insert(done);
            store.approvals().save(done.expired(T0.plusSeconds(9)));

            assertThat(store.approvals().list(ApprovalState.PENDING, PageRequest.first(10)))
                    .extracting(Approval::id).containsExactly(newer.id(), older.id());
            assertThat(store.approvals().list(null, PageRequest.first(2)))
                    .extracting(Approval::id).containsExactly(done.id(), newer.id());
            assertThat(store.approvals().list(ApprovalState.EXPIRED, PageRequest.first(10))).hasSize(1);
            assertThat(store.approvals().countByState()).containsEntry(ApprovalState.PENDING, 2L)
                    .containsEntry(ApprovalState.EXPIRED, 1L).containsEntry(ApprovalState.SUBMITTED, 0L)
                    .containsEntry(ApprovalState.CONFIRMED, 0L);
        }

        @Test
        void approvalsProposedAtTheSameInstantAreListedByIdInUnsignedByteOrder() {
            // 0x7f… and 0x80…: UUID.compareTo (signed) puts them the other way round
            java.util.UUID low = new java.util.UUID(0x7fffffffffffffffL, 1);
            java.util.UUID high = new java.util.UUID(0x8000000000000000L, 1);
            int n = 0;
            for (java.util.UUID id : List.of(high, low)) {
                Approval proposed = anApproval(++n, null);
                store.approvals().insert(Approval.proposed(id, proposed.kind(), proposed.role(), proposed.summary(),
                        proposed.account(), null, proposed.txn(), proposed.requestedBy(), T0));
            }

            assertThat(store.approvals().list(ApprovalState.PENDING, PageRequest.first(10)))
                    .extracting(Approval::id).containsExactly(low, high);
            assertThat(List.of(high, low).stream().sorted(IdOrder.IDS).toList()).containsExactly(low, high);
        }

        @Test
        void anApprovalWrittenInARolledBackTransactionIsNotThere() {
            Approval approval = anApproval(1, admins);

            assertThatThrownBy(() -> store.inTransaction(tx -> {
                tx.approvals().insert(approval);
                throw new IllegalStateException("boom");
            })).hasMessage("boom");

            assertThat(store.approvals().find(approval.id())).isEmpty();
        }
    }

    @Nested
    class DeploymentPayments {
        private DeploymentPayment aPayment(TipJar jar) {
            return new DeploymentPayment(TestData.uniqueTxId(), jar.creator(), MicroAlgos.of(551_500),
                    DeploymentPayment.Purpose.REGISTER, jar.id(), T0);
        }

        @Test
        void aPaymentRecordedWithItsDeploymentIsFoundByTxid() {
            TipJar jar = aTipJar().build();
            DeploymentPayment payment = aPayment(jar);

            store.inTransaction(tx -> {
                tx.tipJars().insert(jar);
                tx.deploymentPayments().insert(payment);
                return null;
            });

            assertThat(store.deploymentPayments().find(payment.txId())).contains(payment);
            assertThat(store.deploymentPayments().find(TestData.uniqueTxId())).isEmpty();
        }

        @Test
        void aPaymentIsUsedOnceAndASecondUseRollsBackItsDeployment() {
            TipJar first = aTipJar().build();
            DeploymentPayment payment = aPayment(first);
            store.deploymentPayments().insert(payment);
            TipJar second = aTipJar().of(address("another creator")).build();

            assertThatThrownBy(() -> store.inTransaction(tx -> {
                tx.tipJars().insert(second);
                tx.deploymentPayments().insert(new DeploymentPayment(payment.txId(), second.creator(),
                        payment.amount(), DeploymentPayment.Purpose.UPGRADE, second.id(), T0));
                return null;
            })).isInstanceOf(DuplicateException.class);

            assertThat(store.tipJars().find(second.id())).isEmpty();
            assertThat(store.deploymentPayments().find(payment.txId())).contains(payment);
        }

        @Test
        void aPaymentWrittenInARolledBackTransactionIsNotThere() {
            TipJar jar = aTipJar().build();
            DeploymentPayment payment = aPayment(jar);

            assertThatThrownBy(() -> store.inTransaction(tx -> {
                tx.tipJars().insert(jar);
                tx.deploymentPayments().insert(payment);
                throw new IllegalStateException("crash before the commit");
            })).hasMessage("crash before the commit");

            assertThat(store.deploymentPayments().find(payment.txId())).isEmpty();
            assertThat(store.tipJars().find(jar.id())).isEmpty();
        }
    }
}
