/**
 * The web app (served at {@code /}) and the API explorer ({@code /docs}): static files that npm builds from
 * {@code src/main/web} into this module's resources during the Maven build, served from the jar with their own
 * Content-Security-Policy and cache headers. No file is fetched from a CDN at run time.
 */
package dev.stickerplatform.adapters.http.web;
