package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.application.auth.IssueChallengeService;
import java.time.Instant;

/** A sign-in challenge: the message the wallet signs and the CAIP-122 fields it is built from. */
public record ChallengeJson(String walletAddress, String nonce, String message, Instant issuedAt, Instant expiresAt,
                            String domain, String uri, String chainId) {

    public static ChallengeJson of(IssueChallengeService.Issued issued) {
        return new ChallengeJson(issued.challenge().wallet().value(), issued.challenge().nonce(),
                issued.challenge().message(), issued.challenge().issuedAt(), issued.challenge().expiresAt(),
                issued.message().domain(), issued.message().uri(), issued.message().chainId());
    }
}
