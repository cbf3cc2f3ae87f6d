/**
 * JSON on the wire: the Jackson configuration (exact decimals, ISO-8601 instants, strict parsing), deserializers
 * for the domain's value types that name the bad field, and exact ALGO amounts.
 */
package dev.stickerplatform.adapters.http.json;
