/** The fiat on-ramp's HTTP side: Transak's signed webhooks. *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.adapters.http.onramp;
