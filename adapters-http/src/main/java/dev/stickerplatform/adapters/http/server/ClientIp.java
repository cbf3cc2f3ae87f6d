package dev.stickerplatform.adapters.http.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The client address a rate limit counts against. Behind a trusted proxy it is the last {@code X-Forwarded-For}
 * entry (the one the proxy itself appended; earlier ones are whatever the client wrote); otherwise the TCP peer.
 * IPv6 clients are grouped by /64, the smallest block a single subscriber usually gets.
 */
public final class ClientIp {
    private ClientIp() {
    }

    public static String of(String remoteAddr, String forwardedFor, boolean trustedProxy) {
        String ip = remoteAddr;
        if (trustedProxy && forwardedFor != null && !forwardedFor.isBlank()) {
            String[] hops = forwardedFor.split(",");
            String last = hops[hops.length - 1].strip();
            if (isLiteral(last)) {
                ip = last;
            }
        }
        return normalise(ip == null ? "unknown" : ip);
    }

    private static String normalise(String ip) {
        if (!ip.contains(":") || !isLiteral(ip)) {
            return ip;
        }
        try {
            byte[] bytes = InetAddress.getByName(ip.startsWith("[") ? ip.substring(1, ip.length() - 1) : ip)
                    .getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(Arrays.copyOf(bytes, 8)) + "::/64" : ip;
        } catch (UnknownHostException e) {
            return ip;
        }
    }

    /** Only IP literals: never a host name, so parsing can never trigger a DNS lookup. */
    private static boolean isLiteral(String text) {
        return !text.isEmpty() && text.length() <= 47 && text.chars().allMatch(c -> Character.digit(c, 16) >= 0
                || c == '.' || c == ':' || c == '[' || c == ']');
    }
}
