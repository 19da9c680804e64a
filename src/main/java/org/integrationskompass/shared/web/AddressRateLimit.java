package org.integrationskompass.shared.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Limits how many messages one network address may send per hour through a public form, so that a script cannot
 * bury the staff's lists. Generous for people; buckets live in memory (per instance) for the last
 * {@value #MAX_ADDRESSES} addresses, nothing is stored or logged. IPv6 clients count per /64 network, as they can
 * pick any address in it; IPv4 addresses count one by one.
 */
public class AddressRateLimit {

	static final int MAX_ADDRESSES = 10_000;

	private final int perHour;

	private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_ADDRESSES;
		}
	};

	public AddressRateLimit(int perHour) {
		this.perHour = perHour;
	}

	/** True when the address may send one more message now. */
	public boolean tryAcquire(String address) {
		Bucket bucket;
		synchronized (buckets) {
			bucket = buckets.computeIfAbsent(network(address), a -> Bucket.builder()
				.addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
				.build());
		}
		return bucket.tryConsume(1);
	}

	/** The key an address is counted under: the address itself for IPv4, its /64 network for IPv6. */
	public static String network(String address) {
		if (!address.contains(":")) {
			return address;
		}
		try {
			var bytes = InetAddress.getByName(address).getAddress();
			return HexFormat.of().formatHex(bytes, 0, Math.min(8, bytes.length)) + "::/64";
		}
		catch (UnknownHostException e) {
			return address;
		}
	}
}
