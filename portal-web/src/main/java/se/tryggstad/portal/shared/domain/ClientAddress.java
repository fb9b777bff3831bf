package se.tryggstad.portal.shared.domain;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a rate limit counts: the connection's, or the last hop of {@code X-Forwarded-For} when the
 * connection comes from a trusted reverse proxy. Only a trusted proxy's header counts, since anyone can
 * send one.
 */
public final class ClientAddress {

    private static final int MAX_LENGTH = 64;

    private ClientAddress() {
    }

    public static String of(String remoteAddress, String forwardedFor, Set<String> trustedProxies) {
        String remote = remoteAddress == null ? "unknown" : remoteAddress;
        if (forwardedFor != null && trustedProxies.contains(remote)) {
            String[] hops = forwardedFor.split(",");
            String last = hops[hops.length - 1].strip();
            if (!last.isEmpty() && last.length() <= MAX_LENGTH) {
                return last;
            }
        }
        return remote;
    }

    /** The proxies of a comma-separated setting such as {@code trygg.http.trusted-proxies}; none when unset. */
    public static Set<String> trustedProxies(String commaSeparated) {
        return Arrays.stream(commaSeparated == null ? new String[0] : commaSeparated.split(",")).map(String::strip)
                .filter(address -> !address.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
