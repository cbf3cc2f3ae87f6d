package dev.stickerplatform.domain.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.domain.port.RateLimiter.Decision;
import dev.stickerplatform.domain.port.RateLimiter.Policy;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link RateLimiter}, for every implementation: extend it, return a limiter from
 * {@link #newLimiter()} and move its time forward in {@link #advance} (a mutable clock, or real sleeping for a
 * server-side clock, with a short {@link #window()}). Keys and policy names are fresh in every test, so a shared
 * server needs no cleaning.
 */
public abstract class RateLimiterContractTest {
    protected RateLimiter limiter;
    private final String key = "client-" + UUID.randomUUID();
    private final String policyName = "policy-" + UUID.randomUUID();

    protected abstract RateLimiter newLimiter();

    /** Lets {@code duration} pass for the limiter. */
    protected abstract void advance(Duration duration);

    /** The window the tests use; override with something short when {@link #advance} really waits. */
    protected Duration window() {
        return Duration.ofMinutes(1);
    }

    @BeforeEach
    void createLimiter() {
        limiter = newLimiter();
    }

    @Test
    void allowsExactlyTheLimitWithinAWindow() {
        assertThat(acquire(3, 5)).containsExactly(true, true, true, false, false);
    }

    @Test
    void remainingCountsDownToZero() {
        Policy policy = policy(3);

        assertThat(IntStream.range(0, 4).mapToObj(i -> limiter.acquire(key, policy)))
                .extracting(Decision::remaining).containsExactly(2, 1, 0, 0);
        assertThat(limiter.acquire(key, policy).limit()).isEqualTo(3);
    }

    @Test
    void rejectedCallsAreNotCounted() {
        Policy policy = policy(2);
        acquire(policy, 2);
        advance(window().dividedBy(2));
        assertThat(acquire(policy, 3)).containsOnly(false);

        advance(window().dividedBy(2).plus(window().dividedBy(10)));

        Decision decision = limiter.acquire(key, policy);
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.remaining()).isEqualTo(1);
    }

    @Test
    void theWindowSlidesWithTime() {
        Policy policy = policy(2);
        assertThat(acquire(policy, 1)).containsExactly(true);
        advance(window().dividedBy(2));
        assertThat(acquire(policy, 2)).containsExactly(true, false);

        advance(window().dividedBy(2).plus(window().dividedBy(10)));
        assertThat(acquire(policy, 2)).as("the first call has left the window").containsExactly(true, false);

        advance(window().dividedBy(2));
        assertThat(acquire(policy, 1)).as("the second call has left the window").containsExactly(true);
    }

    @Test
    void aRejectionSaysWhenToRetry() {
        Policy policy = policy(1);
        Decision allowed = limiter.acquire(key, policy);
        advance(window().dividedBy(4));

        Decision rejected = limiter.acquire(key, policy);

        assertThat(allowed.retryAfter()).isZero();
        assertThat(rejected.allowed()).isFalse();
        assertThat(rejected.retryAfter()).isPositive().isLessThanOrEqualTo(window().multipliedBy(3).dividedBy(4));
        assertThat(rejected.resetAfter()).isPositive().isLessThanOrEqualTo(window());
        advance(rejected.retryAfter().plus(window().dividedBy(100)));
        assertThat(limiter.acquire(key, policy).allowed()).isTrue();
    }

    @Test
    void anAllowedCallSaysWhenTheLimitIsFullAgain() {
        Decision decision = limiter.acquire(key, policy(5));

        assertThat(decision.resetAfter()).isPositive().isLessThanOrEqualTo(window());
        assertThat(decision.retryAfter()).isZero();
    }

    @Test
    void keysAreCountedApart() {
        Policy policy = policy(1);
        assertThat(limiter.acquire(key, policy).allowed()).isTrue();

        assertThat(limiter.acquire(key + "-other", policy).allowed()).isTrue();
        assertThat(limiter.acquire(key, policy).allowed()).isFalse();
    }

    @Test
    void policiesAreCountedApartForOneKey() {
        assertThat(limiter.acquire(key, new Policy(policyName + "-a", 1, window())).allowed()).isTrue();

        assertThat(limiter.acquire(key, new Policy(policyName + "-b", 1, window())).allowed()).isTrue();
    }

    @Test
    void concurrentCallersGetExactlyTheLimit() {
        Policy policy = policy(50);

        List<Long> allowed = Race.run(8, thread -> acquire(policy, 20).stream().filter(a -> a).count());

        assertThat(allowed.stream().mapToLong(Long::longValue).sum()).isEqualTo(50);
    }

    private Policy policy(int limit) {
        return new Policy(policyName, limit, window());
    }

    private List<Boolean> acquire(int limit, int calls) {
        return acquire(policy(limit), calls);
    }

    private List<Boolean> acquire(Policy policy, int calls) {
        return IntStream.range(0, calls).mapToObj(i -> limiter.acquire(key, policy).allowed()).toList();
    }
}
