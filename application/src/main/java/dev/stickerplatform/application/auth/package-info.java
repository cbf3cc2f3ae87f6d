/**
 * Signing in with a wallet: a server-side challenge (a Sign-In-With-Algorand message with a single-use nonce)
 * and its verification against the wallet's current signing key on chain, in the Pera/algosdk {@code signBytes}
 * form or the ARC-60 AUTH form. Issuing the access token is the HTTP adapter's job; these use cases only say who
 * signed in and with which role.
 *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.application.auth;
