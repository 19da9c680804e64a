package org.integrationskompass.site.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.site.SiteIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The link checker against a local HTTP server (JDK HttpServer on an ephemeral port): working pages, redirects,
 * client and server errors, a redirect loop and an answer slower than the read timeout (1 s in these tests).
 */
@SiteIntegrationTest
class LinkCheckerTests {

	@Autowired
	LinkAdministration administration;

	@Autowired
	LinkChecker checker;

	@Autowired
	LinkEntryRepository links;

	HttpServer server;

	String base;

	final AtomicInteger flaky = new AtomicInteger(500);

	final CountDownLatch release = new CountDownLatch(1);

	@BeforeEach
	void startServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.createContext("/ok", exchange -> answer(exchange, 200, null));
		server.createContext("/moved", exchange -> answer(exchange, 301, "/ok"));
		server.createContext("/missing", exchange -> answer(exchange, 404, null));
		server.createContext("/failing", exchange -> answer(exchange, 500, null));
		server.createContext("/loop-a", exchange -> answer(exchange, 302, "/loop-b"));
		server.createContext("/loop-b", exchange -> answer(exchange, 302, "/loop-a"));
		server.createContext("/flaky", exchange -> answer(exchange, flaky.get(), null));
		server.createContext("/slow", exchange -> {
			try {
				release.await(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
			answer(exchange, 200, null);
		});
		server.start();
		base = "http://127.0.0.1:" + server.getAddress().getPort();
	}

	@AfterEach
	void stopServer() {
		release.countDown();
		server.stop(0);
	}

	private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String location) throws IOException {
		if (location != null) {
			exchange.getResponseHeaders().add("Location", location);
		}
		var body = "<p>page</p>".getBytes();
		exchange.sendResponseHeaders(status, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	@Test
	void countsWorkingPagesAndRedirectsAsFineAndRecordsWhereTheRedirectEnded() {
		var ok = link("/ok");
		var moved = link("/moved");

		checker.checkNow(ok);
		checker.checkNow(moved);

		assertThat(entry(ok).isBroken()).isFalse();
		assertThat(entry(ok).lastStatus()).isEqualTo(200);
		assertThat(entry(ok).checkedAt()).isNotNull();
		assertThat(entry(ok).finalUrl()).isNull();
		assertThat(entry(moved).isBroken()).isFalse();
		assertThat(entry(moved).finalUrl()).isEqualTo(base + "/ok");
	}

	@Test
	void countsClientAndServerErrorsLoopsAndSlowAnswersAsBroken() {
		var missing = link("/missing");
		var failing = link("/failing");
		var loop = link("/loop-a");
		var slow = link("/slow");
		var nowhere = administration.create(new LinkDetails(LocalizedText.german("Unbekannt"),
				"http://does-not-exist.invalid/", LocalizedText.empty()), List.of()).id();

		List.of(missing, failing, loop, slow, nowhere).forEach(checker::checkNow);

		assertThat(entry(missing).problem()).isEqualTo(LinkProblem.HTTP_STATUS);
		assertThat(entry(missing).lastStatus()).isEqualTo(404);
		assertThat(entry(failing).problem()).isEqualTo(LinkProblem.HTTP_STATUS);
		assertThat(entry(failing).lastStatus()).isEqualTo(500);
		assertThat(entry(loop).problem()).isEqualTo(LinkProblem.TOO_MANY_REDIRECTS);
		assertThat(entry(slow).problem()).isEqualTo(LinkProblem.READ_TIMEOUT);
		assertThat(entry(nowhere).problem()).isEqualTo(LinkProblem.UNKNOWN_HOST);
		List.of(missing, failing, loop, slow, nowhere).forEach(id -> assertThat(entry(id).brokenSince()).isNotNull());
	}

	@Test
	void keepsBrokenSinceAcrossFailedRunsAndClearsItWhenTheLinkWorksAgain() {
		var id = link("/flaky");
		checker.checkNow(id);
		var since = entry(id).brokenSince();
		assertThat(since).isNotNull();

		checker.checkNow(id);
		assertThat(entry(id).brokenSince()).isEqualTo(since);
		assertThat(entry(id).checkedAt()).isAfterOrEqualTo(since);

		flaky.set(200);
		checker.checkNow(id);
		assertThat(entry(id).isBroken()).isFalse();
		assertThat(entry(id).problem()).isNull();
		assertThat(entry(id).problemDetail()).isNull();
	}

	@Test
	void theScheduledRunChecksOnlyDueLinksAndEachLinkOnce() {
		var due = link("/ok");
		var notDue = administration.createUnchecked(new LinkDetails(LocalizedText.german("Später"), base + "/missing",
				LocalizedText.empty()), List.of(), Duration.ofDays(1)).id();

		checker.checkDueLinks();

		assertThat(entry(due).checkedAt()).isNotNull();
		assertThat(entry(due).nextCheckAt()).isAfter(entry(due).checkedAt().plus(Duration.ofHours(23)));
		assertThat(entry(notDue).checkedAt()).isNull();
		var before = entry(due).checkedAt();
		checker.checkDueLinks();
		assertThat(entry(due).checkedAt()).as("not due again until the interval passed").isEqualTo(before);
	}

	@Test
	void neverRequestsPrivateOrLoopbackAddressesUnlessAllowed() {
		var requests = new AtomicInteger();
		server.createContext("/count", exchange -> {
			requests.incrementAndGet();
			answer(exchange, 200, null);
		});
		var production = new LinkProbe(new LinkSettings(Duration.ofDays(1), Duration.ofMinutes(5), Duration.ofSeconds(1),
				Duration.ofSeconds(1), 3, 25, false), "");

		var result = production.check(base + "/count");

		assertThat(result.problem()).isEqualTo(LinkProblem.PRIVATE_ADDRESS);
		assertThat(requests).hasValue(0);
		assertThat(production.check("http://localhost:" + server.getAddress().getPort() + "/count").problem())
			.isEqualTo(LinkProblem.PRIVATE_ADDRESS);
		assertThat(production.check("http://10.1.2.3/").problem()).isEqualTo(LinkProblem.PRIVATE_ADDRESS);
		assertThat(production.check("http://169.254.169.254/latest/meta-data/").problem()).isEqualTo(LinkProblem.PRIVATE_ADDRESS);
		assertThat(production.check("http://[::1]/").problem()).isEqualTo(LinkProblem.PRIVATE_ADDRESS);
		assertThat(requests).hasValue(0);
	}

	@Test
	void refusesARedirectFromAPublicLinkIntoThePrivateNetworkToo() throws Exception {
		assertThat(LinkProbe.isPrivate(InetAddress.getByName("192.168.0.1"))).isTrue();
		assertThat(LinkProbe.isPrivate(InetAddress.getByName("100.64.0.1"))).isTrue();
		assertThat(LinkProbe.isPrivate(InetAddress.getByName("fd00::1"))).isTrue();
		assertThat(LinkProbe.isPrivate(InetAddress.getByName("194.25.2.129"))).isFalse();
		assertThat(LinkProbe.isPrivate(InetAddress.getByName("2a00:1450:4001::1"))).isFalse();
	}

	private UUID link(String path) {
		return administration.create(new LinkDetails(LocalizedText.german("Test " + path), base + path,
				LocalizedText.empty()), List.of()).id();
	}

	private LinkEntry entry(UUID id) {
		return links.findById(id).orElseThrow();
	}
}
