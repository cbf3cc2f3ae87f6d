/**
 * How requests reach handlers: the {@link dev.stickerplatform.adapters.http.routing.RouteTable} (every route with
 * its route class and declared access; rate limit and access policy run before each handler), and the helpers
 * that turn path, query and body input into domain values or a precise 400.
 *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.adapters.http.routing;
