/**
 * The HTTP adapter: a Javalin 6 server that exposes the platform's use cases as the JSON API of
 * {@code spec/API.md}.
 *
 * <p>Bootstrap builds an {@link dev.stickerplatform.adapters.http.HttpServer} from the {@link
 * dev.stickerplatform.adapters.http.UseCases}, an {@link dev.stickerplatform.adapters.http.HttpConfig}, the
 * {@link dev.stickerplatform.adapters.http.auth.Authentication} (sign-in and access tokens, whose JWT policy is
 * the {@link dev.stickerplatform.adapters.http.AccessPolicy}) and a rate limiter. Every route is declared in one
 * route table with its route class (for rate limiting) and its access rule; every state-changing route goes
 * through the access policy. Every error leaves through one mapper as {@code application/problem+json}
 * (RFC 9457) without stack traces or internal messages.
 *
 * <p>Sub-packages: {@code server} (the request-handling machinery: route table, guards, request parameters),
 * {@code routes} (the endpoints, one route group per feature), {@code resources} (one response record per
 * resource), {@code problem} (error mapping), {@code json} (Jackson configuration and exact ALGO amounts) and
 * {@code auth} (wallet sign-in, JWTs, the access policy).
 *
 * <p><b>Public API</b> for embedders: only the {@code UseCases} record (what {@code
 * StickerPlatform.Running#useCases()} returns). <b>Internal</b>: everything else here.
 */
package dev.stickerplatform.adapters.http;
