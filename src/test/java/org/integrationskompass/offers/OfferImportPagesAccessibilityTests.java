package org.integrationskompass.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.SecondFactorCodes;
import org.integrationskompass.accounts.domain.Account;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.browser.BrowserTest;
import org.integrationskompass.browser.PageChecks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The import and export pages of the back office in a real browser, in German, English and Arabic: no axe-core
 * violation and no Nu HTML checker error on the upload page, the status page of a running import (with its htmx
 * polling), the status page and the report of a finished import (with a script in a cell, shown as text) and the
 * export page.
 */
@BrowserTest
class OfferImportPagesAccessibilityTests {

	static final List<String> LANGUAGES = List.of("", "/en", "/ar");

	/** Fixed IDs: browser test classes share one database, so the rows are written once. */
	static final UUID RUNNING = UUID.fromString("00000000-0000-4000-8000-00000000c001");

	static final UUID FINISHED = UUID.fromString("00000000-0000-4000-8000-00000000c002");

	private static final String LOGIN = "import-check@integrationskompass.example";

	private static final String PASSWORD = "Import-Check-Passwort-2026";

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final JdbcTemplate jdbc;

	OfferImportPagesAccessibilityTests(@Autowired AccountRepository accounts, @Autowired PasswordEncoder passwords,
			@Autowired JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void staffAndImports() {
		if (accounts.findByLogin(LOGIN).isEmpty()) {
			accounts.saveAndFlush(SecondFactorCodes.enrolled(new Account(LOGIN, "Import Check", passwords.encode(PASSWORD), Set.of(Role.EDITOR),
					Instant.now())));
		}
		// Written directly: a running import without a file is never picked up by the worker, so it stays running.
		jdbc.update("""
				INSERT INTO offers_import (id, file_name, content, status, total_rows, processed_rows, created_count,
				    started_by, created_at)
				VALUES (?, 'angebote-lauf.csv', NULL, 'RUNNING', 10, 3, 3, ?, CURRENT_TIMESTAMP) ON CONFLICT DO NOTHING""",
				RUNNING, LOGIN);
		if (jdbc.update("""
				INSERT INTO offers_import (id, file_name, content, status, total_rows, processed_rows, created_count,
				    rejected_count, started_by, created_at, finished_at)
				VALUES (?, 'angebote-fertig.csv', NULL, 'FINISHED', 2, 2, 1, 1, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
				ON CONFLICT DO NOTHING""", FINISHED, LOGIN) > 0) {
			jdbc.update("""
					INSERT INTO offers_import_entry (import_id, row_number, external_id, column_name, severity, message_key, argument)
					VALUES (?, 2, 'a-1', NULL, 'INFO', 'offers.import.outcome.CREATED', NULL),
					       (?, 3, '<script>alert(1)</script>', 'organisation', 'ERROR', 'offers.import.row.organisationUnknown', '<script>alert(2)</script>'),
					       (?, 3, '<script>alert(1)</script>', NULL, 'ERROR', 'offers.import.outcome.REJECTED', NULL)""",
					FINISHED, FINISHED, FINISHED);
		}
	}

	static Stream<Arguments> pages() {
		var paths = List.of("/admin/angebote/import", "/admin/angebote/import/" + RUNNING,
				"/admin/angebote/import/" + FINISHED, "/admin/angebote/import/" + FINISHED + "/bericht",
				"/admin/angebote/export", "/admin/angebote/export/datei?ort=Atlantis");
		return LANGUAGES.stream().flatMap(language -> paths.stream().map(path -> Arguments.of(language, path)));
	}

	@ParameterizedTest(name = "{0}{1}")
	@MethodSource("pages")
	void importAndExportPagesPassAccessibilityAndHtmlChecks(String language, String path, PageChecks pages) {
		pages.signIn(language, LOGIN, PASSWORD);

		var served = pages.check(language + path);

		assertThat(served.status()).isEqualTo(200);
		assertThat(served.html()).doesNotContain("<script>alert");
	}
}
