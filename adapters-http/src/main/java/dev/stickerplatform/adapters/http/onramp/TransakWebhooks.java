package dev.stickerplatform.adapters.http.onramp;

import dev.stickerplatform.application.onramp.OnrampWebhookService;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Transak's webhook scheme: the body is {@code {"data": "<JWT>"}}, the JWT signed with HS256 under the partner's
 * access token; its payload holds {@code eventID} and the order as {@code webhookData}. Only a token that verifies
 * (HS256 exactly, this key) is read; everything else is refused as unauthenticated. The simulated Transak signs
 * its webhooks here too, the same way.
 */
public final class TransakWebhooks {
    private final SecretKey key;

    public TransakWebhooks(byte[] accessToken) {
        this.key = Keys.hmacShaKeyFor(accessToken);
    }

    /** The event of a verified token, or empty when the token does not verify (forged, tampered, other key). */
    public Optional<OnrampWebhookService.Event> verify(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            Jws<Claims> jws = Jwts.parser().verifyWith(key).build().parseSignedClaims(token);
            if (!"HS256".equals(jws.getHeader().getAlgorithm())) {
                return Optional.empty();
            }
            Claims claims = jws.getPayload();
            Object data = claims.get("webhookData");
            if (!(data instanceof Map<?, ?> order)) {
                return Optional.empty();
            }
            return Optional.of(new OnrampWebhookService.Event(text(claims.get("eventID")), text(order.get("id")),
                    text(order.get("partnerOrderId")), text(order.get("status")), text(order.get("transactionHash"))));
        } catch (JwtException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A webhook body's token for {@code order} (Transak's {@code webhookData}) and {@code eventId}. */
    public String sign(String eventId, Map<String, Object> order, Instant now) {
        return Jwts.builder().claim("eventID", eventId).claim("webhookData", order).claim("createdAt", now.toString())
                .issuedAt(Date.from(now)).signWith(key, Jwts.SIG.HS256).compact();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
