package dev.stickerplatform.domain.port;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/** Runs one task per thread, all released at once, and collects what each returned (in thread order). */
public final class Race {
    private static final long TIMEOUT_SECONDS = 30;

    private Race() {
    }

    public static <T> List<T> run(int threads, IntFunction<T> task) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.apply(index);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        } catch (ExecutionException e) {
            throw new AssertionError("a racing task failed", e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("the race did not finish", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs {@code task} on a thread of its own (never a shared pool, whose few threads a blocked task could
     * starve).
     */
    public static <T> CompletableFuture<T> inBackground(Supplier<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(task.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "race-background");
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /** Runs {@code task} and says whether it threw {@code expected} (true) or returned normally (false). */
    public static boolean throwsOrNot(Runnable task, Class<? extends RuntimeException> expected) {
        try {
            task.run();
            return false;
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return true;
            }
            throw e;
        }
    }
}
