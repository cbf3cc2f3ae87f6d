/**
 * Redis adapters (Jedis): the shared {@link dev.stickerplatform.adapters.persistence.redis.JedisRateLimiter} and
 * {@link dev.stickerplatform.adapters.persistence.redis.JedisChallengeStore} over one
 * {@link dev.stickerplatform.adapters.persistence.redis.RedisConnection} per process. Every Jedis exception is
 * translated to the port's own exception.
 */
package dev.stickerplatform.adapters.persistence.redis;
