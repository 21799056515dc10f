package com.radartracking.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientIpResolverTest {

    private final ClientIpResolver loopbackOnly = new ClientIpResolver(List.of("127.0.0.0/8", "::1"));

    private static MockHttpServletRequest from(String peer, String... forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(peer);
        for (String header : forwardedFor) {
            request.addHeader("X-Forwarded-For", header);
        }
        return request;
    }

    @Test
    void withoutHeaderThePeerIsTheClient() {
        assertThat(loopbackOnly.clientIp(from("203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(loopbackOnly.clientIp(from("127.0.0.1"))).isEqualTo("127.0.0.1");
    }

    @Test
    void aTrustedProxyForwardsTheClientAddress() {
        assertThat(loopbackOnly.clientIp(from("127.0.0.1", "203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(loopbackOnly.clientIp(from("::1", "2001:db8::5"))).isEqualTo("2001:db8:0:0:0:0:0:5");
    }

    @Test
    void anUntrustedPeerCannotSpoofItsAddress() {
        assertThat(loopbackOnly.clientIp(from("198.51.100.4", "10.0.0.1"))).isEqualTo("198.51.100.4");
    }

    @Test
    void theChainIsReadFromTheRightSkippingOnlyTrustedHops() {
        ClientIpResolver withLoadBalancer = new ClientIpResolver(List.of("127.0.0.1", "10.0.0.0/8"));
        // The client prepended a fake address; the load balancer appended the real one.
        assertThat(withLoadBalancer.clientIp(from("10.1.2.3", "6.6.6.6, 203.0.113.7, 127.0.0.1")))
                .isEqualTo("203.0.113.7");
        assertThat(withLoadBalancer.clientIp(from("10.1.2.3", "6.6.6.6", "203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(withLoadBalancer.clientIp(from("10.1.2.3", "10.9.9.9"))).isEqualTo("10.9.9.9");
    }

    @Test
    void garbageAndHostNamesAreNeverResolved() {
        assertThat(loopbackOnly.clientIp(from("127.0.0.1", "localhost"))).isEqualTo("127.0.0.1");
        assertThat(loopbackOnly.clientIp(from("127.0.0.1", "evil.example, 203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(loopbackOnly.clientIp(from("127.0.0.1", "not-an-ip"))).isEqualTo("127.0.0.1");
        assertThat(ClientIpResolver.literal("example.com")).isEmpty();
        assertThat(ClientIpResolver.literal("203.0.113.7:5555")).map(Object::toString).hasValue("/203.0.113.7");
        assertThat(ClientIpResolver.literal("[2001:db8::1]:443")).isPresent();
    }

    @Test
    void configurationMustBeIpBlocks() {
        assertThatThrownBy(() -> new ClientIpResolver(List.of("proxy.internal")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trusted-proxies");
        assertThatThrownBy(() -> new ClientIpResolver(List.of("10.0.0.0/40")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ClientIpResolver(List.of("192.168.0.0/16")).isTrusted("192.168.200.1")).isTrue();
        assertThat(new ClientIpResolver(List.of("192.168.0.0/16")).isTrusted("192.169.0.1")).isFalse();
        assertThat(new ClientIpResolver(List.of("192.168.0.0/16")).isTrusted("::1")).isFalse();
    }
}
