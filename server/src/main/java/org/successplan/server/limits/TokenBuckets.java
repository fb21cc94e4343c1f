package org.successplan.server.limits;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Token buckets, one per key (a client id or an IP address), in this node's memory. A bucket holds at
 * most {@code burst} tokens and refills at {@code perSecond}; each request takes one token or is refused
 * with the time until the next token. Pure: no servlet, Spring or HAPI types, so it is tested with a
 * fake clock. Memory stays bounded: when more than {@code maxKeys} buckets exist, buckets that have
 * refilled completely (idle keys) are dropped, which loses nothing because a full bucket is what a new
 * key gets anyway.
 */
final class TokenBuckets {

    /** A refill rate and a capacity. */
    record Rate(double perSecond, int burst) {
        Rate {
            if (!(perSecond > 0) || burst < 1) {
                throw new IllegalArgumentException(
                        "A rate needs perSecond > 0 and burst >= 1: " + perSecond + "/" + burst);
            }
        }
    }

    /**
     * The answer for one request.
     *
     * @param allowed whether the request may proceed
     * @param retryAfterSeconds when refused: whole seconds until a token is available (at least 1)
     * @param limit the bucket's capacity, for information
     */
    record Decision(boolean allowed, long retryAfterSeconds, int limit) {}

    private final Function<String, Rate> rateOf;
    private final int maxKeys;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * @param rateOf the rate of a key (called once per new key)
     * @param maxKeys how many buckets to keep before dropping idle ones
     */
    TokenBuckets(Function<String, Rate> rateOf, int maxKeys) {
        this.rateOf = rateOf;
        this.maxKeys = maxKeys;
    }

    /** Takes a token from {@code key}'s bucket at time {@code nowNanos} (any monotonic clock). */
    Decision tryAcquire(String key, long nowNanos) {
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            if (buckets.size() >= maxKeys) {
                evictIdle(nowNanos);
            }
            bucket = buckets.computeIfAbsent(key, k -> new Bucket(rateOf.apply(k), nowNanos));
        }
        return bucket.take(nowNanos);
    }

    int size() {
        return buckets.size();
    }

    private void evictIdle(long nowNanos) {
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            if (it.next().isFull(nowNanos)) {
                it.remove();
            }
        }
    }

    private static final class Bucket {
        private final Rate rate;
        private double tokens;
        private long lastNanos;

        Bucket(Rate rate, long nowNanos) {
            this.rate = rate;
            this.tokens = rate.burst();
            this.lastNanos = nowNanos;
        }

        synchronized Decision take(long nowNanos) {
            refill(nowNanos);
            if (tokens >= 1) {
                tokens -= 1;
                return new Decision(true, 0, rate.burst());
            }
            double secondsToNextToken = (1 - tokens) / rate.perSecond();
            return new Decision(false, Math.max(1, (long) Math.ceil(secondsToNextToken)), rate.burst());
        }

        synchronized boolean isFull(long nowNanos) {
            refill(nowNanos);
            return tokens >= rate.burst();
        }

        private void refill(long nowNanos) {
            long elapsed = nowNanos - lastNanos;
            if (elapsed > 0) {
                tokens = Math.min(rate.burst(), tokens + elapsed / 1e9 * rate.perSecond());
                lastNanos = nowNanos;
            }
        }
    }
}
