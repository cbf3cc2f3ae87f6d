/** The fiat on-ramp's HTTP side: Transak's signed webhooks. */
package dev.stickerplatform.adapters.http.onramp;
