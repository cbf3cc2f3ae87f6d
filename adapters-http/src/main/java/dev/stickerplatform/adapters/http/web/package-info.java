/**
 * The web app (served at {@code /}) and the API explorer ({@code /docs}): static files that npm builds from
 * {@code src/main/web} into this module's resources during the Maven build, served from the jar with their own
 * Content-Security-Policy and cache headers. No file is fetched from a CDN at run time.
 *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.adapters.http.web;
