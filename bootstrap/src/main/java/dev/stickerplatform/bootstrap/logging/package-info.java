/**
 * Logging: Logback configured from the environment ({@code LOG_FORMAT=text|json}, {@code LOG_LEVEL},
 * {@code LOG_LEVELS}) before anything logs, and the one-JSON-object-per-line encoder operators feed to their log
 * pipeline. The diagnostic context (request, wallet, job, tip, round, transaction ids) reaches every line through
 * SLF4J's MDC.
 *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.bootstrap.logging;
