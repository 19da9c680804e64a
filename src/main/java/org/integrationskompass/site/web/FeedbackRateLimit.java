package org.integrationskompass.site.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how many feedback messages one network address can send, so a script cannot flood the office's inbox
 * (every message also sends a mail). The limit is generous for people: a few messages an hour. Buckets live in
 * memory per instance, for at most the last {@value #MAX_ADDRESSES} addresses; nothing is stored or logged.
 */
@Component
class FeedbackRateLimit {

	static final int MAX_ADDRESSES = 10_000;

	private final int perHour;

	private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_ADDRESSES;
		}
	};

	FeedbackRateLimit(@Value("${platform.site.feedback-per-hour:5}") int perHour) {
		this.perHour = perHour;
	}

	/** True when the address may send one more message now. */
	boolean tryAcquire(String address) {
		Bucket bucket;
		synchronized (buckets) {
			bucket = buckets.computeIfAbsent(network(address), a -> Bucket.builder()
				.addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
				.build());
		}
		return bucket.tryConsume(1);
	}

	/**
	 * An IPv6 client usually owns a whole /64 and can pick any address in it, so IPv6 addresses count per /64
	 * network; IPv4 addresses count one by one.
	 */
	static String network(String address) {
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
