package dev.stickerplatform.adapters.http;

import dev.stickerplatform.domain.port.RateLimiter;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A limiter for tests: counts per key forever (no window), remembering every key it was asked about. */
final class CountingRateLimiter implements RateLimiter {
    final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    @Override
    public Decision acquire(String key, Policy policy) {
        AtomicInteger count = counts.computeIfAbsent(key, k -> new AtomicInteger());
        int used = count.incrementAndGet();
        if (used > policy.limit()) {
            count.decrementAndGet();
            return new Decision(false, policy.limit(), 0, policy.window(), Duration.ofSeconds(42));
        }
        return new Decision(true, policy.limit(), policy.limit() - used, policy.window(), Duration.ZERO);
    }
}
