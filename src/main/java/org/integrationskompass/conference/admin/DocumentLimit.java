package org.integrationskompass.conference.admin;

import org.springframework.util.unit.DataSize;

/**
 * How large a session document may be: 20 MB, or less when the portal's multipart limit
 * ({@code spring.servlet.multipart.max-file-size}) is lower, since a larger file would never reach the controller.
 */
record DocumentLimit(long bytes) {

	static final DataSize WANTED = DataSize.ofMegabytes(20);

	static DocumentLimit of(DataSize multipartLimit) {
		return new DocumentLimit(Math.min(WANTED.toBytes(), multipartLimit.toBytes()));
	}

	long megabytes() {
		return bytes / (1024 * 1024);
	}
}
