/**
 * Writing to the chain exactly once: intent and txid persisted before submitting.
 *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.application.chainwrite;
