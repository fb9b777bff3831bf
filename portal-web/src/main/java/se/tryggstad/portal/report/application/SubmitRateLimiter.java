package se.tryggstad.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.shared.domain.ClientAddress;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: {@code trygg.report.rate-limit.submits} submissions per
 * {@code trygg.report.rate-limit.window-seconds}, refilled evenly. In memory on each node, which is
 * enough against a script filling the database; a cluster shares no buckets. The client address is
 * the connection's, or the last hop of {@code X-Forwarded-For} when the connection comes from a proxy
 * listed in {@code trygg.http.trusted-proxies} (comma-separated addresses; none by default).
 */
@ApplicationScoped
public class SubmitRateLimiter {

    private static final int MAX_TRACKED = 50_000;

    @Inject
    @ConfigProperty(name = "trygg.report.rate-limit.submits", defaultValue = "10")
    int submits;

    @Inject
    @ConfigProperty(name = "trygg.report.rate-limit.window-seconds", defaultValue = "600")
    int windowSeconds;

    @Inject
    @ConfigProperty(name = "trygg.http.trusted-proxies")
    Optional<String> trustedProxies;

    @Inject
    Clock clock;

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Takes one submission from the client's bucket, or throws {@link SubmitLimited}. */
    public void acquire(String remoteAddress, String forwardedFor) {
        String client = ClientAddress.of(remoteAddress, forwardedFor,
                ClientAddress.trustedProxies(trustedProxies.orElse(null)));
        long now = clock.millis();
        if (buckets.size() > MAX_TRACKED) {
            buckets.values().removeIf(bucket -> bucket.isFull(now, submits, refillPerMilli()));
        }
        Bucket bucket = buckets.computeIfAbsent(client, key -> new Bucket(submits, now));
        long waitMillis = bucket.take(now, submits, refillPerMilli());
        if (waitMillis > 0) {
            throw new SubmitLimited(Math.max(1, (waitMillis + 999) / 1000));
        }
    }

    private double refillPerMilli() {
        return (double) submits / (Math.max(1, windowSeconds) * 1000.0);
    }

    /** Tokens left and when they were counted; synchronized per client. */
    static final class Bucket {
        private double tokens;
        private long countedAt;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.countedAt = now;
        }

        /** 0 when a token was taken, otherwise the milliseconds until one is free. */
        synchronized long take(long now, int capacity, double refillPerMilli) {
            refill(now, capacity, refillPerMilli);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / refillPerMilli);
        }

        synchronized boolean isFull(long now, int capacity, double refillPerMilli) {
            refill(now, capacity, refillPerMilli);
            return tokens >= capacity;
        }

        private void refill(long now, int capacity, double refillPerMilli) {
            tokens = Math.min(capacity, tokens + Math.max(0, now - countedAt) * refillPerMilli);
            countedAt = now;
        }
    }
}
