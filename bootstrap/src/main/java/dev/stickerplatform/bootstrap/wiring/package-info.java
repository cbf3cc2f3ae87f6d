/**
 * The composition root: builds the adapters the configuration asks for ({@code ChainConnector},
 * {@code Persistence}, {@code ContentStores}, {@code RateLimiting}, {@code AuthWiring}, the signers' key refresh, the
 * simulated Transak), wires the use cases on them by hand ({@code Services}; no DI framework) and runs everything
 * ({@code Platform}: listener, mint workers, follow-ups, HTTP server). {@code EmbeddedPorts} is what an embedding
 * application hands over instead of configured adapters; {@code SignerKeys} is what {@code keys show|rotate} and the
 * start-up log say about the signing keys.
 *
 * <p>A new adapter choice, background loop or use case's wiring goes here; its settings go to
 * {@code bootstrap.config}.
 *
 * <p><b>Internal</b>: not part of the embedding API ({@code dev.stickerplatform.bootstrap.embedding} wraps
 * {@code Platform}); may change without notice.
 */
package dev.stickerplatform.bootstrap.wiring;
