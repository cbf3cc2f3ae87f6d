package dev.stickerplatform.application.chainwrite;

import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Chain.TxStatus;
import dev.stickerplatform.domain.port.ChainRejectedException;
import java.time.Duration;

/**
 * The one rule every platform write follows (ARCHITECTURE.md §3): a write is signed and recorded before it is
 * submitted, and whenever its outcome is unknown the chain is asked. Confirmed → adopt; dead (past lastValid,
 * never confirmed) → the caller rebuilds it with the same lease; otherwise → the very same bytes are
 * (re)submitted, which is harmless if they already arrived.
 */
public final class ChainWrites {
    private final Chain chain;

    public ChainWrites(Chain chain) {
        this.chain = chain;
    }

    /** What is known about a recorded write after asking the chain (and resubmitting it when still open). */
    public sealed interface Progress {
        record Confirmed(TxStatus.Confirmed status) implements Progress {
        }

        /** Still open; it was (re)submitted. {@code rejection} is the chain's reason if it refused it now. */
        record Open(String rejection) implements Progress {
        }

        record Dead() implements Progress {
        }
    }

    /** Asks the chain about {@code write} and resubmits it while it can still confirm. */
    public Progress check(ChainWrite write) {
        Progress progress = status(write);
        return progress instanceof Progress.Open ? submit(write) : progress;
    }

    /** Asks the chain about {@code write} without submitting anything (an open write is reported with no news). */
    public Progress status(ChainWrite write) {
        return switch (chain.status(write.txId(), write.lastValid())) {
            case TxStatus.Confirmed confirmed -> new Progress.Confirmed(confirmed);
            case TxStatus.Dead dead -> new Progress.Dead();
            case TxStatus.Pending pending -> new Progress.Open(null);
        };
    }

    /** Submits a freshly recorded write. A refusal is reported, not thrown: the write stays recorded. */
    public Progress submit(ChainWrite write) {
        try {
            chain.submit(write);
            return new Progress.Open(null);
        } catch (ChainRejectedException e) {
            return new Progress.Open(e.reason());
        }
    }

    /**
     * Checks {@code write} until it is confirmed or dead or {@code maxRounds} rounds have passed; returns the last
     * progress seen. Used where a caller answers synchronously (registration, claim, faucet, key rotation). A wait
     * for a round that times out counts as a round, so a stalled chain ends the wait after
     * {@code maxRounds × roundTimeout} instead of never.
     */
    public Progress await(ChainWrite write, int maxRounds, Duration roundTimeout) {
        Round start = chain.currentRound();
        Progress progress = check(write);
        Round seen = start;
        for (int waits = 0; progress instanceof Progress.Open && waits < maxRounds
                && seen.value() - start.value() < maxRounds; waits++) {
            seen = chain.awaitRoundAfter(seen, roundTimeout);
            progress = check(write);
        }
        return progress;
    }
}
