/**
 * The platform's own money: what its role accounts hold and must keep, what the stickers lock, what each kind of
 * work costs per day, the fees that come in, and how long the balances last at the current rate.
 *
 * <p><b>Public API</b> for embedders (see {@code dev.stickerplatform.bootstrap.embedding}): the use cases with
 * their Command/Query/Result records.
 */
package dev.stickerplatform.application.treasury;
