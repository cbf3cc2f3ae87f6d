/**
 * The TipProxy contract as this module sees it: the TEAL programs shipped by the {@code contracts} artifact and
 * the ARC-4 method selectors and argument encodings its callers use.
 */
package dev.stickerplatform.adapters.algorand.tipproxy;
