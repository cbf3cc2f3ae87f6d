package dev.stickerplatform.domain.port;

/**
 * Tells readers whether anything was written since they last looked, so a view computed earlier can be served
 * again without asking the store: {@link #current()} answers a token that differs from every earlier one once any
 * write has been committed, in this process or any other sharing the records. A view computed after reading token
 * {@code t} is current for as long as {@link #current()} still answers {@code t}.
 */
@FunctionalInterface
public interface ViewVersions {
    /** No version is known: views are computed on every read. */
    ViewVersions NONE = () -> null;

    /**
     * The version of all committed records right now (read after this call began, so every write committed before
     * it counts), or null when unknown.
     *
     * @throws StoreUnavailableException when the store cannot be asked
     */
    String current();
}
