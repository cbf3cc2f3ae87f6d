/**
 * Configuration: what the platform is configured with, read once from the environment (or from settings given in
 * code by an embedder) into immutable records. {@link dev.stickerplatform.bootstrap.config.PlatformConfig} is made
 * of one small record per consumer ({@code *Settings}, {@code OperationsConfig}, {@code NetworkProfile}, …), each
 * reading and checking its own variables through {@link dev.stickerplatform.bootstrap.config.Env}; a bad value is a
 * {@link dev.stickerplatform.bootstrap.config.ConfigException} naming the variable. {@code StartupGuards} holds what
 * a configuration is refused for (mainnet guards, the expected genesis), so {@code serve} and {@code config check}
 * refuse the same things.
 *
 * <p>A new setting goes into the record of the part that uses it (and the README's configuration table). Nothing
 * here opens a connection or starts a thread: building adapters from these records is {@code bootstrap.wiring}'s.
 *
 * <p><b>Internal</b>: not part of the embedding API (embedders pass settings by name to
 * {@code dev.stickerplatform.bootstrap.embedding.StickerPlatform}); may change without notice.
 */
package dev.stickerplatform.bootstrap.config;
