package org.integrationskompass.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.integrationskompass.PortalClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class VisitorReadsPortalInTheirLanguageTests {

	@LocalServerPort
	int port;

	PortalClient visitor;

	@BeforeEach
	void openPortal() {
		visitor = new PortalClient(port);
	}

	@Test
	void showsTheGermanHomePageWithoutPrefix() {
		var home = visitor.get("/");

		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("<html lang=\"de\" dir=\"ltr\">");
	}

	@Test
	void showsEnglishUnderTheEnPrefix() {
		var home = visitor.get("/en/");

		assertThat(home.body()).contains("<html lang=\"en\" dir=\"ltr\">").contains("Skip to content");
	}

	@Test
	void showsArabicRightToLeft() {
		var home = visitor.get("/ar/");

		assertThat(home.body()).contains("<html lang=\"ar\" dir=\"rtl\">");
	}

	@Test
	void keepsTheLanguageInEveryLinkOfThePage() {
		var home = visitor.get("/en/");

		assertThat(home.body()).contains("href=\"/en/impressum\"").contains("href=\"/en/barrierefreiheit\"");
	}

	@Test
	void announcesTheOtherLanguageVersionsWithHreflang() {
		var page = visitor.get("/en/anmelden");

		assertThat(page.body())
			.contains("<link rel=\"alternate\" hreflang=\"de\" href=\"http://localhost:8080/anmelden\">")
			.contains("<link rel=\"alternate\" hreflang=\"ar\" href=\"http://localhost:8080/ar/anmelden\">")
			.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"http://localhost:8080/anmelden\">");
	}

	@Test
	void answersAnUnknownLanguagePrefixWithTheNotFoundPage() {
		var page = visitor.get("/xx/impressum");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Seite nicht gefunden</h1>");
	}

	@Test
	void showsTheNotFoundPageInThePagesLanguage() {
		var page = visitor.get("/ar/gibt-es-nicht");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("<html lang=\"ar\" dir=\"rtl\">");
	}

	@Test
	void redirectsTheExplicitGermanPrefixToTheUnprefixedAddress() {
		var page = visitor.get("/de/anmelden?x=1");

		assertThat(page.statusCode()).isEqualTo(301);
		assertThat(page.headers().firstValue("Location")).contains("/anmelden?x=1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/de//evil.example/x", "/de/%5Cevil.example", "/de///evil.example" })
	void neverRedirectsToAnotherHost(String path) {
		var answer = visitor.get(path);

		assertThat(answer.statusCode()).isIn(301, 400, 404);
		answer.headers().firstValue("Location")
			.ifPresent(location -> assertThat(location).doesNotStartWith("//").doesNotContain("://evil"));
	}

	@Test
	void findsEncodedAddressesUnderALanguagePrefixLikeWithout() {
		assertThat(visitor.get("/en/%C3%BCber-uns").statusCode()).isEqualTo(visitor.get("/%C3%BCber-uns").statusCode())
			.isEqualTo(404);
	}

	@Test
	void answersAMalformedRequestWithTheErrorPageInTheDesign() {
		var answer = visitor.get("/en/impressum;jsessionid=x");

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("Request not understood").contains("kern.min.css");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/en/", "/ar/", "/anmelden", "/en/anmelden", "/passwort-vergessen",
			"/ar/passwort-vergessen", "/passwort-zuruecksetzen/unbekannt", "/gibt-es-nicht", "/css/app.css" })
	void setsNoCookieForAnonymousVisitors(String path) {
		var page = visitor.get(path);

		assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void sendsTheSecurityHeaders() {
		var headers = visitor.get("/").headers();

		assertThat(headers.firstValue("Content-Security-Policy")).get().asString()
			.contains("script-src 'self'")
			.doesNotContain("unsafe-inline")
			.contains("frame-ancestors 'none'");
		assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(headers.firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
	}

	@Test
	void asksBrowsersToStayOnHttpsOnlyBehindHttps() {
		assertThat(visitor.get("/").headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(visitor.getThroughHttpsProxy("/").headers().firstValue("Strict-Transport-Security")).get()
			.asString().contains("max-age=31536000");
	}

	@Test
	void servesTheKernDesignSystemFromThePortalItself() {
		var css = visitor.get("/kern/kern.min.css");
		var home = visitor.get("/");

		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(home.body()).doesNotContainPattern("(src|href)=\"(https?:)?//(?!localhost:8080/)");
	}
}
