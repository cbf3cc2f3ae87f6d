/**
 * Creators' tip jars (TipProxy apps): registration, upgrades, deployments.
 *
 * <p><b>Public API</b> for embedders (see {@code dev.stickerplatform.bootstrap.embedding}): the use cases with
 * their Command/Query/Result records.
 */
package dev.stickerplatform.application.tipjar;
