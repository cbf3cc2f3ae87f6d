package dev.stickerplatform.adapters.kms;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks an AWS Signature Version 4 {@code Authorization} header the way AWS does: it rebuilds the canonical request
 * from the received method, path, query, signed headers and body, derives the signing key from the secret access key
 * and the credential scope, and compares signatures. The only access key accepted is the one in the environment
 * ({@code AWS_ACCESS_KEY_ID} / {@code AWS_SECRET_ACCESS_KEY}), which the build sets for the tests; nothing secret is
 * in the repository.
 */
final class SigV4 {
    private static final Pattern AUTHORIZATION = Pattern.compile("AWS4-HMAC-SHA256 Credential=([^/]+)/([0-9]{8})/"
            + "([^/]+)/([^/]+)/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})");
    private static final HexFormat HEX = HexFormat.of();

    /** Who signed: the access key and the scope's region and service. */
    record Scope(String accessKey, String region, String service) {
    }

    private SigV4() {
    }

    /** The scope of a correctly signed request, or null when the signature is absent, malformed or wrong. */
    static Scope verify(HttpExchange exchange, byte[] body) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String amzDate = exchange.getRequestHeaders().getFirst("X-Amz-Date");
        Matcher m = header == null ? null : AUTHORIZATION.matcher(header);
        if (m == null || !m.matches() || amzDate == null || !amzDate.startsWith(m.group(2))) {
            return null;
        }
        String accessKey = System.getenv("AWS_ACCESS_KEY_ID");
        String secret = System.getenv("AWS_SECRET_ACCESS_KEY");
        if (accessKey == null || secret == null || !accessKey.equals(m.group(1))) {
            return null;
        }
        StringBuilder canonical = new StringBuilder()
                .append(exchange.getRequestMethod()).append('\n')
                .append(exchange.getRequestURI().getRawPath()).append('\n')
                .append(exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery())
                .append('\n');
        for (String name : m.group(5).split(";")) {
            List<String> values = exchange.getRequestHeaders().get(name);
            if (values == null) {
                return null;
            }
            canonical.append(name).append(':').append(String.join(",", values.stream()
                    .map(v -> v.strip().replaceAll(" +", " ")).toList())).append('\n');
        }
        canonical.append('\n').append(m.group(5)).append('\n').append(HEX.formatHex(sha256(body)));
        String scope = m.group(2) + "/" + m.group(3) + "/" + m.group(4) + "/aws4_request";
        String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
                + HEX.formatHex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        byte[] key = ("AWS4" + secret).getBytes(StandardCharsets.UTF_8);
        for (String part : List.of(m.group(2), m.group(3), m.group(4), "aws4_request")) {
            key = hmac(key, part);
        }
        byte[] expected = hmac(key, toSign);
        return MessageDigest.isEqual(expected, HEX.parseHex(m.group(6)))
                ? new Scope(m.group(1), m.group(3), m.group(4).toLowerCase(Locale.ROOT)) : null;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Arrays.copyOf(key, key.length), "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
