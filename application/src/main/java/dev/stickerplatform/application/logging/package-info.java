/**
 * The diagnostic context of log lines ({@link dev.stickerplatform.application.logging.LogContext}), without a
 * logging framework: bootstrap connects it to SLF4J's MDC.
 */
package dev.stickerplatform.application.logging;
