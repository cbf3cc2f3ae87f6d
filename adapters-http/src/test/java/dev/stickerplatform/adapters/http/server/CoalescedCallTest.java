package dev.stickerplatform.adapters.http.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** One call shared by concurrent callers, never one that began before a caller asked. */
class CoalescedCallTest {

    @Test
    void everyCallerGetsACallThatBeganAfterItAsked() throws Exception {
        AtomicLong writes = new AtomicLong();
        AtomicLong calls = new AtomicLong();
        // the call answers how many writes had happened when it began
        CoalescedCall<Long> version = new CoalescedCall<>(() -> {
            calls.incrementAndGet();
            long seen = writes.get();
            Thread.yield();
            return seen;
        });
        int callers = 64;
        int rounds = 200;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                running.add(pool.submit(() -> {
                    for (int r = 0; r < rounds; r++) {
                        long written = writes.incrementAndGet();
                        assertThat(version.get()).isGreaterThanOrEqualTo(written);
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        }
        assertThat(calls.get()).isPositive().isLessThanOrEqualTo((long) callers * rounds);
    }

    @Test
    void aFailedCallFailsItsCallersAndTheNextCallRunsAgain() {
        AtomicLong calls = new AtomicLong();
        CoalescedCall<String> call = new CoalescedCall<>(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("down");
            }
            return "up";
        });
        assertThatThrownBy(call::get).isInstanceOf(IllegalStateException.class).hasMessage("down");
        assertThat(call.get()).isEqualTo("up");
    }
}
