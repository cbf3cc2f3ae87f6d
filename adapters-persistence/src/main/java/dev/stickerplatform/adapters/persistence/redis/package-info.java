/**
 * Redis adapters (Jedis): the shared {@link dev.stickerplatform.adapters.persistence.redis.JedisRateLimiter} and
 * {@link dev.stickerplatform.adapters.persistence.redis.JedisChallengeStore} over one
 * {@link dev.stickerplatform.adapters.persistence.redis.RedisConnection} per process. Every Jedis exception is
 * translated to the port's own exception.
 *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.adapters.persistence.redis;
