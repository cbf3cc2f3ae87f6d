/**
 * Signers for the platform's accounts, behind the domain's {@code Signer} / {@code Signers} ports.
 *
 * <p>{@link dev.stickerplatform.adapters.kms.LocalKeySigner} holds an Ed25519 key in process memory and is for
 * development and tests only; production keys live in an HSM or a cloud KMS and never enter the JVM.
 */
package dev.stickerplatform.adapters.kms;
