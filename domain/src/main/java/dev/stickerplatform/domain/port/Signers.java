package dev.stickerplatform.domain.port;

/** Looks up the signer of a role. Every role is always configured (possibly to the same key in development). */
public interface Signers {
    Signer forRole(SignerRole role);
}
