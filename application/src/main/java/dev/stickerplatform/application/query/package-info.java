/**
 * Read models for fans, creators and leaderboards: records assembled from the store with a bounded number of
 * calls per request (never one call per row), paged wherever a list can grow.
 *
 * <p><b>Public API</b> for embedders (see {@code dev.stickerplatform.bootstrap.embedding}): the use cases with
 * their Command/Query/Result records.
 */
package dev.stickerplatform.application.query;
