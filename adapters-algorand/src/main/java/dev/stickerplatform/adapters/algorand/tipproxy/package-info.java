/**
 * The TipProxy contract as this module sees it: the TEAL programs shipped by the {@code contracts} artifact and
 * the ARC-4 method selectors and argument encodings its callers use.
 *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.adapters.algorand.tipproxy;
