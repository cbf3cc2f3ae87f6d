/**
 * Read models for fans, creators and leaderboards: records assembled from the store with a bounded number of
 * calls per request (never one call per row), paged wherever a list can grow.
 */
package dev.stickerplatform.application.query;
