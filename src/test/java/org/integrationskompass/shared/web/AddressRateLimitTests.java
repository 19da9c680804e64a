package org.integrationskompass.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressRateLimitTests {

	@Test
	void countsAnIpv6ClientPerNetworkSoRotatingAddressesDoesNotHelp() {
		var limit = new AddressRateLimit(2);

		assertThat(limit.tryAcquire("2001:db8:1:2::1")).isTrue();
		assertThat(limit.tryAcquire("2001:db8:1:2::ffff")).isTrue();
		assertThat(limit.tryAcquire("2001:db8:1:2:abcd::7")).isFalse();
		assertThat(limit.tryAcquire("2001:db8:1:3::1")).isTrue();
	}

	@Test
	void countsIpv4AddressesOneByOne() {
		var limit = new AddressRateLimit(1);

		assertThat(limit.tryAcquire("192.0.2.1")).isTrue();
		assertThat(limit.tryAcquire("192.0.2.1")).isFalse();
		assertThat(limit.tryAcquire("192.0.2.2")).isTrue();
	}
}
