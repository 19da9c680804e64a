package org.integrationskompass.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.integrationskompass.PortalClient;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.events.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in throttling with the default limits (5 failed attempts per login name, 20 per client address, per 15
 * minutes). Each test comes from its own client address (the portal honours X-Forwarded-For from a local proxy),
 * so the tests do not share counts; the clock is the test's to move.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(SignInThrottlingTests.MovableClock.class)
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottlingTests {

	@TestConfiguration(proxyBeanMethods = false)
	static class MovableClock {

		@Bean
		@Primary
		MutableClock movableClock() {
			return new MutableClock(Instant.now());
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void computeCodesForTheMovableClock() {
		SecondFactorCodes.followClock(clock);
	}

	@AfterEach
	void computeCodesForTheSystemClockAgain() {
		SecondFactorCodes.followSystemClock();
	}

	@Test
	void refusesTheSixthAttemptAfterFiveWrongPasswordsEvenWithTheRightOneAndLogsIt(CapturedOutput output) {
		var login = staff();
		var someone = PortalClient.from(port, "192.0.2.10");
		for (var i = 0; i < 5; i++) {
			assertThat(location(someone.signIn(login, "wrong password " + i))).endsWith("/anmelden?error");
		}

		var refused = someone.signIn(login, AccountFixtures.PASSWORD);

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).get().asString().matches("\\d+");
		assertThat(refused.body()).contains("Zu viele Anmeldeversuche")
			.contains("Bitte versuchen Sie es in 15 Minuten noch einmal.")
			.contains("value=\"" + login + "\"")
			.contains("href=\"/passwort-vergessen\"")
			.doesNotContain("java.");
		assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(someone.get("/admin").statusCode()).as("not signed in").isEqualTo(302);
		assertThat(accounts.findByLogin(login).orElseThrow().lastSignInAt()).isNull();
		var english = someone.submit("/en/anmelden", "/en/anmelden",
				Map.of("username", login, "password", AccountFixtures.PASSWORD));
		assertThat(english.statusCode()).isEqualTo(429);
		assertThat(english.body()).contains("<html lang=\"en\"").contains("Please try again in 15 minutes.");
		assertThat(output.getOut().lines().filter(line -> line.contains("Sign-in refused unchecked")))
			.isNotEmpty()
			.allSatisfy(line -> assertThat(line).contains("WARN").contains("192.0.2.10").contains("account limit")
				.doesNotContain(login));
	}

	@Test
	void refusesUnknownLoginNamesInTheSameWay() {
		var someone = PortalClient.from(port, "192.0.2.11");
		for (var i = 0; i < 5; i++) {
			someone.signIn("nobody-here@example.org", "guess " + i);
		}

		var refused = someone.signIn("nobody-here@example.org", "guess 6");

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.body()).contains("Zu viele Anmeldeversuche");
	}

	@Test
	void letsAnotherAccountSignInFromTheSameAddressUntilTheAddressLimit(CapturedOutput output) {
		var address = "192.0.2.20";
		var locked = staff();
		for (var i = 0; i < 5; i++) {
			PortalClient.from(port, address).signIn(locked, "wrong");
		}
		var colleague = staff();

		assertThat(location(PortalClient.from(port, address).signIn(colleague, AccountFixtures.PASSWORD)))
			.as("a colleague at the same address").endsWith("/admin");

		for (var account = 0; account < 3; account++) {
			var other = staff();
			for (var i = 0; i < 5; i++) {
				assertThat(location(PortalClient.from(port, address).signIn(other, "wrong"))).endsWith("?error");
			}
		}
		var refused = PortalClient.from(port, address).signIn(colleague, AccountFixtures.PASSWORD);
		assertThat(refused.statusCode()).as("after 20 failures from the address").isEqualTo(429);
		assertThat(output.getOut()).contains("(address limit)");
		assertThat(location(PortalClient.from(port, "192.0.2.21").signIn(colleague, AccountFixtures.PASSWORD)))
			.as("from another address").endsWith("/admin");
	}

	@Test
	void letsTheAccountSignInAgainOnceTheWindowHasPassed() {
		var login = staff();
		var someone = PortalClient.from(port, "192.0.2.30");
		for (var i = 0; i < 5; i++) {
			someone.signIn(login, "wrong");
		}
		assertThat(someone.signIn(login, AccountFixtures.PASSWORD).statusCode()).isEqualTo(429);
		clock.set(clock.instant().plus(Duration.ofMinutes(10)));
		assertThat(someone.signIn(login, AccountFixtures.PASSWORD).statusCode()).as("10 minutes later").isEqualTo(429);

		clock.set(clock.instant().plus(Duration.ofMinutes(6)));
		var signIn = someone.signIn(login, AccountFixtures.PASSWORD);

		assertThat(location(signIn)).endsWith("/admin");
		assertThat(someone.get("/admin").statusCode()).isEqualTo(200);
	}

	@Test
	void startsTheCountAgainAfterASuccessfulSignIn() {
		var login = staff();
		var address = "192.0.2.40";
		for (var i = 0; i < 4; i++) {
			PortalClient.from(port, address).signIn(login, "wrong");
		}
		assertThat(location(PortalClient.from(port, address).signIn(login, AccountFixtures.PASSWORD))).endsWith("/admin");
		for (var i = 0; i < 4; i++) {
			assertThat(location(PortalClient.from(port, address).signIn(login, "wrong"))).endsWith("?error");
		}

		var signIn = PortalClient.from(port, address).signIn(login, AccountFixtures.PASSWORD);

		assertThat(location(signIn)).endsWith("/admin");
	}

	@Test
	void answersThePageForRefusalsOnlyToTheThrottle() {
		var visitor = new PortalClient(port);

		var answer = visitor.submit("/anmelden", "/anmelden/zu-viele-versuche", Map.of("username", "x"));

		assertThat(answer.statusCode()).isEqualTo(404);
	}

	private String staff() {
		return AccountFixtures.account(accounts, passwords, Role.EDITOR);
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("status " + response.statusCode());
	}
}
