package se.tryggstad.portal.shared.domain;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClientAddressTest {

    @Test
    void forwardedAddressesCountOnlyFromTrustedProxies() {
        Set<String> proxies = ClientAddress.trustedProxies(" 127.0.0.1 ,, ");
        assertEquals(Set.of("127.0.0.1"), proxies);
        assertEquals("203.0.113.9", ClientAddress.of("127.0.0.1", "198.51.100.1, 203.0.113.9", proxies));
        assertEquals("198.51.100.7", ClientAddress.of("198.51.100.7", "203.0.113.9", proxies));
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", null, proxies));
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", "x".repeat(65), proxies));
        assertEquals("unknown", ClientAddress.of(null, "203.0.113.9", ClientAddress.trustedProxies(null)));
    }
}
