package org.integrationskompass.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.SecondFactorCodes;
import org.integrationskompass.accounts.domain.Account;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.browser.BrowserTest;
import org.integrationskompass.browser.PageChecks;
import org.integrationskompass.organisations.OrganisationKind;
import org.integrationskompass.organisations.domain.OrganisationDetails;
import org.integrationskompass.organisations.domain.OrganisationService;
import org.integrationskompass.shared.domain.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The change log (with entries, filtered, with filters it leaves out) and one change's details, in de, en and ar,
 * in Chromium: no axe-core WCAG 2.1 A/AA violation, no Nu HTML checker error.
 */
@BrowserTest
class ChangeLogPagesAccessibilityTests {

	private static final String LOGIN = "protokoll-pruefung@example.org";

	private static final String PASSWORD = "Protokoll-Pruefung-2026";

	private static volatile long entryId;

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final OrganisationService organisations;

	private final JdbcTemplate jdbc;

	@Autowired
	ChangeLogPagesAccessibilityTests(AccountRepository accounts, PasswordEncoder passwords,
			OrganisationService organisations, JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.organisations = organisations;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void prepareOnce() {
		if (entryId != 0) {
			return;
		}
		if (accounts.findByLogin(LOGIN).isEmpty()) {
			accounts.saveAndFlush(SecondFactorCodes.enrolled(new Account(LOGIN, "Protokoll Prüfung", passwords.encode(PASSWORD), Set.of(Role.ADMIN),
					Instant.now())));
		}
		var organisation = organisations.create(new OrganisationDetails("Verein für die Protokollprüfung",
				OrganisationKind.ASSOCIATION, LocalizedText.german("Ein Verein.").with("ar", "جمعية."), "Hauptstraße 5",
				"35390", "Gießen", "06531005", "06531", null, null, "https://verein.example", null, null, Set.of("de", "ar"),
				LocalizedText.empty(), false, null), false);
		entryId = jdbc.queryForObject("SELECT MAX(id) FROM audit_entry WHERE subject_id = ?", Long.class,
				organisation.id().value().toString());
	}

	static Stream<String> languages() {
		return Stream.of("", "/en", "/ar");
	}

	@ParameterizedTest(name = "{0} change log")
	@MethodSource("languages")
	void changeLogPagesPassAccessibilityAndHtmlChecks(String language, PageChecks pages) {
		pages.signIn(language, LOGIN, PASSWORD);

		assertThat(pages.check(language + "/admin/protokoll").status()).isEqualTo(200);
		assertThat(pages.check(language + "/admin/protokoll?typ=organisation&wer=system&von=2026-01-01").status())
			.isEqualTo(200);
		assertThat(pages.check(language + "/admin/protokoll?typ=drache&von=gestern").status()).isEqualTo(200);
		assertThat(pages.check(language + "/admin/protokoll/" + entryId).status()).isEqualTo(200);
	}
}
