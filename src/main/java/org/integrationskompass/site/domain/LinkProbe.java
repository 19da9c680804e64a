package org.integrationskompass.site.domain;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Requests one link the way a visitor's browser would: GET, following redirects itself (at most
 * {@code platform.site.links.max-redirects}, never in a loop), with a connect and a read timeout. 2xx works; 4xx,
 * 5xx, timeouts, unknown hosts, TLS and connection failures are broken. Every hop's host is resolved first and, unless
 * {@code allow-private-addresses} is on, refused when it points into a private, loopback or link-local network, so a
 * link (or a redirect) can never make the portal probe its own network. The request itself resolves the host again,
 * but through the JVM's address cache ({@code networkaddress.cache.ttl}, 30 s by default), which the check has just
 * filled: a host that answers first with a public and then with a private address (DNS rebinding) gets the checked
 * answer. Setting that TTL to 0 would reopen the gap.
 */
@Component
class LinkProbe {

	private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

	private final LinkSettings settings;

	private final HttpClient client;

	private final String userAgent;

	LinkProbe(LinkSettings settings, @org.springframework.beans.factory.annotation.Value("${platform.site.base-url:}") String baseUrl) {
		this.settings = settings;
		this.client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(settings.connectTimeout())
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		this.userAgent = "Integrationskompass-Linkpruefung/1.0" + (baseUrl.isBlank() ? "" : " (+" + baseUrl + ")");
	}

	LinkCheckResult check(String url) {
		URI current;
		try {
			current = URI.create(url.strip());
		}
		catch (IllegalArgumentException unreadable) {
			return LinkCheckResult.broken(url, null, LinkProblem.OTHER, unreadable.getMessage());
		}
		var visited = new HashSet<String>();
		for (var hop = 0;; hop++) {
			if (!visited.add(current.toString())) {
				return LinkCheckResult.broken(current.toString(), null, LinkProblem.TOO_MANY_REDIRECTS, "loop");
			}
			if (hop > settings.maxRedirects()) {
				return LinkCheckResult.broken(current.toString(), null, LinkProblem.TOO_MANY_REDIRECTS,
						"> " + settings.maxRedirects());
			}
			var refused = refusedHost(current);
			if (refused != null) {
				return refused;
			}
			int status;
			@Nullable String location;
			try {
				var request = HttpRequest.newBuilder(current).GET().timeout(settings.readTimeout())
					.header("User-Agent", userAgent).header("Accept", "text/html,*/*;q=0.8").build();
				var response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
				// The body is not needed: closing the stream ends the download of a large page right away.
				response.body().close();
				status = response.statusCode();
				location = response.headers().firstValue("Location").orElse(null);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return LinkCheckResult.broken(current.toString(), null, LinkProblem.OTHER, "interrupted");
			}
			catch (IOException | RuntimeException failure) {
				return failed(current.toString(), failure);
			}
			if (status >= 200 && status < 300) {
				return LinkCheckResult.ok(current.toString(), status);
			}
			if (REDIRECTS.contains(status)) {
				if (location == null || location.isBlank()) {
					return LinkCheckResult.broken(current.toString(), status, LinkProblem.BAD_REDIRECT, "");
				}
				URI next;
				try {
					next = current.resolve(location.strip());
				}
				catch (IllegalArgumentException unreadable) {
					return LinkCheckResult.broken(current.toString(), status, LinkProblem.BAD_REDIRECT, location);
				}
				var scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
				if (!scheme.equals("http") && !scheme.equals("https")) {
					return LinkCheckResult.broken(current.toString(), status, LinkProblem.BAD_REDIRECT, location);
				}
				current = next;
				continue;
			}
			if (status >= 400) {
				return LinkCheckResult.broken(current.toString(), status, LinkProblem.HTTP_STATUS, "HTTP " + status);
			}
			return LinkCheckResult.broken(current.toString(), status, LinkProblem.OTHER, "HTTP " + status);
		}
	}

	private @Nullable LinkCheckResult refusedHost(URI uri) {
		var host = uri.getHost();
		if (host == null) {
			return LinkCheckResult.broken(uri.toString(), null, LinkProblem.OTHER, "no host");
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host);
		}
		catch (UnknownHostException unknown) {
			return LinkCheckResult.broken(uri.toString(), null, LinkProblem.UNKNOWN_HOST, host);
		}
		if (!settings.allowPrivateAddresses()) {
			for (var address : addresses) {
				if (isPrivate(address)) {
					return LinkCheckResult.broken(uri.toString(), null, LinkProblem.PRIVATE_ADDRESS, host);
				}
			}
		}
		return null;
	}

	/** Loopback, "this host", private (RFC 1918), carrier-grade NAT, link-local, unique-local IPv6 and multicast. */
	static boolean isPrivate(InetAddress address) {
		if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isSiteLocalAddress()
				|| address.isLinkLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		var bytes = address.getAddress();
		if (address instanceof Inet6Address) {
			return (bytes[0] & 0xfe) == 0xfc;
		}
		var first = bytes[0] & 0xff;
		var second = bytes[1] & 0xff;
		return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0)
				|| (first == 198 && (second == 18 || second == 19)) || first >= 240;
	}

	private static LinkCheckResult failed(String url, Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof HttpConnectTimeoutException) {
				return LinkCheckResult.broken(url, null, LinkProblem.CONNECT_TIMEOUT, cause.getMessage());
			}
			if (cause instanceof HttpTimeoutException) {
				return LinkCheckResult.broken(url, null, LinkProblem.READ_TIMEOUT, cause.getMessage());
			}
			if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
				return LinkCheckResult.broken(url, null, LinkProblem.UNKNOWN_HOST, cause.getMessage());
			}
			if (cause instanceof SSLException) {
				return LinkCheckResult.broken(url, null, LinkProblem.TLS, cause.getMessage());
			}
			if (cause instanceof ConnectException) {
				return LinkCheckResult.broken(url, null, LinkProblem.CONNECTION_FAILED, cause.getMessage());
			}
		}
		return LinkCheckResult.broken(url, null, LinkProblem.OTHER, failure.getClass().getSimpleName() + ": " + failure.getMessage());
	}
}
