/**
 * Signing keys against the chain: rotating a role's key by rekeying its account ({@link
 * dev.stickerplatform.application.keys.RotateSignerService}), keeping a role that holds the current and the next key
 * on the one the chain authorizes ({@link dev.stickerplatform.application.keys.SignerKeysService}, {@link
 * dev.stickerplatform.application.keys.RekeyAwareChain}), and the per-role view of {@code keys show}. Nothing here
 * knows where a key lives (HSM, Vault, memory).
 *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.application.keys;
