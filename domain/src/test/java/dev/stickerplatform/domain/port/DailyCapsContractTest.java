package dev.stickerplatform.domain.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link DailyCaps}, for every implementation: extend it and return empty caps from
 * {@link #newCaps()}. Each test uses its own day, so a shared table needs no cleaning between tests.
 */
public abstract class DailyCapsContractTest {
    protected DailyCaps caps;
    private final LocalDate day = LocalDate.of(2000, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(300_000));

    protected abstract DailyCaps newCaps();

    @BeforeEach
    void createCaps() {
        caps = newCaps();
    }

    @Test
    void countsUpToTheCapAndRefusesWithoutCounting() {
        assertThat(caps.consume(DailyCapKind.DEPLOYMENT, day, 1, 2)).isEqualTo(new DailyCaps.Decision(true, 1));
        assertThat(caps.consume(DailyCapKind.DEPLOYMENT, day, 1, 2)).isEqualTo(new DailyCaps.Decision(true, 2));
        assertThat(caps.consume(DailyCapKind.DEPLOYMENT, day, 1, 2)).isEqualTo(new DailyCaps.Decision(false, 2));
        assertThat(caps.used(DailyCapKind.DEPLOYMENT, day)).isEqualTo(2);
    }

    @Test
    void anAmountThatWouldGoOverIsRefusedWholeEvenOnAnEmptyDay() {
        assertThat(caps.consume(DailyCapKind.FAUCET, day, 5, 4).allowed()).isFalse();
        assertThat(caps.consume(DailyCapKind.FAUCET, day, 3, 4).allowed()).isTrue();
        assertThat(caps.consume(DailyCapKind.FAUCET, day, 2, 4).allowed()).isFalse();
        assertThat(caps.consume(DailyCapKind.FAUCET, day, 1, 4)).isEqualTo(new DailyCaps.Decision(true, 4));
    }

    @Test
    void kindsAndDaysAreCountedApart() {
        caps.consume(DailyCapKind.GRANT, day, 1, 1);
        assertThat(caps.consume(DailyCapKind.GRANT, day.plusDays(1), 1, 1).allowed()).isTrue();
        assertThat(caps.consume(DailyCapKind.DEPLOYMENT, day, 1, 1).allowed()).isTrue();
        assertThat(caps.used(DailyCapKind.GRANT, day)).isEqualTo(1);
        assertThat(caps.used(DailyCapKind.FAUCET, day)).isZero();
    }

    @Test
    void concurrentSpendsNeverCountPastTheCap() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<DailyCaps.Decision>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                calls.add(pool.submit(() -> caps.consume(DailyCapKind.DEPLOYMENT, day, 1, 7)));
            }
            int allowed = 0;
            for (Future<DailyCaps.Decision> call : calls) {
                allowed += call.get().allowed() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(7);
            assertThat(caps.used(DailyCapKind.DEPLOYMENT, day)).isEqualTo(7);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSpendAndACapArePositive() {
        assertThatThrownBy(() -> caps.consume(DailyCapKind.FAUCET, day, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> caps.consume(DailyCapKind.FAUCET, day, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
