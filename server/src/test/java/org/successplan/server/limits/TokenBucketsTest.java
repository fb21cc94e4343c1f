package org.successplan.server.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aNewClient_mayUseItsWholeBurst_thenIsRefusedWithTheTimeToTheNextToken() {
        TokenBuckets buckets = new TokenBuckets(key -> new TokenBuckets.Rate(0.5, 3), 100);

        assertThat(IntStream.range(0, 3).mapToObj(i -> buckets.tryAcquire("client:a", 0)))
                .allMatch(TokenBuckets.Decision::allowed);
        TokenBuckets.Decision refused = buckets.tryAcquire("client:a", 0);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(2); // one token every 2 s
        assertThat(refused.limit()).isEqualTo(3);
    }

    @Test
    void tokensRefillAtTheRate_upToTheBurst() {
        TokenBuckets buckets = new TokenBuckets(key -> new TokenBuckets.Rate(10, 2), 100);
        buckets.tryAcquire("k", 0);
        buckets.tryAcquire("k", 0);
        assertThat(buckets.tryAcquire("k", 0).allowed()).isFalse();

        assertThat(buckets.tryAcquire("k", SECOND / 10).allowed()).isTrue(); // 100 ms = 1 token
        assertThat(buckets.tryAcquire("k", SECOND / 10).allowed()).isFalse();
        // A long pause refills only up to the burst.
        assertThat(buckets.tryAcquire("k", 100 * SECOND).allowed()).isTrue();
        assertThat(buckets.tryAcquire("k", 100 * SECOND).allowed()).isTrue();
        assertThat(buckets.tryAcquire("k", 100 * SECOND).allowed()).isFalse();
    }

    @Test
    void eachKeyHasItsOwnBucket_andItsOwnRate() {
        TokenBuckets buckets = new TokenBuckets(
                key -> key.equals("client:bulk") ? new TokenBuckets.Rate(100, 5) : new TokenBuckets.Rate(1, 1), 100);

        assertThat(buckets.tryAcquire("client:a", 0).allowed()).isTrue();
        assertThat(buckets.tryAcquire("client:a", 0).allowed()).isFalse();
        assertThat(buckets.tryAcquire("client:b", 0).allowed()).isTrue();
        assertThat(IntStream.range(0, 5).mapToObj(i -> buckets.tryAcquire("client:bulk", 0)))
                .allMatch(TokenBuckets.Decision::allowed);
    }

    @Test
    void idleBuckets_areDropped_whenThereAreTooMany() {
        TokenBuckets buckets = new TokenBuckets(key -> new TokenBuckets.Rate(1, 1), 3);
        buckets.tryAcquire("ip:1", 0);
        buckets.tryAcquire("ip:2", 0);
        buckets.tryAcquire("ip:3", 0);

        buckets.tryAcquire("ip:4", 10 * SECOND); // the others have refilled: idle

        assertThat(buckets.size()).isEqualTo(1);
    }

    @Test
    void busyBuckets_areKept_soALimitedClientCannotResetItselfByFloodingNewKeys() {
        TokenBuckets buckets = new TokenBuckets(key -> new TokenBuckets.Rate(1, 1), 2);
        buckets.tryAcquire("client:busy", 0);
        buckets.tryAcquire("ip:1", 0);

        buckets.tryAcquire("ip:2", 0);

        assertThat(buckets.tryAcquire("client:busy", 0).allowed()).isFalse();
    }

    @Test
    void aRateMustBePositive() {
        assertThatThrownBy(() -> new TokenBuckets.Rate(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBuckets.Rate(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
