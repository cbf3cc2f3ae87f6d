package dev.stickerplatform.adapters.kms;

import java.util.Objects;
import java.util.Optional;

/**
 * Why, and for whom, the signatures made on the current thread are made, for the audit trail:
 * <pre>{@code
 * try (var scope = SigningContext.purpose("mint sticker for tip " + tipId)) {
 *     chain.submit(...);   // every AuditingSigner.sign on this thread records that purpose
 * }
 * try (var scope = SigningContext.requester("cli keys rotate by alice")) { ... }
 * }</pre>
 * Scopes nest; closing one restores the outer value. Without a purpose the role's default purpose is recorded;
 * without a requester, the process and thread ({@link #defaultRequester()}).
 */
public final class SigningContext {
    static final int MAX_LENGTH = 200;
    private static final ThreadLocal<String> PURPOSE = new ThreadLocal<>();
    private static final ThreadLocal<String> REQUESTER = new ThreadLocal<>();

    private SigningContext() {
    }

    /** Sets the purpose until the returned scope is closed (on the same thread). */
    public static Scope purpose(String purpose) {
        return open(PURPOSE, Objects.requireNonNull(purpose, "purpose"));
    }

    /** Sets who asks for the signatures until the returned scope is closed (on the same thread). */
    public static Scope requester(String requester) {
        return open(REQUESTER, Objects.requireNonNull(requester, "requester"));
    }

    /** The innermost open purpose on this thread, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(PURPOSE.get());
    }

    /** The innermost open requester on this thread, else {@link #defaultRequester()}. */
    public static String currentRequester() {
        String requester = REQUESTER.get();
        return requester != null ? requester : defaultRequester();
    }

    /** The process and thread asking, e.g. {@code pid 4711 thread mint-worker-2}. */
    static String defaultRequester() {
        return cut("pid " + ProcessHandle.current().pid() + " thread " + Thread.currentThread().getName());
    }

    private static Scope open(ThreadLocal<String> slot, String value) {
        String previous = slot.get();
        slot.set(cut(value));
        return () -> {
            if (previous == null) {
                slot.remove();
            } else {
                slot.set(previous);
            }
        };
    }

    private static String cut(String value) {
        return value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
    }

    /** Ends a scope; never throws. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
