package dev.stickerplatform.adapters.algorand.simulated;

import static dev.stickerplatform.adapters.algorand.simulated.LedgerKit.address;
import static dev.stickerplatform.adapters.algorand.simulated.LedgerKit.sign;
import static org.assertj.core.api.Assertions.assertThat;

import com.algorand.algosdk.account.Account;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class BlockProductionTest {
    @Test
    void aPositiveBlockTimeProducesBlocksByItself() {
        try (SimulatedLedger ledger = new SimulatedLedger(SimulatedLedger.Config.manualBlocks()
                .withBlockTime(Duration.ofMillis(5)))) {
            assertThat(ledger.awaitRoundAfter(Round.of(3), Duration.ofSeconds(5)).value()).isGreaterThan(3);
        }
    }

    @Test
    void withoutABlockTimeRoundsOnlyAdvanceOnDemand() {
        try (SimulatedLedger ledger = new SimulatedLedger()) {
            assertThat(ledger.awaitRoundAfter(Round.ZERO, Duration.ofMillis(30))).isEqualTo(Round.ZERO);

            assertThat(ledger.produceBlock()).isEqualTo(Round.of(1));
            assertThat(ledger.block(Round.of(1))).isPresent();
            assertThat(ledger.block(Round.of(2))).isEmpty();
        }
    }

    @Test
    void concurrentSubmittersAreAllCommittedExactlyOnce() throws Exception {
        int threads = 8;
        int paymentsEach = 25;
        try (LedgerKit kit = new LedgerKit(new SimulatedLedger(SimulatedLedger.Config.manualBlocks()
                .withBlockTime(Duration.ofMillis(3))))) {
            Address receiver = address(LedgerKit.newAccount());
            kit.ledger.fund(receiver, dev.stickerplatform.domain.model.MicroAlgos.ofAlgo(1));
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<List<TxId>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Account payer = kit.fundedAccount(10_000_000);
                results.add(pool.submit(() -> {
                    List<TxId> ids = new ArrayList<>();
                    for (int i = 0; i < paymentsEach; i++) {
                        // distinct notes keep every payment a distinct transaction
                        var txn = kit.params(com.algorand.algosdk.transaction.Transaction.PaymentTransactionBuilder(),
                                payer).receiver(LedgerKit.algo(receiver)).amount(1_000L).noteUTF8("p" + i).build();
                        ids.addAll(kit.submit(sign(payer, txn)));
                    }
                    return ids;
                }));
            }
            List<TxId> all = new ArrayList<>();
            for (Future<List<TxId>> result : results) {
                all.addAll(result.get());
            }
            pool.shutdown();
            kit.ledger.produceBlock();

            assertThat(all).hasSize(threads * paymentsEach).doesNotHaveDuplicates();
            assertThat(all).allSatisfy(id -> assertThat(kit.ledger.confirmation(id)).isPresent());
            assertThat(kit.ledger.account(receiver).balance().value())
                    .isEqualTo(1_000_000 + (long) threads * paymentsEach * 1_000);
        }
    }
}
