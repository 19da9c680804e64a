package org.integrationskompass.news.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.integrationskompass.PortalClient;
import org.integrationskompass.accounts.AccountFixtures;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.events.MutableClock;
import org.integrationskompass.news.NewsFixtures;
import org.integrationskompass.news.domain.NewsAdministration;
import org.integrationskompass.news.domain.NewsArticle;
import org.integrationskompass.organisations.StaffBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.util.HtmlUtils;

/**
 * Editors add pictures to an article through the real Tomcat: with alternative text, caption and credit they appear
 * on the public page in every language; a file that is no PNG, JPEG or WebP, a picture without alternative text, one
 * over 5 MB and one over the server's upload limit are refused with a readable message, and nothing is added.
 */
@NewsAdminIntegrationTest
class EditorAddsPicturesToNewsTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	NewsAdministration administration;

	@Autowired
	MutableClock clock;

	StaffBrowser editor;

	NewsArticle article;

	String pictures;

	@BeforeEach
	void writeAPublicArticle() {
		clock.set(Instant.now().truncatedTo(ChronoUnit.MINUTES));
		editor = new StaffBrowser(port);
		editor.signIn(AccountFixtures.account(accounts, passwords, Role.EDITOR), AccountFixtures.PASSWORD);
		article = administration.create(NewsFixtures.article("Neues Rathaus " + UUID.randomUUID().toString().substring(0, 8),
				clock.instant().minus(Duration.ofHours(1)), null));
		pictures = "/admin/aktuelles/" + article.id() + "/bilder";
	}

	@Test
	void showsAnUploadedPictureWithItsAlternativeTextCaptionAndCreditOnThePublicPage() {
		var form = texts("Das neue Rathaus von vorn");
		form.put("altEn", List.of("The new town hall from the front"));
		form.put("captionDe", List.of("Eröffnung im Dezember"));
		form.put("credit", List.of("Foto: Stadt Wiesbaden"));

		var answer = editor.submit(pictures, pictures, form, png("rathaus.png"));

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(HtmlUtils.htmlUnescape(editor.get(pictures).body())).contains("Das Bild wurde hinzugefügt.",
				"Das neue Rathaus von vorn", "© Foto: Stadt Wiesbaden");
		var images = administration.images(article.id());
		assertThat(images).hasSize(1);
		assertThat(images.get(0).contentType()).isEqualTo("image/png");
		var visitor = new PortalClient(port);
		var page = HtmlUtils.htmlUnescape(visitor.get("/aktuelles/" + article.slug()).body());
		assertThat(page).contains("alt=\"Das neue Rathaus von vorn\"", "Eröffnung im Dezember", "© Foto: Stadt Wiesbaden",
				"/aktuelles/" + article.slug() + "/bilder/" + images.get(0).id());
		assertThat(HtmlUtils.htmlUnescape(visitor.get("/en/aktuelles/" + article.slug()).body()))
			.contains("alt=\"The new town hall from the front\"");
		assertThat(editor.getBytes(pictures + "/" + images.get(0).id()).body()).isEqualTo(NewsFixtures.PNG);
		assertThat(editor.get("/admin/aktuelles/" + article.id() + "/vorschau").body())
			.contains(pictures + "/" + images.get(0).id());

		var removed = editor.submit(pictures, pictures + "/" + images.get(0).id() + "/entfernen", Map.of(), null);
		assertThat(removed.statusCode()).isEqualTo(302);
		assertThat(HtmlUtils.htmlUnescape(editor.get(pictures).body())).contains("Das Bild wurde entfernt.");
		assertThat(administration.images(article.id())).isEmpty();
	}

	@Test
	void addsADecorativePictureWithoutAlternativeText() {
		var form = texts("");
		form.put("decorative", List.of("true"));

		assertThat(editor.submit(pictures, pictures, form, png("muster.png")).statusCode()).isEqualTo(302);

		var images = administration.images(article.id());
		assertThat(images).hasSize(1);
		assertThat(images.get(0).decorative()).isTrue();
		assertThat(new PortalClient(port).get("/aktuelles/" + article.slug()).body())
			.contains("class=\"ik-news-figure__image\" src=\"/aktuelles/" + article.slug() + "/bilder/" + images.get(0).id() + "\" alt=\"\"");
	}

	@Test
	void refusesAPictureWithoutAlternativeTextAndKeepsTheOtherTexts() {
		var form = texts("");
		form.put("captionDe", List.of("Eine Bildunterschrift"));

		var answer = editor.submit(pictures, pictures, form, png("rathaus.png"));

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(HtmlUtils.htmlUnescape(answer.body())).contains("data-error-summary",
				"Bitte beschreiben Sie das Bild auf Deutsch, oder kennzeichnen Sie es als Schmuck.", "href=\"#altDe\"",
				"value=\"Eine Bildunterschrift\"");
		assertThat(administration.images(article.id())).isEmpty();
	}

	@Test
	void refusesFilesThatAreNoPngJpegOrWebp() {
		var svg = editor.submit(pictures, pictures, texts("Ein Logo"), new StaffBrowser.Upload("logo.svg", "image/svg+xml",
				"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8),
				"image"));
		assertThat(svg.statusCode()).isEqualTo(200);
		assertThat(HtmlUtils.htmlUnescape(svg.body())).contains("SVG-Dateien sind nicht erlaubt.", "value=\"Ein Logo\"");

		var text = editor.submit(pictures, pictures, texts("Ein Foto"), new StaffBrowser.Upload("foto.png", "image/png",
				"kein Bild".getBytes(StandardCharsets.UTF_8), "image"));
		assertThat(HtmlUtils.htmlUnescape(text.body())).contains("Die Datei ist kein Bild im Format PNG, JPEG oder WebP.");

		var none = editor.submit(pictures, pictures, texts("Ein Foto"), null);
		assertThat(HtmlUtils.htmlUnescape(none.body())).contains("Bitte wählen Sie eine Bilddatei.");
		assertThat(administration.images(article.id())).isEmpty();
	}

	@Test
	void refusesAPictureOverFiveMegabytesWithAMessageInTheForm() {
		var large = new byte[6 * 1024 * 1024];
		System.arraycopy(NewsFixtures.PNG, 0, large, 0, NewsFixtures.PNG.length);

		var answer = editor.submit(pictures, pictures, texts("Ein großes Foto"),
				new StaffBrowser.Upload("gross.png", "image/png", large, "image"));

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(HtmlUtils.htmlUnescape(answer.body())).contains("Das Bild ist größer als 5 MB.", "value=\"Ein großes Foto\"");
		assertThat(administration.images(article.id())).isEmpty();
	}

	@Test
	void answersAPictureOverTheUploadLimitWithTheTooLargePageAndAddsNothing() {
		var huge = new byte[11 * 1024 * 1024];
		huge[0] = (byte) 0x89;

		var answer = editor.submit(pictures, pictures, texts("Ein riesiges Foto"),
				new StaffBrowser.Upload("riesig.png", "image/png", huge, "image"));

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(HtmlUtils.htmlUnescape(answer.body())).contains("Eingabe zu groß", "Nichts wurde gespeichert");
		assertThat(administration.images(article.id())).isEmpty();
	}

	private static HashMap<String, List<String>> texts(String altDe) {
		var form = new HashMap<String, List<String>>();
		form.put("altDe", List.of(altDe));
		form.put("altEn", List.of(""));
		form.put("altAr", List.of(""));
		form.put("captionDe", List.of(""));
		form.put("captionEn", List.of(""));
		form.put("captionAr", List.of(""));
		form.put("credit", List.of(""));
		return form;
	}

	private static StaffBrowser.Upload png(String name) {
		return new StaffBrowser.Upload(name, "image/png", NewsFixtures.PNG, "image");
	}
}
