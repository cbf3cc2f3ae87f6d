package dev.stickerplatform.adapters.algorand.simulated;

/**
 * An approval program the simulated ledger can run, written in Java. The ledger accepts an application only if
 * its approval program bytes belong to a registered {@link KnownProgram}, so every app on the ledger runs a
 * program whose semantics are known.
 */
@FunctionalInterface
public interface AppProgram {
    /** Returns normally to approve the call; throws {@link AppRejectedException} to reject it. */
    void approve(AppContext context);
}
