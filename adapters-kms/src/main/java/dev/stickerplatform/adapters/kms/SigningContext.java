package dev.stickerplatform.adapters.kms;

import java.util.Objects;
import java.util.Optional;

/**
 * The purpose of the signatures made on the current thread, for the audit log:
 * <pre>{@code
 * try (var scope = SigningContext.purpose("mint sticker for tip " + tipId)) {
 *     chain.submit(...);   // every AuditingSigner.sign on this thread records that purpose
 * }
 * }</pre>
 * Scopes nest; closing one restores the outer purpose. Without a scope the role's default purpose is recorded.
 */
public final class SigningContext {
    static final int MAX_LENGTH = 200;
    private static final ThreadLocal<String> PURPOSE = new ThreadLocal<>();

    private SigningContext() {
    }

    /** Sets the purpose until the returned scope is closed (on the same thread). */
    public static Scope purpose(String purpose) {
        Objects.requireNonNull(purpose, "purpose");
        String previous = PURPOSE.get();
        PURPOSE.set(purpose.length() > MAX_LENGTH ? purpose.substring(0, MAX_LENGTH) : purpose);
        return () -> {
            if (previous == null) {
                PURPOSE.remove();
            } else {
                PURPOSE.set(previous);
            }
        };
    }

    /** The innermost open purpose on this thread, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(PURPOSE.get());
    }

    /** Ends a {@link #purpose(String)} scope; never throws. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
