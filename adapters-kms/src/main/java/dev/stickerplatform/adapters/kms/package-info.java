/**
 * Signers for the platform's accounts, behind the domain's {@code Signer} / {@code Signers} ports.
 *
 * <p>{@link dev.stickerplatform.adapters.kms.LocalKeySigner} holds an Ed25519 key in process memory and is for
 * development and tests only; production keys live in an HSM ({@link dev.stickerplatform.adapters.kms.Pkcs11Signer})
 * or in Vault Transit ({@link dev.stickerplatform.adapters.kms.VaultTransitSigner}) and never enter the JVM.
 * {@link dev.stickerplatform.adapters.kms.SignerFactory} builds one signer per role from configuration and wraps
 * each in an {@link dev.stickerplatform.adapters.kms.AuditingSigner}, so every signature reaches the audit log.
 *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.adapters.kms;
