package org.integrationskompass.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.integrationskompass.PortalClient;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.accounts.domain.Totp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Administrators and editors sign in with password and a TOTP code; Fachstelle accounts with the password alone.
 * Each test uses its own accounts and client address, and computes its codes itself (not through the helpers'
 * bookkeeping), so it can send exactly the codes it means to.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class StaffSignsInWithASecondFactorTests {

	private static final Pattern RECOVERY_CODE = Pattern.compile("<code dir=\"ltr\">([a-z2-7]{5}-[a-z2-7]{5})</code>");

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void leadsAnEditorWithoutASecondFactorToItsEnrolmentBeforeAnythingElse() {
		var login = AccountFixtures.accountWithoutSecondFactor(accounts, passwords, Role.EDITOR);
		var editor = PortalClient.from(port, "192.0.2.60");

		var password = password(editor, login);

		assertThat(location(password)).endsWith("/anmelden/zwei-faktor/einrichten");
		assertThat(location(editor.get("/admin"))).endsWith("/anmelden/zwei-faktor");
		assertThat(location(editor.get("/anmelden/zwei-faktor"))).endsWith("/anmelden/zwei-faktor/einrichten");
		var page = editor.get("/anmelden/zwei-faktor/einrichten");
		assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
		var secret = PortalClient.secretIn(page.body());
		assertThat(page.body()).contains("otpauth://totp/Integrationskompass%3A" + login.replace("@", "%40") + "?secret="
				+ secret + "&amp;issuer=Integrationskompass");
		assertThat(editor.get("/anmelden/zwei-faktor/einrichten").body()).as("the same secret on reload")
			.contains(secret);

		var wrong = editor.submit("/anmelden/zwei-faktor/einrichten", "/anmelden/zwei-faktor/einrichten",
				Map.of("code", wrongCode(secret)));
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("data-error-summary").contains("Der Code stimmt nicht");
		assertThat(editor.get("/admin").statusCode()).isEqualTo(302);

		var enrolled = editor.submit("/anmelden/zwei-faktor/einrichten", "/anmelden/zwei-faktor/einrichten",
				Map.of("code", current(secret)));

		assertThat(enrolled.statusCode()).isEqualTo(200);
		assertThat(RECOVERY_CODE.matcher(enrolled.body()).results().count()).isEqualTo(10);
		assertThat(editor.get("/admin").statusCode()).isEqualTo(200);
		assertThat(location(password(PortalClient.from(port, "192.0.2.60"), login)))
			.as("the next sign-in asks for the code").endsWith("/anmelden/zwei-faktor");
		assertThat(accounts.findByLogin(login).orElseThrow().hasSecondFactor()).isTrue();
	}

	@Test
	void opensNoBackOfficePageBeforeTheSecondFactor() {
		var login = AccountFixtures.account(accounts, passwords, Role.ADMIN);
		var admin = PortalClient.from(port, "192.0.2.61");

		assertThat(location(password(admin, login))).endsWith("/anmelden/zwei-faktor");

		assertThat(location(admin.get("/admin"))).endsWith("/anmelden/zwei-faktor");
		assertThat(location(admin.get("/en/admin/konten"))).endsWith("/en/anmelden/zwei-faktor");
		assertThat(location(admin.get("/actuator/metrics"))).endsWith("/anmelden/zwei-faktor");
		assertThat(admin.get("/").body()).as("not shown as signed in").doesNotContain("Abmelden");
		var code = admin.submit("/anmelden/zwei-faktor", "/anmelden/zwei-faktor",
				Map.of("code", SecondFactorCodes.next(login)));
		assertThat(location(code)).endsWith("/admin");
		assertThat(admin.get("/admin/konten").statusCode()).isEqualTo(200);
	}

	@Test
	void refusesWrongCodesAndThrottlesAfterTheLimitEvenTheRightCode(CapturedOutput output) throws Exception {
		var login = AccountFixtures.account(accounts, passwords, Role.EDITOR);
		var editor = PortalClient.from(port, "192.0.2.62");
		password(editor, login);
		var right = current(SecondFactorCodes.secret(login));
		var wrongCode = wrongCode(SecondFactorCodes.secret(login));

		for (var i = 0; i < 5; i++) {
			var wrong = editor.submit("/anmelden/zwei-faktor", "/anmelden/zwei-faktor", Map.of("code", wrongCode));
			assertThat(wrong.statusCode()).isEqualTo(200);
			assertThat(wrong.body()).contains("data-error-summary").contains("Der Code stimmt nicht");
		}
		var refused = editor.submit("/anmelden/zwei-faktor", "/anmelden/zwei-faktor", Map.of("code", right));

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.body()).contains("data-error-summary").contains("Der Code wurde nicht geprüft");
		assertThat(editor.get("/admin").statusCode()).isEqualTo(302);
		assertThat(output).contains("Second factor refused for login #" + loggable(login))
			.contains("wrong code")
			.contains("Second factor refused unchecked: too many failed attempts");
		assertThat(output.getAll().lines().filter(line -> line.contains("refused")))
			.as("refusals name the login only by its hash").noneMatch(line -> line.contains(login));
		assertThat(PortalClient.from(port, "192.0.2.63").signIn(login, AccountFixtures.PASSWORD).statusCode())
			.as("the password step of the same login is throttled too").isEqualTo(429);
	}

	@Test
	void refusesACodeThatWasAlreadyUsed(CapturedOutput output) {
		var login = AccountFixtures.account(accounts, passwords, Role.EDITOR);
		var code = current(SecondFactorCodes.secret(login));
		var first = PortalClient.from(port, "192.0.2.64");
		password(first, login);
		assertThat(location(first.submit("/anmelden/zwei-faktor", "/anmelden/zwei-faktor", Map.of("code", code))))
			.endsWith("/admin");

		var second = PortalClient.from(port, "192.0.2.64");
		password(second, login);
		var replayed = second.submit("/anmelden/zwei-faktor", "/anmelden/zwei-faktor", Map.of("code", code));

		assertThat(replayed.statusCode()).isEqualTo(200);
		assertThat(replayed.body()).contains("data-error-summary").contains("Dieser Code wurde schon verwendet");
		assertThat(second.get("/admin").statusCode()).isEqualTo(302);
		assertThat(output).contains("code of a step already used");
	}

	@Test
	void acceptsARecoveryCodeOnce() {
		var login = AccountFixtures.account(accounts, passwords, Role.ADMIN);
		var recovery = SecondFactorCodes.recoveryCodes(login).get(3);
		var typed = recovery.substring(0, 5).toUpperCase() + "-" + recovery.substring(5);
		var admin = PortalClient.from(port, "192.0.2.65");
		password(admin, login);

		assertThat(location(admin.submit("/anmelden/zwei-faktor", "/anmelden/zwei-faktor", Map.of("code", typed))))
			.endsWith("/admin");

		var again = PortalClient.from(port, "192.0.2.65");
		password(again, login);
		var used = again.submit("/anmelden/zwei-faktor", "/anmelden/zwei-faktor", Map.of("code", typed));
		assertThat(used.statusCode()).isEqualTo(200);
		assertThat(used.body()).contains("Der Code stimmt nicht");
	}

	@Test
	void asksFachstelleAccountsForNoSecondFactor() {
		var login = AccountFixtures.account(accounts, passwords, Role.FACHSTELLE);
		var fachstelle = PortalClient.from(port, "192.0.2.66");

		assertThat(location(password(fachstelle, login))).endsWith("/admin");
		assertThat(fachstelle.get("/admin").statusCode()).isEqualTo(200);
		assertThat(location(fachstelle.get("/anmelden/zwei-faktor"))).endsWith("/anmelden");
	}

	@Test
	void letsAnAdministratorResetAColleaguesSecondFactor(CapturedOutput output) {
		var editorLogin = AccountFixtures.account(accounts, passwords, Role.EDITOR);
		var editorId = accounts.findByLogin(editorLogin).orElseThrow().id();
		var admin = PortalClient.from(port, "192.0.2.67");
		var adminLogin = AccountFixtures.account(accounts, passwords, Role.ADMIN);
		admin.signIn(adminLogin, AccountFixtures.PASSWORD);
		assertThat(admin.get("/admin/konten").body()).contains("/admin/konten/" + editorId + "/zwei-faktor-zuruecksetzen");

		var reset = admin.submit("/admin/konten", "/admin/konten/" + editorId + "/zwei-faktor-zuruecksetzen", Map.of());

		assertThat(location(reset)).endsWith("/admin/konten");
		assertThat(admin.get("/admin/konten").body()).contains("Zweiter Faktor von " + editorLogin + " zurückgesetzt");
		assertThat(output).contains("Second factor of " + editorLogin + " reset by " + adminLogin);
		assertThat(location(password(PortalClient.from(port, "192.0.2.68"), editorLogin)))
			.endsWith("/anmelden/zwei-faktor/einrichten");
		var editor = PortalClient.from(port, "192.0.2.69");
		editor.signIn(AccountFixtures.account(accounts, passwords, Role.EDITOR), AccountFixtures.PASSWORD);
		assertThat(editor.submit("/admin", "/admin/konten/" + editorId + "/zwei-faktor-zuruecksetzen", Map.of())
			.statusCode()).as("editors may not reset").isEqualTo(403);
	}

	private static HttpResponse<String> password(PortalClient client, String login) {
		return client.submit("/anmelden", "/anmelden", Map.of("username", login, "password", AccountFixtures.PASSWORD));
	}

	/** The code an app shows now; the portal accepts it for this step and the next. */
	private static String current(String secret) {
		return Totp.code(Totp.fromBase32(secret), SecondFactorCodes.currentStep());
	}

	/** A code that fits none of the steps the portal accepts now (nor the next one). */
	private static String wrongCode(String secret) {
		var step = SecondFactorCodes.currentStep();
		for (var candidate = 0;; candidate++) {
			var code = "%06d".formatted(candidate);
			var fits = false;
			for (var s = step - 1; s <= step + 2; s++) {
				fits |= Totp.code(Totp.fromBase32(secret), s).equals(code);
			}
			if (!fits) {
				return code;
			}
		}
	}

	/** The login name as the log shows it: the first 12 hex digits of its SHA-256. */
	private static String loggable(String login) throws java.security.NoSuchAlgorithmException {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
			.digest(login.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 0, 6);
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("status " + response.statusCode());
	}
}
