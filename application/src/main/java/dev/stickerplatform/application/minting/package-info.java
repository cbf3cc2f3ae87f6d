/**
 * The mint pipeline, its workers and the claim and expiry use cases.
 *
 * <p><b>Public API</b> for embedders (see {@code dev.stickerplatform.bootstrap.embedding}): the claim use case and
 * the jobs' records; the workers and the pipeline are internal.
 */
package dev.stickerplatform.application.minting;
