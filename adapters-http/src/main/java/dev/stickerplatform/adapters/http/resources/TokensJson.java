package dev.stickerplatform.adapters.http.resources;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.stickerplatform.application.auth.Role;
import dev.stickerplatform.application.auth.SessionService;
import dev.stickerplatform.domain.model.Address;
import java.time.Duration;
import java.time.Instant;

/**
 * The sign-in (or refresh) answer: an access token and, with sessions, the next refresh token and the session
 * (the three session members are left out without sessions).
 */
public record TokensJson(String accessToken, String tokenType, long expiresInSeconds, String walletAddress,
                         String role,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String refreshToken,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String sessionId,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Instant sessionExpiresAt) {

    /** {@code accessToken}: the signed JWT, valid for {@code lifetime}; {@code grant}: null without sessions. */
    public static TokensJson of(String accessToken, Duration lifetime, Address wallet, Role role,
                                SessionService.Grant grant) {
        return new TokensJson(accessToken, "Bearer", lifetime.toSeconds(), wallet.value(), role.wireName(),
                grant == null ? null : grant.refreshToken(), grant == null ? null : grant.sessionId().toString(),
                grant == null ? null : grant.expiresAt());
    }
}
