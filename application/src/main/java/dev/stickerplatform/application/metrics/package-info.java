/**
 * What the use cases report for monitoring, as small framework-free interfaces (each with a {@code NONE} that
 * records nothing): the HTTP adapter implements them with Micrometer and serves them on {@code /metrics}.
 *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.application.metrics;
