/**
 * The API's response bodies: one record per resource, named {@code <Resource>Json}, each with a static {@code of}
 * that builds it from the use cases' results and domain values. The routes only pick the status and map a result to
 * one of these. Components are camelCase and serialize in declaration order; every ALGO amount appears as
 * {@code …MicroAlgos} (integer) and {@code …Algo} (decimal string); instants are ISO-8601 with {@code Z}; absent
 * values are {@code null}, never left out. A resource answered in several shapes (an outcome per case) is a sealed
 * interface with one nested record per shape. Error bodies are not here: they are problems ({@code problem}).
 *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.adapters.http.resources;
