package dev.stickerplatform.adapters.persistence.postgres;

import static dev.stickerplatform.domain.port.TestData.aJob;
import static dev.stickerplatform.domain.port.TestData.aTip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Race;
import dev.stickerplatform.domain.port.TestData;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Acceptance: 8 concurrent writers × 1,000 tips each, with overlapping txids across writers, each writing its tips
 * and their mint jobs in transactions the way the listener does; afterwards the rows are exactly the distinct
 * tips and one job per tip — nothing lost, nothing twice.
 */
class PostgresConcurrentWritersTest {
    private static final int WRITERS = 8;
    private static final int TIPS_PER_WRITER = 1_000;
    private static final int DISTINCT = 4_000;
    /**
     * Writer w writes the txids w × OFFSET … w × OFFSET + 999 (modulo DISTINCT): windows overlapping by one to three
     * writers, and not aligned with the transactions, so overlapping batches meet half-way through.
     */
    private static final int OFFSET = 437;
    private static final int PER_TRANSACTION = 20;

    @RegisterExtension
    static final PostgresExtension db = new PostgresExtension();

    @Test
    void eightWritersOfOverlappingTipsLoseAndDuplicateNothing() throws SQLException {
        PostgresStore store = db.emptyStore();
        List<Tip> tips = IntStream.range(0, DISTINCT)
                .mapToObj(i -> aTip().withTxId(TestData.txId("concurrent-" + i)).from(fan(i)).build())
                .toList();

        List<int[]> written = Race.run(WRITERS, writer -> {
            int[] inserted = new int[2];
            for (int start = 0; start < TIPS_PER_WRITER; start += PER_TRANSACTION) {
                // like a block's tips, each batch is written in one order (by txid); without a common order two
                // transactions inserting the same keys can deadlock, which Postgres resolves by failing one
                List<Tip> batch = IntStream.range(start, start + PER_TRANSACTION)
                        .mapToObj(i -> tips.get((writer * OFFSET + i) % DISTINCT))
                        .sorted(Comparator.comparing(tip -> tip.txId().value()))
                        .toList();
                int[] counts = store.inTransaction(tx -> {
                    int[] n = new int[2];
                    for (Tip tip : batch) {
                        if (tx.tips().insertIfAbsent(tip)) {
                            n[0]++;
                        }
                        if (tx.mintJobs().insertIfAbsent(aJob().forTip(tip.txId()).build())) {
                            n[1]++;
                        }
                    }
                    return n;
                });
                inserted[0] += counts[0];
                inserted[1] += counts[1];
            }
            return inserted;
        });

        Set<String> expected = new HashSet<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            for (int i = 0; i < TIPS_PER_WRITER; i++) {
                expected.add(tips.get((writer * OFFSET + i) % DISTINCT).txId().value());
            }
        }
        assertThat(written.stream().mapToInt(n -> n[0]).sum()).isEqualTo(expected.size());
        assertThat(written.stream().mapToInt(n -> n[1]).sum()).isEqualTo(expected.size());
        assertThat(column("SELECT tx_id FROM tips")).hasSize(expected.size()).isEqualTo(expected);
        assertThat(column("SELECT tip_tx_id FROM mint_jobs")).hasSize(expected.size()).isEqualTo(expected);
        assertThat(store.mintJobs().countByStage().get(JobStage.QUEUED)).isEqualTo(expected.size());
        TxId sample = tips.get(1234).txId();
        assertThat(store.tips().find(sample)).contains(tips.get(1234));
        assertThat(store.mintJobs().find(MintJob.idFor(sample))).isPresent();
    }

    private static Address fan(int i) {
        return TestData.address("fan-" + i % 50);
    }

    /** Every value of the query's column; a duplicate would show as a size mismatch. */
    private static Set<String> column(String sql) throws SQLException {
        try (Connection connection = db.newDataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            Set<String> values = new HashSet<>();
            int rows = 0;
            while (rs.next()) {
                values.add(rs.getString(1));
                rows++;
            }
            assertThat(rows).as("rows of " + sql).isEqualTo(values.size());
            return values;
        }
    }
}
