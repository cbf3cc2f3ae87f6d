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
import java.util.function.Consumer;
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

    /**
     * Starts a transaction of {@code store} on a thread of its own, runs {@code write} in it and returns while the
     * transaction is still open (written, not committed), so that the caller can look at the store from outside.
     * {@link OpenTransaction#commit()} lets it commit; closing it without that lets it go without waiting.
     */
    public static OpenTransaction openTransaction(Store store, Consumer<Store> write) throws InterruptedException {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Object> transaction = inBackground(() -> store.inTransaction(tx -> {
            write.accept(tx);
            written.countDown();
            try {
                if (!finish.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("gave up waiting");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return null;
        }));
        OpenTransaction open = new OpenTransaction(finish, transaction);
        if (!written.await(10, TimeUnit.SECONDS)) {
            open.close();
            throw new AssertionError("the transaction did not write within 10 s");
        }
        return open;
    }

    /** A transaction {@link #openTransaction} holds open on another thread. */
    public static final class OpenTransaction implements AutoCloseable {
        private final CountDownLatch finish;
        private final CompletableFuture<Object> transaction;

        private OpenTransaction(CountDownLatch finish, CompletableFuture<Object> transaction) {
            this.finish = finish;
            this.transaction = transaction;
        }

        /** Lets the transaction commit and waits (10 s at most) until it has. */
        public void commit() throws Exception {
            finish.countDown();
            transaction.get(10, TimeUnit.SECONDS);
        }

        @Override
        public void close() {
            finish.countDown();
        }
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
