/**
 * The fiat on-ramp (Transak): a fan buys ALGO with fiat, the ALGO arrives in the platform's account, and the
 * platform tips the creator in the fan's name with TipProxy's {@code tip_for}, so the fan gets the sticker.
 *
 * <p><b>Public API</b> for embedders (see {@code dev.stickerplatform.bootstrap.embedding}): the use cases with
 * their Command/Query/Result records.
 */
package dev.stickerplatform.application.onramp;
