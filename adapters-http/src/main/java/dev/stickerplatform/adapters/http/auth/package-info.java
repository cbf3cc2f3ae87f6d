/**
 * Wallet sign-in over HTTP and the access tokens it earns: {@code POST /auth/challenge}, {@code POST /auth/verify}
 * and {@code GET /.well-known/jwks.json} ({@link dev.stickerplatform.adapters.http.auth.AuthRoutes}), EdDSA
 * (Ed25519) JWTs issued and verified with jjwt ({@link dev.stickerplatform.adapters.http.auth.AccessTokens}), and
 * the {@link dev.stickerplatform.adapters.http.auth.JwtAccessPolicy} every state-changing route goes through.
 */
package dev.stickerplatform.adapters.http.auth;
