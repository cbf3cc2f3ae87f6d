package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.domain.model.Address;

/** A wallet's sessions, all ended: how many were active. */
public record SessionsRevokedJson(String walletAddress, int revokedSessions) {

    public static SessionsRevokedJson of(Address wallet, int revokedSessions) {
        return new SessionsRevokedJson(wallet.value(), revokedSessions);
    }
}
