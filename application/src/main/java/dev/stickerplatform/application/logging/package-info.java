/**
 * The diagnostic context of log lines ({@link dev.stickerplatform.application.logging.LogContext}), without a
 * logging framework: bootstrap connects it to SLF4J's MDC.
 *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.application.logging;
