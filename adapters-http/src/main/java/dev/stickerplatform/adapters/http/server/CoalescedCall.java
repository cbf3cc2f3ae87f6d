package dev.stickerplatform.adapters.http.server;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Shares one call among everyone who asks while it is under way, without ever answering a caller with a result
 * of a call that began before the caller asked: callers arriving while a call runs wait for the next one, which
 * starts as soon as the running one ends and answers all of them. Under load N concurrent callers cost about two
 * calls instead of N.
 */
final class CoalescedCall<T> {
    private final Supplier<T> call;
    private final Object lock = new Object();
    private CompletableFuture<T> next;  // the call not started yet, shared by everyone waiting for it
    private boolean running;

    CoalescedCall(Supplier<T> call) {
        this.call = Objects.requireNonNull(call, "call");
    }

    /** The result of a call that began after this method was entered; its exception if it failed. */
    T get() {
        CompletableFuture<T> mine;
        boolean lead;
        synchronized (lock) {
            if (next == null) {
                next = new CompletableFuture<>();
            }
            mine = next;
            lead = !running;
            if (lead) {
                running = true;
                next = null;
            }
        }
        if (lead) {
            runAndHandOver(mine);
        }
        try {
            return mine.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Runs the call for {@code batch}, then starts the one the callers who came meanwhile wait for. */
    private void runAndHandOver(CompletableFuture<T> batch) {
        try {
            batch.complete(call.get());
        } catch (RuntimeException | Error e) {
            batch.completeExceptionally(e);
        }
        CompletableFuture<T> waiting;
        synchronized (lock) {
            waiting = next;
            next = null;
            running = waiting != null;
        }
        if (waiting != null) {
            Thread.ofVirtual().name("coalesced-call").start(() -> runAndHandOver(waiting));
        }
    }
}
