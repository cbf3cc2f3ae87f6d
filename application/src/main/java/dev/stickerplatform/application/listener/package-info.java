/**
 * The chain listener: follows rounds, records tips, enqueues mint jobs.
 *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.application.listener;
