/**
 * The API's endpoints, one route group per feature ({@code CreatorRoutes}, {@code FanRoutes}, ...). A group turns
 * request input into a use-case command, calls the use case, and switches exhaustively over its sealed result to
 * pick the status and map the result to its response record in {@code resources}. The machinery every route runs
 * through (route table, guards, request parameters) is {@code server}.
 *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.adapters.http.routes;
