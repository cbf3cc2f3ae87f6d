package dev.stickerplatform.application.auth;

import java.util.Map;

/** How a wallet answered a sign-in challenge. */
public sealed interface SignInProof {
    /** Pera {@code signData} / algosdk {@code signBytes} of the message: Ed25519 over {@code "MX" + message}. */
    record SignBytes(byte[] signature) implements SignInProof {
    }

    /**
     * ARC-60 AUTH: {@code data} is the canonical JSON the wallet hashed and {@code fields} its top-level string
     * members, in CAIP-122 names ({@link SignInMessage#isNamedBy}); the signature covers
     * {@code sha256(data) ‖ sha256(authenticatorData)}.
     */
    record Arc60(byte[] data, Map<String, String> fields, byte[] authenticatorData, byte[] signature)
            implements SignInProof {
        public Arc60 {
            fields = Map.copyOf(fields);
        }
    }
}
