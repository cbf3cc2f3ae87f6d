package dev.stickerplatform.adapters.kms;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * The rule every remote signer's endpoint follows: an http(s) URL with a host, no credentials and no query, and
 * plain {@code http} only to a literal loopback address (a local double or an agent on the same host), because the
 * request carries a token or a request signature.
 */
final class Endpoints {
    private Endpoints() {
    }

    /** Throws {@link IllegalArgumentException} naming {@code what} when {@code endpoint} breaks the rule. */
    static void requireSafe(URI endpoint, String what) {
        String scheme = endpoint.getScheme();
        if (endpoint.getHost() == null || !("https".equals(scheme) || "http".equals(scheme))) {
            throw new IllegalArgumentException(what + " must be an http(s) URL with a host");
        }
        if (endpoint.getRawUserInfo() != null || endpoint.getRawQuery() != null) {
            throw new IllegalArgumentException(what + " must hold no credentials and no query");
        }
        if ("http".equals(scheme) && !isLoopback(endpoint.getHost())) {
            throw new IllegalArgumentException("credentials would travel in clear text: use https for "
                    + endpoint.getHost());
        }
    }

    /** The URL without trailing slashes, ready for a path to be appended. */
    static String base(URI endpoint) {
        return endpoint.toString().replaceAll("/+$", "");
    }

    private static boolean isLoopback(String host) {
        if ("localhost".equalsIgnoreCase(host)) {
            return true;
        }
        if (!host.matches("[0-9.]+|\\[[0-9a-fA-F:]+]")) {
            return false; // never resolve names here: only literal loopback addresses count
        }
        try {
            return InetAddress.getByName(host.replaceAll("[\\[\\]]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
