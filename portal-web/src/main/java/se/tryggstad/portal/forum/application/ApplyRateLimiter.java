package se.tryggstad.portal.forum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.shared.domain.ClientAddress;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code trygg.forum.apply.rate-limit.submits} applications per client address in
 * {@code trygg.forum.apply.rate-limit.window-seconds} (a sliding window, in memory per node). The
 * client is the connection's address, or the last {@code X-Forwarded-For} hop from a trusted proxy
 * ({@code trygg.http.trusted-proxies}), as for reports.
 */
@ApplicationScoped
public class ApplyRateLimiter {

    private static final int MAX_TRACKED = 50_000;

    @Inject
    @ConfigProperty(name = "trygg.forum.apply.rate-limit.submits", defaultValue = "5")
    int submits;

    @Inject
    @ConfigProperty(name = "trygg.forum.apply.rate-limit.window-seconds", defaultValue = "3600")
    int windowSeconds;

    @Inject
    @ConfigProperty(name = "trygg.http.trusted-proxies")
    Optional<String> trustedProxies;

    @Inject
    Clock clock;

    private final ConcurrentHashMap<String, Deque<Long>> recent = new ConcurrentHashMap<>();

    /** Counts one application from the client, or refuses with a rejection saying to wait. */
    public void acquire(String remoteAddress, String forwardedFor) {
        long now = clock.millis();
        long windowStart = now - windowSeconds * 1000L;
        if (recent.size() > MAX_TRACKED) {
            recent.values().removeIf(times -> times.isEmpty() || times.peekLast() < windowStart);
        }
        Deque<Long> times = recent.computeIfAbsent(ClientAddress.of(remoteAddress, forwardedFor,
                ClientAddress.trustedProxies(trustedProxies.orElse(null))), key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() < windowStart) {
                times.pollFirst();
            }
            if (times.size() >= submits) {
                throw new ForumRejected(ForumRejected.Reason.CONFLICT, "", "forum.apply.rateLimited");
            }
            times.addLast(now);
        }
    }
}
