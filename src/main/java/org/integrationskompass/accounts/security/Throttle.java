package org.integrationskompass.accounts.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts attempts per key (a login name, a network address): at most {@code limit} per {@code window}, in windows
 * that follow each other from the key's first attempt; at the end of each window all attempts are back (so two
 * windows' worth may meet at a boundary, but never more). Buckets live in memory, for the {@code maxKeys} keys used
 * last; a key pushed out starts again from zero, so the map stays bounded whatever an attacker sends (pushing out a
 * key under attack takes {@code maxKeys} other keys between two of its attempts, as every attempt touches it).
 * Time comes from the application's {@link Clock}.
 */
public final class Throttle {

	private final int limit;

	private final Duration window;

	private final int maxKeys;

	private final TimeMeter time;

	private final Map<String, Bucket> buckets;

	public Throttle(int limit, Duration window, int maxKeys, Clock clock) {
		if (limit < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("A throttle needs a positive limit and window");
		}
		this.limit = limit;
		this.window = window;
		this.maxKeys = maxKeys;
		this.time = new ClockTime(clock);
		this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
				return size() > Throttle.this.maxKeys;
			}
		};
	}

	/** Counts one attempt; empty when it is allowed, otherwise how long until the next one would be. */
	public Optional<Duration> tryAcquire(String key) {
		var probe = bucket(key).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Optional.empty()
				: Optional.of(Duration.ofNanos(Math.max(probe.getNanosToWaitForRefill(), 1)));
	}

	/** Gives back an attempt counted by {@link #tryAcquire} that turned out not to count (it succeeded). */
	public void refund(String key) {
		Bucket bucket;
		synchronized (buckets) {
			bucket = buckets.get(key);
		}
		if (bucket != null) {
			bucket.addTokens(1);
		}
	}

	/** Starts the key's count again from zero. */
	public void forget(String key) {
		synchronized (buckets) {
			buckets.remove(key);
		}
	}

	private Bucket bucket(String key) {
		synchronized (buckets) {
			return buckets.computeIfAbsent(key, k -> Bucket.builder()
				.withCustomTimePrecision(time)
				.addLimit(Bandwidth.builder().capacity(limit).refillIntervally(limit, window).build())
				.build());
		}
	}

	/** Whole minutes, rounded up and at least one, for telling people how long to wait. */
	public static long minutes(Duration wait) {
		return Math.max(1, (wait.toSeconds() + 59) / 60);
	}

	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			var now = clock.instant();
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}
	}
}
