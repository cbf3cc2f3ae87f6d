package dev.stickerplatform.adapters.http.metrics;

/** A connection pool's state: connections in use, idle ones and callers waiting for one. */
public record PoolStats(int active, int idle, int waiting) {
}
