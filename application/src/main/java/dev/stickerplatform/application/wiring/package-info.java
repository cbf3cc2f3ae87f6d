/**
 * The use cases wired once from the ports and their settings: the server's composition root ({@code bootstrap}) and
 * the HTTP adapter's tests both build them here, so there is one copy of the wiring. Plain code, no framework.
 *
 * <p><b>Internal</b>: not part of the embedding API (embedders get the wired use cases from
 * {@code dev.stickerplatform.bootstrap.embedding}); may change without notice.
 */
package dev.stickerplatform.application.wiring;
