package org.integrationskompass.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.integrationskompass.PortalClient;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StaffSignsInTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void createsAnInitialAdministratorWithAHashedRandomPassword() {
		var admin = accounts.findByLogin("admin").orElseThrow();

		assertThat(admin.roles()).containsExactly(Role.ADMIN);
		assertThat(admin.passwordHash()).startsWith("{bcrypt}");
	}

	@Test
	void sendsAnonymousVisitorsOfTheBackOfficeToTheSignInPageInTheirLanguage() {
		var answer = new PortalClient(port).get("/en/admin");

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).get().asString().endsWith("/en/anmelden");
	}

	@Test
	void letsAnEditorSignInAndSeeTheBackOffice() {
		var login = staff(Role.EDITOR);
		var editor = new PortalClient(port);

		var signIn = editor.signIn(login, AccountFixtures.PASSWORD);
		var dashboard = editor.get("/admin");

		assertThat(signIn.headers().firstValue("Location")).get().asString().endsWith("/admin");
		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertThat(dashboard.body()).contains("Willkommen, Test " + Role.EDITOR);
	}

	@Test
	void keepsTheLanguageAfterSignIn() {
		var login = staff(Role.EDITOR);
		var editor = new PortalClient(port);

		var password = editor.submit("/en/anmelden", "/en/anmelden", Map.of("username", login, "password", AccountFixtures.PASSWORD));
		assertThat(password.headers().firstValue("Location")).get().asString().endsWith("/en/anmelden/zwei-faktor");
		var signIn = editor.secondFactor(login, password);

		assertThat(signIn.headers().firstValue("Location")).get().asString().endsWith("/en/admin");
		assertThat(editor.get("/en/admin").body()).contains("<html lang=\"en\"").contains("Welcome, Test EDITOR");
	}

	@Test
	void returnsToTheRequestedBackOfficePageInItsLanguageAfterSignIn() {
		var editor = new PortalClient(port);
		editor.get("/en/admin/konten/neu");

		var login = staff(Role.ADMIN);
		var signIn = editor.secondFactor(login, editor.submit("/en/anmelden", "/en/anmelden",
				Map.of("username", login, "password", AccountFixtures.PASSWORD)));

		assertThat(signIn.headers().firstValue("Location")).get().asString().endsWith("/en/admin/konten/neu");
	}

	@Test
	void acceptsNoAnonymousCsrfTokenOnceSignedIn() {
		var editor = new PortalClient(port);
		editor.signIn(staff(Role.ADMIN), AccountFixtures.PASSWORD);
		var anonymousToken = PortalClient.csrfTokenIn(new PortalClient(port).get("/anmelden").body());

		var answer = editor.post("/admin/konten/neu", Map.of("_csrf", anonymousToken, "email",
				"csrf-" + java.util.UUID.randomUUID() + "@example.org", "displayName", "X", "roles", "EDITOR"));

		assertThat(answer.statusCode()).isEqualTo(403);
	}

	@Test
	void refusesAWrongPasswordWithAClearMessage() {
		var login = staff(Role.EDITOR);
		var someone = new PortalClient(port);

		var signIn = someone.signIn(login, "wrong");
		var page = someone.get("/anmelden?error");

		assertThat(signIn.headers().firstValue("Location")).get().asString().endsWith("/anmelden?error");
		assertThat(page.body()).contains("Anmeldung fehlgeschlagen");
		assertThat(someone.get("/admin").statusCode()).isEqualTo(302);
	}

	@Test
	void refusesTheBackOfficeToProviders() {
		var login = staff(Role.PROVIDER);
		var provider = new PortalClient(port);

		provider.signIn(login, AccountFixtures.PASSWORD);
		var answer = provider.get("/admin");

		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(answer.body()).contains("Kein Zugriff");
	}

	@Test
	void showsTheAccountListOnlyToAdministrators() {
		var editor = new PortalClient(port);
		editor.signIn(staff(Role.EDITOR), AccountFixtures.PASSWORD);
		var admin = new PortalClient(port);
		admin.signIn(staff(Role.ADMIN), AccountFixtures.PASSWORD);

		assertThat(editor.get("/admin/konten").statusCode()).isEqualTo(403);
		assertThat(admin.get("/admin/konten").body()).contains("Test EDITOR");
	}

	@Test
	void refusesASignInWithoutCsrfToken() {
		var login = staff(Role.ADMIN);

		var answer = new PortalClient(port).post("/anmelden", Map.of("username", login, "password", AccountFixtures.PASSWORD));

		assertThat(answer.statusCode()).isEqualTo(403);
	}

	@Test
	void refusesASignInWithAForgedCsrfToken() {
		var login = staff(Role.ADMIN);

		var answer = new PortalClient(port).post("/anmelden",
				Map.of("username", login, "password", AccountFixtures.PASSWORD, "_csrf", "abc.4102444800.forged"));

		assertThat(answer.statusCode()).isEqualTo(403);
	}

	@Test
	void signsOutAndEndsTheSession() {
		var editor = new PortalClient(port);
		editor.signIn(staff(Role.EDITOR), AccountFixtures.PASSWORD);

		var signOut = editor.submit("/admin", "/abmelden", Map.of());

		assertThat(signOut.statusCode()).isEqualTo(302);
		assertThat(editor.get("/admin").statusCode()).isEqualTo(302);
	}

	private String staff(Role role) {
		return AccountFixtures.account(accounts, passwords, role);
	}
}
