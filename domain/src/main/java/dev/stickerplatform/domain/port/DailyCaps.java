package dev.stickerplatform.domain.port;

import java.time.LocalDate;

/**
 * Counts what the platform spends per kind and UTC day against an operator's cap, shared by every process in
 * production (PostgreSQL).
 *
 * <p>Contract: {@link #consume} is atomic — of any number of concurrent calls for one kind and day, those allowed
 * never add up to more than {@code cap}; a refused call counts nothing. Counts of past days are kept (they are the
 * platform's spending history) and never change. Failures are {@link StoreUnavailableException}: an outage is never
 * read as "under the cap".
 */
public interface DailyCaps {
    /**
     * Adds {@code amount} to the count of {@code kind} on {@code day} if the total stays at most {@code cap}.
     *
     * @param amount how much this spend counts (1 per operation, or µALGO); positive
     * @param cap    the day's limit for the kind; positive
     * @return whether it was counted, and the day's total after the call
     */
    Decision consume(DailyCapKind kind, LocalDate day, long amount, long cap);

    /** The count of {@code kind} on {@code day} (0 when nothing was counted). */
    long used(DailyCapKind kind, LocalDate day);

    /** @param used the day's total after the call (including this spend when allowed) */
    record Decision(boolean allowed, long used) {
    }
}
