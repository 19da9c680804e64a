package org.integrationskompass.conference.admin;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.util.unit.DataSize;

/**
 * How large a session document may be: 20 MB, or less when the portal's multipart limit
 * ({@code spring.servlet.multipart.max-file-size}) is lower, since a larger file would never reach the controller.
 */
record DocumentLimit(long bytes) {

	static final DataSize WANTED = DataSize.ofMegabytes(20);

	private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	static DocumentLimit of(DataSize multipartLimit) {
		return new DocumentLimit(Math.min(WANTED.toBytes(), multipartLimit.toBytes()));
	}

	long megabytes() {
		return bytes / (1024 * 1024);
	}

	/** A PDF starts with {@code %PDF-}; what the browser claims as the type is not trusted. */
	static boolean isPdf(byte[] data) {
		return data.length > MAGIC.length && Arrays.equals(data, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
	}
}
