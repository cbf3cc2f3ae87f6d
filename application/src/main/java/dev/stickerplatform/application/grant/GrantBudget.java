package dev.stickerplatform.application.grant;

/**
 * The platform-wide budget grants spend from (each granted sticker costs the platform its mint, its delivery and
 * 0.1 ALGO of minimum balance, with no tip fee to pay for them). Asked once per wallet of a grant, before anything
 * is recorded; a refusal leaves that wallet out of the grant.
 */
@FunctionalInterface
public interface GrantBudget {
    /** No platform-wide cap (the per-creator quota still applies). */
    GrantBudget UNLIMITED = stickers -> true;

    /** Takes {@code stickers} granted stickers from today's budget; false (taking nothing) when it would overrun. */
    boolean tryTake(int stickers);
}
