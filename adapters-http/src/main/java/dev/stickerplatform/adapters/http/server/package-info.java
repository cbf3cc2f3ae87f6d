/**
 * The server's request-handling machinery, shared by every endpoint: the {@link
 * dev.stickerplatform.adapters.http.server.RouteTable} (every route with its route class and declared access; rate
 * limit and access policy run before each handler), the guards around a handler (CORS, body limit, rate limit,
 * view cache, coalesced calls), and the helpers that turn path, query and body input into domain values or a
 * precise 400. The endpoints themselves live in {@code routes}; the response bodies in {@code resources}.
 *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.adapters.http.server;
