/**
 * JSON on the wire: the Jackson configuration (exact decimals, ISO-8601 instants, strict parsing), deserializers
 * for the domain's value types that name the bad field, and exact ALGO amounts.
 *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.adapters.http.json;
