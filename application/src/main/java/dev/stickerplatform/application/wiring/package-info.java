/**
 * The use cases wired once from the ports and their settings: the server's composition root ({@code bootstrap}) and
 * the HTTP adapter's tests both build them here, so there is one copy of the wiring. Plain code, no framework.
 */
package dev.stickerplatform.application.wiring;
