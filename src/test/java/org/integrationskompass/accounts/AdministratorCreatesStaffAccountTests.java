package org.integrationskompass.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.integrationskompass.PortalClient;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AdministratorCreatesStaffAccountTests {

	private static final Pattern FIRST_PASSWORD = Pattern.compile("<code>([A-Za-z0-9]{20})</code>");

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	PortalClient admin;

	@BeforeEach
	void signInAsAdministrator() {
		admin = new PortalClient(port);
		admin.signIn(account(Role.ADMIN), AccountFixtures.PASSWORD);
	}

	@Test
	void createsAnAccountWhoseFirstPasswordIsShownOnceAndWorks() {
		var email = "new-" + UUID.randomUUID() + "@example.org";

		var created = admin.submit("/admin/konten/neu", "/admin/konten/neu",
				Map.of("email", email, "displayName", "Neue Redakteurin", "roles", "EDITOR"));
		var list = admin.get("/admin/konten");
		var password = FIRST_PASSWORD.matcher(list.body());

		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(password.find()).isTrue();
		assertThat(admin.get("/admin/konten").body()).doesNotContain(password.group(1));
		var colleague = new PortalClient(port);
		colleague.signIn(email, password.group(1));
		assertThat(colleague.get("/admin").statusCode()).isEqualTo(200);
	}

	@Test
	void showsTheFirstPasswordInTheBackOfficesLanguage() {
		var email = "en-" + UUID.randomUUID() + "@example.org";

		admin.submit("/en/admin/konten/neu", "/en/admin/konten/neu",
				Map.of("email", email, "displayName", "New Editor", "roles", "EDITOR"));
		var list = admin.get("/en/admin/konten");

		assertThat(list.body()).contains("Account " + email + " created");
		assertThat(FIRST_PASSWORD.matcher(list.body()).find()).isTrue();
	}

	@Test
	void refusesATakenEmailAndKeepsWhatWasTyped() {
		var taken = account(Role.EDITOR);

		var page = admin.submit("/admin/konten/neu", "/admin/konten/neu",
				Map.of("email", taken, "displayName", "Doppelt Angelegt", "roles", "EDITOR"));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Bitte korrigieren Sie Folgendes")
			.contains("Für diese E-Mail-Adresse gibt es schon ein Konto.")
			.contains("value=\"Doppelt Angelegt\"");
	}

	@Test
	void asksForARoleAndAValidEmail() {
		var page = admin.submit("/admin/konten/neu", "/admin/konten/neu",
				Map.of("email", "kein-at-zeichen", "displayName", "<script>alert(1)</script>"));

		assertThat(page.body()).contains("Bitte wählen Sie mindestens eine Rolle")
			.contains("Bitte geben Sie eine gültige E-Mail-Adresse an")
			.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")
			.doesNotContain("<script>alert(1)</script>");
	}

	@Test
	void answersAnUnknownRoleWithAClearMessage() {
		var page = admin.submit("/admin/konten/neu", "/admin/konten/neu",
				Map.of("email", "x-" + UUID.randomUUID() + "@example.org", "displayName", "X", "roles", "KAISER"));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Bitte wählen Sie einen der angebotenen Werte.").doesNotContain("java.");
	}

	@Test
	void refusesAccountCreationToEditors() {
		var editor = new PortalClient(port);
		editor.signIn(account(Role.EDITOR), AccountFixtures.PASSWORD);

		var answer = editor.submit("/admin", "/admin/konten/neu",
				Map.of("email", "x-" + UUID.randomUUID() + "@example.org", "displayName", "X", "roles", "ADMIN"));

		assertThat(answer.statusCode()).isEqualTo(403);
	}

	private String account(Role role) {
		return AccountFixtures.account(accounts, passwords, role);
	}
}
