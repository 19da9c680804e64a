package org.integrationskompass.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;
import org.integrationskompass.browser.HtmlValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The public pages of the shell, in every language, with the demo content of a first start. */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:site-pages-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"platform.demo.enabled=true" })
@AutoConfigureMockMvc
class SitePagesTests {

	@Autowired
	MockMvc mvc;

	static Stream<String> publicPages() {
		return Stream.of("", "/en", "/ar")
			.flatMap(prefix -> Stream.of("/", "/impressum", "/datenschutz", "/barrierefreiheit", "/leichte-sprache",
					"/gebaerdensprache", "/links", "/seiten/kompetenzzentrum", "/seiten/integrationspolitik/landesprogramm-wir")
				.map(path -> prefix + ("/".equals(path) && !prefix.isEmpty() ? "/" : path)));
	}

	@ParameterizedTest
	@MethodSource("publicPages")
	void servesEveryPublicPageWithoutSettingACookie(String path) throws Exception {
		var result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();

		assertThat(result.getResponse().getHeaders("Set-Cookie")).isEmpty();
		assertThat(result.getResponse().getCookies()).isEmpty();
		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(result.getResponse().getContentAsString()).doesNotContain("??");
	}

	@Autowired
	org.integrationskompass.site.domain.LinkEntryRepository links;

	@Test
	void placesTheDemoPageTreeInTheMenuAndLoadsAboutAHundredLinksThatAreNotRequestedAtStart() throws Exception {
		var home = html("/");
		assertThat(home).contains("href=\"/seiten/kompetenzzentrum\"", "href=\"/seiten/integrationspolitik\"",
				"href=\"/seiten/ueber-das-portal\"", "href=\"/links\"");
		assertThat(html("/seiten/kompetenzzentrum/lotsinnen")).contains("Fachstelle WIR-Lots*innen",
				"href=\"/seiten/kompetenzzentrum\"");
		assertThat(html("/links")).contains("Bundesamt für Migration und Flüchtlinge", "Land Hessen");
		var all = links.findAll();
		assertThat(all).hasSizeGreaterThanOrEqualTo(100);
		assertThat(all).allSatisfy(link -> {
			assertThat(link.checkedAt()).isNull();
			assertThat(link.nextCheckAt()).isAfter(java.time.Instant.now().plus(java.time.Duration.ofHours(12)));
		});
	}

	@Test
	void linksLeichteSpracheAndSignLanguageNearTheTopOfTheHomePage() throws Exception {
		var page = html("/en/");

		var easyRead = page.indexOf("href=\"/en/leichte-sprache\"");
		var signLanguage = page.indexOf("href=\"/en/gebaerdensprache\"");
		assertThat(easyRead).isPositive().isLessThan(page.indexOf("id=\"highlights-title\""));
		assertThat(signLanguage).isPositive().isLessThan(page.indexOf("id=\"highlights-title\""));
		assertThat(page).contains("kern-icon--easy-language").contains("kern-icon--sign-language");
	}

	@Test
	void showsTheDemoHighlightsAndMarksMissingTranslations() throws Exception {
		assertThat(html("/")).contains("Kompetenzzentrum Vielfalt Hessen", "Landesprogramm WIR",
				"Vier Integrationsverträge", "Die Integrationskonferenz").doesNotContain("noch nicht übersetzt");

		var english = html("/en/");
		assertThat(english).contains("The state programme WIR", "(not yet translated)")
			.contains("lang=\"de\" dir=\"ltr\">Integrationslots*innen und die Fachstelle WIR-Lots*innen</span>");

		var arabic = html("/ar/");
		assertThat(arabic).contains("برنامج الولاية WIR", "(لم تتم الترجمة بعد)")
			.contains("lang=\"de\" dir=\"ltr\">Fachstelle Migrantenorganisationen</span>");
	}

	@Test
	void marksTheGermanEasyReadTextOnEnglishAndArabicPages() throws Exception {
		var english = html("/en/leichte-sprache");
		assertThat(english).contains("Leichte Sprache is a regulated form of German")
			.contains("<div class=\"ik-easy-read__text\" lang=\"de\" dir=\"ltr\">")
			.contains("Der Integrations·kompass ist eine Internet·seite vom Land Hessen.");

		assertThat(html("/ar/leichte-sprache")).contains("<div class=\"ik-easy-read__text\" lang=\"de\" dir=\"ltr\">");
		assertThat(html("/leichte-sprache")).contains("<div class=\"ik-easy-read__text\">")
			.doesNotContain("deutscher Bedien·oberfläche");
	}

	@Test
	void saysSoWhenThereIsNoSignLanguageVideoYet() throws Exception {
		var page = html("/gebaerdensprache");

		assertThat(page).contains("Das Video in Gebärdensprache ist noch in Arbeit").doesNotContain("<video");
	}

	@Test
	void namesTheRetentionPeriodInThePrivacyStatement() throws Exception {
		assertThat(html("/datenschutz")).contains("nach 180 Tagen");
		assertThat(html("/en/datenschutz")).contains("after 180 days");
	}

	@Test
	void creditsTheDesignSystemInTheImprint() throws Exception {
		var page = html("/impressum");

		assertThat(page).contains("Dies ist eine Demo-Installation").contains("Musterstraße 1")
			.contains("EUPL-1.2").contains("href=\"/kern/LICENSE.md\"");
	}

	@Test
	void statesTheEnforcementProcedureInTheAccessibilityStatement() throws Exception {
		var page = html("/barrierefreiheit");

		assertThat(page).contains("Durchsetzungsverfahren").contains("teilweise vereinbar")
			.contains("<time datetime=\"2026-11-23\">23. November 2026</time>")
			.contains("Videos in Deutscher Gebärdensprache gibt es noch nicht");
	}

	@ParameterizedTest
	@MethodSource("publicPages")
	void publishesValidHtml(String path) throws Exception {
		HtmlValidation.assertValid(path, html(path));
	}

	@Test
	void publishesValidHtmlForAFormWithErrors() throws Exception {
		var page = mvc.perform(post("/ar/barrierefreiheit/rueckmeldung")
				.param("_csrf", FeedbackForms.csrfToken(mvc, "/ar"))
				.param("message", "<script>alert(1)</script>")
				.param("email", "kaputt"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		HtmlValidation.assertValid("feedback form with errors", page);
	}

	@Test
	void publishesValidHtmlInTheBackOffice() throws Exception {
		var page = mvc.perform(get("/admin/rueckmeldungen").with(user("redaktion").roles("EDITOR")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		HtmlValidation.assertValid("back office feedback list", page);
	}

	private String html(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
