package org.integrationskompass.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.integrationskompass.events.MutableClock;
import org.junit.jupiter.api.Test;

class ThrottleTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));

	private final Throttle throttle = new Throttle(3, Duration.ofMinutes(15), 2, clock);

	@Test
	void allowsTheLimitPerWindowAndSaysHowLongToWait() {
		assertThat(throttle.tryAcquire("a")).isEmpty();
		clock.set(clock.instant().plus(Duration.ofMinutes(5)));
		assertThat(throttle.tryAcquire("a")).isEmpty();
		assertThat(throttle.tryAcquire("a")).isEmpty();

		var wait = throttle.tryAcquire("a");

		assertThat(wait).contains(Duration.ofMinutes(10));
		assertThat(Throttle.minutes(wait.orElseThrow())).isEqualTo(10);
		assertThat(throttle.tryAcquire("b")).as("other keys count on their own").isEmpty();
	}

	@Test
	void givesAllAttemptsBackOnceTheWindowHasPassed() {
		for (var i = 0; i < 3; i++) {
			throttle.tryAcquire("a");
		}
		clock.set(clock.instant().plus(Duration.ofMinutes(15)));

		assertThat(throttle.tryAcquire("a")).isEmpty();
		assertThat(throttle.tryAcquire("a")).isEmpty();
		assertThat(throttle.tryAcquire("a")).isEmpty();
		assertThat(throttle.tryAcquire("a")).isPresent();
	}

	@Test
	void refundsAndForgets() {
		for (var i = 0; i < 3; i++) {
			throttle.tryAcquire("a");
		}
		throttle.refund("a");
		assertThat(throttle.tryAcquire("a")).isEmpty();
		assertThat(throttle.tryAcquire("a")).isPresent();

		throttle.forget("a");

		assertThat(throttle.tryAcquire("a")).isEmpty();
	}

	@Test
	void keepsOnlyTheKeysUsedLast() {
		for (var i = 0; i < 3; i++) {
			throttle.tryAcquire("a");
		}
		throttle.tryAcquire("b");
		throttle.tryAcquire("c");

		assertThat(throttle.tryAcquire("a")).as("pushed out, counts from zero").isEmpty();
	}

	@Test
	void roundsMinutesUpAndToAtLeastOne() {
		assertThat(Throttle.minutes(Duration.ofSeconds(1))).isEqualTo(1);
		assertThat(Throttle.minutes(Duration.ofSeconds(61))).isEqualTo(2);
		assertThat(Throttle.minutes(Duration.ofMinutes(15))).isEqualTo(15);
	}

	@Test
	void logsLoginNamesOnlyAsAShortHash() {
		assertThat(SignInThrottle.loggable(" Amal@Example.org ")).isEqualTo(SignInThrottle.loggable("amal@example.org"))
			.hasSize(12).doesNotContain("amal");
	}
}
