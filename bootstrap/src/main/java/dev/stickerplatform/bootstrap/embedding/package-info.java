/**
 * <b>Public API</b> for running the Sticker Platform inside another JVM application:
 * {@link dev.stickerplatform.bootstrap.embedding.StickerPlatform#builder()} is the one entry point (settings in code,
 * network, store, optional HTTP server; or your own {@code Chain}, {@code Store} and {@code Signer}s), and its
 * {@link dev.stickerplatform.bootstrap.embedding.StickerPlatform.Running Running} handle gives the use cases and
 * stops everything on {@code close()}.
 *
 * <p>What an embedder may rely on, besides this package: the types the use cases take and return, i.e. the domain
 * model and ports ({@code dev.stickerplatform.domain.model}, {@code dev.stickerplatform.domain.port}), the use case
 * classes and their {@code Command}/{@code Query}/{@code Result} records in {@code dev.stickerplatform.application..},
 * the {@code UseCases} record ({@code dev.stickerplatform.adapters.http.UseCases}) and, for development and tests,
 * {@code dev.stickerplatform.adapters.algorand.DevWallet}. Everything else (the rest of {@code
 * dev.stickerplatform.bootstrap}, the adapters' internals) is internal and may change without notice.
 */
package dev.stickerplatform.bootstrap.embedding;
