package org.integrationskompass.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.SecondFactorCodes;
import org.integrationskompass.accounts.domain.Account;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.browser.AccessibilityCheck;
import org.integrationskompass.browser.BrowserTest;
import org.integrationskompass.browser.PageChecks;
import org.integrationskompass.offers.domain.Offer;
import org.integrationskompass.offers.domain.OfferRepository;
import org.integrationskompass.offers.domain.OfferService;
import org.integrationskompass.offers.domain.OfferStatus;
import org.integrationskompass.offers.domain.TargetGroupRepository;
import org.integrationskompass.offers.domain.TopicRepository;
import org.integrationskompass.organisations.domain.OrganisationService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The pages of the freshness cycle in a real browser, in German, English and Arabic: the "still current" page of a
 * valid, a used and an unknown link, the page after confirming, and the back-office dashboard. No axe-core violation,
 * no Nu HTML checker error. Links are written straight into the database (the mail is tested elsewhere).
 */
@BrowserTest
class FreshnessPagesAccessibilityTests {

	static final List<String> LANGUAGES = List.of("", "/en", "/ar");

	private static final String LOGIN = "freshness-browser-check@integrationskompass.example";

	private static final String PASSWORD = "Frische-Browser-Check-2026";

	private static final String VALID = token('v');

	private static final String USED = token('u');

	private static final String UNKNOWN = token('x');

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final OfferRepository offerRepository;

	private final JdbcTemplate jdbc;

	private final OfferFixtures fixtures;

	@Autowired
	FreshnessPagesAccessibilityTests(AccountRepository accounts, PasswordEncoder passwords,
			OrganisationService organisations, OfferService offers, TopicRepository topics,
			TargetGroupRepository targetGroups, OfferRepository offerRepository, JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.offerRepository = offerRepository;
		this.jdbc = jdbc;
		this.fixtures = new OfferFixtures(organisations, offers, topics, targetGroups);
	}

	@BeforeEach
	void createAccountOffersAndLinks() {
		if (accounts.findByLogin(LOGIN).isEmpty()) {
			accounts.saveAndFlush(SecondFactorCodes.enrolled(new Account(LOGIN, "Freshness Browser Check",
					passwords.encode(PASSWORD), Set.of(Role.ADMIN), Instant.now())));
		}
		if (cycles(VALID) == 0) {
			var today = LocalDate.now();
			var due = fixtures.offer("Sprachcafé zum Frischecheck").topics("sprache-bildung")
				.confirmedOn(today.minusMonths(11).minusDays(4)).at(OfferFixtures.GIESSEN, OfferFixtures.MARBURG)
				.create();
			cycle(due, "SENT", VALID, null);
			var used = fixtures.offer("Elterntreff zum Frischecheck").confirmedOn(today.minusMonths(11).minusDays(9))
				.create();
			cycle(used, "SENT", USED, today.minusMonths(11).minusDays(9));
			fixtures.offer("Pausierter Frischecheck").confirmedOn(today.minusMonths(13)).status(OfferStatus.PAUSED)
				.create();
		}
	}

	static Stream<String> languages() {
		return LANGUAGES.stream();
	}

	@ParameterizedTest(name = "{0}/angebote/noch-aktuell/<valid>")
	@MethodSource("languages")
	void confirmPageOfAValidLinkPassesAccessibilityAndHtmlChecks(String language, PageChecks pages) {
		var served = pages.check(language + "/angebote/noch-aktuell/" + VALID);

		assertThat(served.status()).isEqualTo(200);
	}

	@ParameterizedTest(name = "{0}/angebote/noch-aktuell/<used>")
	@MethodSource("languages")
	void pageOfAUsedLinkPassesAccessibilityAndHtmlChecks(String language, PageChecks pages) {
		var served = pages.check(language + "/angebote/noch-aktuell/" + USED);

		assertThat(served.status()).isEqualTo(410);
	}

	@ParameterizedTest(name = "{0}/angebote/noch-aktuell/<unknown>")
	@MethodSource("languages")
	void pageOfAnUnknownLinkPassesAccessibilityAndHtmlChecks(String language, PageChecks pages) {
		var served = pages.check(language + "/angebote/noch-aktuell/" + UNKNOWN);

		assertThat(served.status()).isEqualTo(404);
	}

	@ParameterizedTest(name = "{0}/angebote/noch-aktuell/… after the click")
	@MethodSource("languages")
	void pageAfterConfirmingPassesAccessibilityChecks(String language, PageChecks pages) {
		var token = token('c');
		var offer = fixtures.offer("Frischecheck zum Klicken " + language)
			.confirmedOn(LocalDate.now().minusMonths(11).minusDays(2)).create();
		cycle(offer, "SENT", token, null);
		pages.open(language + "/angebote/noch-aktuell/" + token);
		pages.driver().findElement(By.cssSelector("main form button[type=submit]")).click();

		var wait = new WebDriverWait(pages.driver(), Duration.ofSeconds(10));
		wait.until(ExpectedConditions.not(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main form"))));

		AccessibilityCheck.assertNoViolations(pages.driver());
	}

	@ParameterizedTest(name = "{0}/admin/angebote/aktualitaet")
	@MethodSource("languages")
	void dashboardPassesAccessibilityAndHtmlChecks(String language, PageChecks pages) {
		pages.signIn(language, LOGIN, PASSWORD);

		var served = pages.check(language + "/admin/angebote/aktualitaet");

		assertThat(served.status()).isEqualTo(200);
		assertThat(served.html()).contains("Sprachcafé zum Frischecheck").contains("Pausierter Frischecheck");
	}

	private int cycles(String token) {
		var count = jdbc.queryForObject("SELECT COUNT(*) FROM offers_freshness_cycle WHERE token_hash = ?",
				Integer.class, sha256(token));
		return count == null ? 0 : count;
	}

	private void cycle(Offer offer, String state, String token, @Nullable LocalDate renewedOn) {
		jdbc.update("""
				INSERT INTO offers_freshness_cycle (offer_id, confirmed_on, reminder_state, token_hash, recipient,
				reminded_at, renewed_on, created_at) VALUES (?, ?, ?, ?, 'anbieter@example.org', ?, ?, ?)""",
				offer.id().value(), offer.lastConfirmedOn(), state, sha256(token), now(), renewedOn, now());
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

	/** A well-formed token (43 characters of Base64url), different per run. */
	private static String token(char marker) {
		var random = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
		return (marker + random).substring(0, 43);
	}

	private static String sha256(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
