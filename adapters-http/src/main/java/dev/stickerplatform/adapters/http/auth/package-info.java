/**
 * Wallet sign-in over HTTP and the access tokens it earns: {@code POST /auth/challenge}, {@code POST /auth/verify}
 * and {@code GET /.well-known/jwks.json} ({@link dev.stickerplatform.adapters.http.auth.AuthRoutes}), EdDSA
 * (Ed25519) JWTs issued and verified with jjwt ({@link dev.stickerplatform.adapters.http.auth.AccessTokens}), and
 * the {@link dev.stickerplatform.adapters.http.auth.JwtAccessPolicy} every state-changing route goes through.
 *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.adapters.http.auth;
