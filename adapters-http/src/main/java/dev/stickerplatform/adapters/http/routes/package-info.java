/**
 * The API's routes, one group per feature ({@code CreatorRoutes}, {@code FanRoutes}, ...). A group turns request
 * input into a use-case command, calls the use case, and switches exhaustively over its sealed result to pick
 * the status and a small response record. Response records are camelCase; every ALGO amount appears as
 * {@code …MicroAlgos} (integer) and {@code …Algo} (decimal string); instants are ISO-8601 with {@code Z}.
 *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.adapters.http.routes;
