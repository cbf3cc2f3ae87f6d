package dev.stickerplatform.adapters.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientIpTest {
    @Test
    void withoutATrustedProxyTheForwardedHeaderIsIgnored() {
        assertThat(ClientIp.of("10.0.0.1", "1.2.3.4", false)).isEqualTo("10.0.0.1");
    }

    @Test
    void behindATrustedProxyTheLastHopCounts() {
        assertThat(ClientIp.of("10.0.0.1", "6.6.6.6, 1.2.3.4", true)).isEqualTo("1.2.3.4");
    }

    @Test
    void garbageInTheHeaderFallsBackToThePeer() {
        assertThat(ClientIp.of("10.0.0.1", "evil.example.com", true)).isEqualTo("10.0.0.1");
    }

    @Test
    void ipv6ClientsShareTheirSlash64() {
        assertThat(ClientIp.of("2001:db8:1:2:aaaa::1", null, false))
                .isEqualTo(ClientIp.of("2001:db8:1:2:bbbb::9", null, false))
                .isNotEqualTo(ClientIp.of("2001:db8:1:3::1", null, false));
    }
}
