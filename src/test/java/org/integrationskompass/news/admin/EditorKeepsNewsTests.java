package org.integrationskompass.news.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
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
import org.integrationskompass.news.domain.PublicNews;
import org.integrationskompass.organisations.StaffBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.util.HtmlUtils;

/**
 * Editors keep the news through the real portal: drafts that readers do not see, scheduling, publishing and
 * withdrawing at once, translations that leave the German text alone, a form that keeps what was typed and says
 * what is wrong, sanitised bodies, deleting after a confirmation, and nobody else let in.
 */
@NewsAdminIntegrationTest
class EditorKeepsNewsTests {

	private static final String LIST = "/admin/aktuelles";

	private static final String NEW = LIST + "/neu";

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

	PortalClient visitor;

	@BeforeEach
	void signInAsEditor() {
		clock.set(Instant.now().truncatedTo(ChronoUnit.MINUTES));
		editor = new StaffBrowser(port);
		editor.signIn(AccountFixtures.account(accounts, passwords, Role.EDITOR), AccountFixtures.PASSWORD);
		visitor = new PortalClient(port);
	}

	@Test
	void keepsANewArticleADraftThatOnlyThePreviewShowsUntilItIsPublishedNow() {
		var title = "Neue Sprachkurse " + UUID.randomUUID().toString().substring(0, 8);
		var form = fields(title, "");
		form.put("body", List.of("<p>Anmeldung ab Montag.</p><script>alert('x')</script><p onclick=\"evil()\">Mehr</p>"));

		var created = editor.submit(NEW, NEW, form, null);

		assertThat(created.statusCode()).isEqualTo(302);
		var edit = location(created);
		var article = stored(edit);
		assertThat(article.body().get("de")).get().asString().contains("Anmeldung ab Montag.")
			.doesNotContain("<script", "alert(", "onclick");
		assertThat(HtmlUtils.htmlUnescape(editor.get(edit).body())).contains("Die Meldung wurde gespeichert.", "Entwurf");
		assertThat(visitor.get("/aktuelles/" + article.slug()).statusCode()).isEqualTo(404);
		assertThat(visitor.get("/aktuelles").body()).doesNotContain(title);
		assertThat(HtmlUtils.htmlUnescape(editor.get(LIST).body())).contains(title, "Entwurf");

		var preview = editor.get(edit + "/vorschau");
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(HtmlUtils.htmlUnescape(preview.body())).contains(title, "Anmeldung ab Montag.", "Vorschau",
				"<meta name=\"robots\" content=\"noindex, nofollow\">").doesNotContain("alert(");
		assertThat(preview.headers().firstValue("X-Robots-Tag")).hasValue("noindex, nofollow");
		assertThat(preview.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
		assertThat(visitor.get(edit + "/vorschau").statusCode()).isEqualTo(302);

		var published = editor.submit(edit, edit + "/veroeffentlichen", Map.of(), null);
		assertThat(published.statusCode()).isEqualTo(302);
		assertThat(HtmlUtils.htmlUnescape(editor.get(location(published)).body())).contains("Die Meldung ist jetzt öffentlich.");
		assertThat(visitor.get("/aktuelles/" + article.slug()).body()).contains("Anmeldung ab Montag.");
		assertThat(visitor.get("/aktuelles").body()).contains(title);

		clock.set(clock.instant().plus(Duration.ofMinutes(5)));
		var unpublished = editor.submit(edit, edit + "/zurueckziehen", Map.of(), null);
		assertThat(HtmlUtils.htmlUnescape(editor.get(location(unpublished)).body()))
			.contains("Die Meldung ist nicht mehr öffentlich.", "Zurückgezogen");
		assertThat(visitor.get("/aktuelles/" + article.slug()).statusCode()).isEqualTo(404);

		var again = editor.submit(edit, edit + "/zurueckziehen", Map.of(), null);
		assertThat(HtmlUtils.htmlUnescape(editor.get(location(again)).body()))
			.contains("Die Meldung ist nicht öffentlich, sie kann also nicht zurückgezogen werden.");
	}

	@Test
	void showsAScheduledArticleToReadersFromItsPublishTimeUntilItsUnpublishTime() {
		var title = "Fachtag Integration " + UUID.randomUUID().toString().substring(0, 8);
		var publishAt = clock.instant().plus(Duration.ofHours(2));
		var unpublishAt = clock.instant().plus(Duration.ofDays(2));

		var created = editor.submit(NEW, NEW, fields(title, local(publishAt), local(unpublishAt)), null);

		assertThat(created.statusCode()).isEqualTo(302);
		var article = stored(location(created));
		assertThat(article.publishAt()).isEqualTo(publishAt);
		assertThat(article.unpublishAt()).isEqualTo(unpublishAt);
		assertThat(HtmlUtils.htmlUnescape(editor.get(LIST).body())).contains(title, "Geplant");
		assertThat(visitor.get("/aktuelles/" + article.slug()).statusCode()).isEqualTo(404);

		clock.set(publishAt);
		assertThat(visitor.get("/aktuelles/" + article.slug()).statusCode()).isEqualTo(200);
		assertThat(visitor.get("/aktuelles").body()).contains(title);

		clock.set(unpublishAt);
		assertThat(visitor.get("/aktuelles/" + article.slug()).statusCode()).isEqualTo(404);
		assertThat(HtmlUtils.htmlUnescape(editor.get(LIST).body())).contains("Zurückgezogen");
	}

	@Test
	void editsTheEnglishVersionAndLeavesTheGermanTextAsItWas() {
		var article = administration.create(NewsFixtures.article("Beratung für Geflüchtete",
				clock.instant().minus(Duration.ofHours(1)), null));
		var edit = LIST + "/" + article.id();
		var englishForm = HtmlUtils.htmlUnescape(editor.get(edit + "?sprache=en").body());
		assertThat(englishForm).contains("Beratung für Geflüchtete (English)");
		assertThat(englishForm).contains("Deutscher Titel zum Vergleich");

		var form = fields("Advice for refugees", local(article.publishAt()));
		form.put("teaser", List.of("In short: advice."));
		form.put("body", List.of("<p>The English text.</p>"));
		var saved = editor.post(edit + "?sprache=en", form, null, csrf(edit + "?sprache=en"));

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(location(saved)).isEqualTo(edit + "?sprache=en");
		var after = administration.find(article.id()).orElseThrow();
		assertThat(after.title().get("de")).hasValue("Beratung für Geflüchtete");
		assertThat(after.teaser().get("de")).isEqualTo(article.teaser().get("de"));
		assertThat(after.body().get("de")).isEqualTo(article.body().get("de"));
		assertThat(after.title().get("en")).hasValue("Advice for refugees");
		assertThat(after.body().get("en")).hasValue("<p>The English text.</p>");
		assertThat(after.publishAt()).isEqualTo(article.publishAt());
		assertThat(visitor.get("/en/aktuelles/" + article.slug()).body()).contains("Advice for refugees", "The English text.");
		assertThat(visitor.get("/aktuelles/" + article.slug()).body()).contains("Beratung für Geflüchtete")
			.doesNotContain("The English text.");
	}

	@Test
	void keepsWhatWasTypedAndSummarisesEveryErrorWhenTheFormIsWrong() {
		var before = administration.all().size();
		var form = fields("", "2026-12-10T10:00", "2026-12-09T10:00");
		form.put("body", List.of("<p>Mein getippter Text</p>"));
		form.put("author", List.of("Amal Haddad"));
		form.put("kind", List.of("GERUECHT"));
		form.put("topics", List.of("LANGUAGE_EDUCATION", "ASTROLOGIE"));

		var answer = editor.submit(NEW, NEW, form, null);

		assertThat(answer.statusCode()).isEqualTo(200);
		var html = HtmlUtils.htmlUnescape(answer.body());
		assertThat(html).contains("data-error-summary", "Fehler:", "Bitte geben Sie einen Titel an.",
				"Bitte wählen Sie eine der angebotenen Arten.", "Bitte wählen Sie nur angebotene Handlungsfelder.",
				"Die Zeit zum Zurückziehen muss nach der Veröffentlichung liegen.", "href=\"#title\"", "href=\"#kind\"",
				"href=\"#topics\"", "href=\"#unpublishAt\"");
		assertThat(html).contains("<p>Mein getippter Text</p>", "value=\"Amal Haddad\"", "value=\"2026-12-10T10:00\"",
				"value=\"2026-12-09T10:00\"");
		assertThat(answer.body()).contains("id=\"topic-LANGUAGE_EDUCATION\" value=\"LANGUAGE_EDUCATION\" checked");
		assertThat(html.indexOf("Bitte geben Sie einen Titel an.")).as("errors in the order of the fields")
			.isLessThan(html.indexOf("Bitte wählen Sie eine der angebotenen Arten."));

		var withoutPublish = fields("Titel da", "", "2026-12-09T10:00");
		assertThat(HtmlUtils.htmlUnescape(editor.submit(NEW, NEW, withoutPublish, null).body()))
			.contains("Bitte geben Sie auch eine Veröffentlichungszeit an.");
		var badDate = fields("Titel da", "morgen früh");
		assertThat(HtmlUtils.htmlUnescape(editor.submit(NEW, NEW, badDate, null).body()))
			.contains("Bitte geben Sie Datum und Uhrzeit an", "value=\"morgen früh\"");
		var tooLong = fields("Langer Bericht", "");
		tooLong.put("body", List.of("x".repeat(NewsAdministration.MAX_BODY_LENGTH + 1)));
		var refused = editor.submit(NEW, NEW, tooLong, null);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(HtmlUtils.htmlUnescape(refused.body())).contains("Der Text ist zu lang: höchstens 200.000 Zeichen");
		var noKind = fields("Ohne Art", "");
		noKind.remove("kind");
		assertThat(HtmlUtils.htmlUnescape(editor.submit(NEW, NEW, noKind, null).body()))
			.contains("Bitte wählen Sie die Art der Meldung.");
		assertThat(administration.all()).hasSize(before);
	}

	@Test
	void bringsTheFormBackFilledInWhenItsTokenHadExpiredAndStoresNothing() {
		var article = administration.create(NewsFixtures.article("Lange offen", null, null));
		var edit = LIST + "/" + article.id();
		var form = fields("Lange offen, neu betitelt", "");
		form.put("body", List.of("<p>Eine Stunde lang getippt.</p>"));

		var created = editor.post(NEW, fields("Nach der Pause", ""), null, "abgelaufen");
		var saved = editor.post(edit + "?sprache=en", form, null, "abgelaufen");

		assertThat(created.statusCode()).isEqualTo(200);
		assertThat(HtmlUtils.htmlUnescape(created.body())).contains("value=\"Nach der Pause\"", "Bitte speichern Sie noch einmal.");
		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(HtmlUtils.htmlUnescape(saved.body())).contains("value=\"Lange offen, neu betitelt\"",
				"<p>Eine Stunde lang getippt.</p>", "Bitte speichern Sie noch einmal.", "Meldung bearbeiten (Englisch)");
		assertThat(administration.find(article.id()).orElseThrow().title().get("en")).hasValue("Lange offen (English)");
		assertThat(administration.all()).noneMatch(a -> a.title().get("de").orElse("").equals("Nach der Pause"));
	}

	@Test
	void saysWhatHappenedInTheLanguageTheEditorWorksIn() {
		var article = administration.create(NewsFixtures.article("Auf Englisch bedient", null, null));
		var edit = "/en" + LIST + "/" + article.id();

		var published = editor.submit(edit, edit + "/veroeffentlichen", Map.of(), null);

		assertThat(location(published)).isEqualTo(edit);
		assertThat(HtmlUtils.htmlUnescape(editor.get(edit).body())).contains("The article is public now.", "Published");
		var arabic = "/ar" + LIST + "/" + article.id();
		assertThat(editor.get(arabic).body()).contains("lang=\"ar\" dir=\"rtl\"", "الخبر");
	}

	@Test
	void deletesAnArticleOnlyAfterTheConfirmationStep() {
		var article = administration.create(NewsFixtures.article("Zu löschen " + UUID.randomUUID(), null, null));
		var edit = LIST + "/" + article.id();

		var confirm = editor.get(edit + "/loeschen");
		assertThat(confirm.statusCode()).isEqualTo(200);
		assertThat(HtmlUtils.htmlUnescape(confirm.body())).contains("Endgültig löschen", article.title().get("de").orElseThrow());
		assertThat(administration.find(article.id())).isPresent();

		var deleted = editor.submit(edit + "/loeschen", edit + "/loeschen", Map.of(), null);

		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(location(deleted)).isEqualTo(LIST);
		assertThat(HtmlUtils.htmlUnescape(editor.get(LIST).body())).contains("wurde gelöscht.");
		assertThat(administration.find(article.id())).isEmpty();
		assertThat(editor.get(edit).statusCode()).isEqualTo(404);
	}

	@Test
	void letsOnlyEditorsAndAdministratorsIn() {
		var article = administration.create(NewsFixtures.article("Nur für die Redaktion", null, null));
		var edit = LIST + "/" + article.id();
		assertThat(editor.get(LIST).statusCode()).isEqualTo(200);
		assertThat(editor.get("/admin").body()).contains("href=\"/admin/aktuelles\"");

		var administrator = new StaffBrowser(port);
		administrator.signIn(AccountFixtures.account(accounts, passwords, Role.ADMIN), AccountFixtures.PASSWORD);
		assertThat(administrator.get(LIST).statusCode()).isEqualTo(200);
		assertThat(administrator.get(edit).statusCode()).isEqualTo(200);

		var fachstelle = new StaffBrowser(port);
		fachstelle.signIn(AccountFixtures.account(accounts, passwords, Role.FACHSTELLE), AccountFixtures.PASSWORD);
		assertThat(fachstelle.get("/admin").body()).doesNotContain("href=\"/admin/aktuelles\"");
		assertThat(fachstelle.get(LIST).statusCode()).isEqualTo(403);
		assertThat(fachstelle.get(edit).statusCode()).isEqualTo(403);
		assertThat(fachstelle.get(NEW).statusCode()).isEqualTo(403);
		assertThat(fachstelle.submit("/admin", NEW, fields("Eingeschleust", ""), null).statusCode()).isEqualTo(403);
		assertThat(fachstelle.submit("/admin", edit + "/loeschen", Map.of(), null).statusCode()).isEqualTo(403);

		var provider = new StaffBrowser(port);
		provider.signIn(AccountFixtures.account(accounts, passwords, Role.PROVIDER), AccountFixtures.PASSWORD);
		assertThat(provider.get(LIST).statusCode()).isEqualTo(403);

		assertThat(visitor.get(LIST).statusCode()).isEqualTo(302);
		assertThat(visitor.get(LIST).headers().firstValue("Location")).get().asString().endsWith("/anmelden");
		assertThat(visitor.get(edit + "/vorschau").statusCode()).isEqualTo(302);
		assertThat(administration.find(article.id())).isPresent();
		assertThat(administration.all()).noneMatch(a -> a.title().get("de").orElse("").equals("Eingeschleust"));
	}

	@Test
	void answersIdsThatAreNoArticlesWith404() {
		var article = administration.create(NewsFixtures.article("Echte Meldung", null, null));
		var edit = LIST + "/" + article.id();
		var unknown = LIST + "/" + UUID.randomUUID();

		assertThat(editor.get(LIST + "/keine-id").statusCode()).isEqualTo(404);
		assertThat(editor.get(unknown).statusCode()).isEqualTo(404);
		assertThat(editor.get(unknown + "/vorschau").statusCode()).isEqualTo(404);
		assertThat(editor.get(unknown + "/bilder").statusCode()).isEqualTo(404);
		assertThat(editor.get(unknown + "/loeschen").statusCode()).isEqualTo(404);
		assertThat(editor.submit(LIST, unknown + "/veroeffentlichen", Map.of(), null).statusCode()).isEqualTo(404);
		assertThat(editor.submit(LIST, unknown + "/loeschen", Map.of(), null).statusCode()).isEqualTo(404);
		assertThat(editor.submit(LIST, unknown, fields("Titel", ""), null).statusCode()).isEqualTo(404);
		assertThat(editor.get(edit + "/bilder/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(editor.get(edit + "/bilder/kein-bild").statusCode()).isEqualTo(404);
		assertThat(editor.submit(LIST, edit + "/bilder/" + UUID.randomUUID() + "/entfernen", Map.of(), null).statusCode())
			.isEqualTo(404);
		assertThat(editor.get(edit + "?sprache=xx").statusCode()).as("an unknown language edits German").isEqualTo(200);
	}

	private static HashMap<String, List<String>> fields(String title, String publishAt) {
		return fields(title, publishAt, "");
	}

	private static HashMap<String, List<String>> fields(String title, String publishAt, String unpublishAt) {
		var form = new HashMap<String, List<String>>();
		form.put("title", List.of(title));
		form.put("teaser", List.of("Kurz gesagt."));
		form.put("body", List.of("<p>Der Text.</p>"));
		form.put("author", List.of("Redaktion"));
		form.put("kind", List.of("NEWS"));
		form.put("topics", List.of("LANGUAGE_EDUCATION"));
		form.put("publishAt", List.of(publishAt));
		form.put("unpublishAt", List.of(unpublishAt));
		return form;
	}

	private static String local(Instant instant) {
		return LocalDateTime.ofInstant(instant, PublicNews.OFFICE_ZONE).truncatedTo(ChronoUnit.MINUTES).toString();
	}

	private NewsArticle stored(String edit) {
		var id = UUID.fromString(edit.substring(edit.lastIndexOf('/') + 1));
		return administration.find(id).orElseThrow();
	}

	private String csrf(String page) {
		return PortalClient.csrfTokenIn(editor.get(page).body());
	}

	private static String location(HttpResponse<String> answer) {
		var uri = URI.create(answer.headers().firstValue("Location").orElseThrow());
		return uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
	}
}
