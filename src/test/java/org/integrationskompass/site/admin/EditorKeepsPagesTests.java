package org.integrationskompass.site.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.integrationskompass.PortalClient;
import org.integrationskompass.accounts.AccountFixtures;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.browser.HtmlValidation;
import org.integrationskompass.organisations.StaffBrowser;
import org.integrationskompass.site.SiteIntegrationTest;
import org.integrationskompass.site.domain.PageAdministration;
import org.integrationskompass.site.domain.SitePageRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.util.HtmlUtils;

/** Editors keep the portal's pages through the real portal: drafts, preview, publishing, versions and the tree rules. */
@SiteIntegrationTest
class EditorKeepsPagesTests {

	private static final String LIST = "/admin/seiten";

	private static final String NEW = LIST + "/neu";

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	SitePageRepository pages;

	@Autowired
	PageAdministration administration;

	StaffBrowser editor;

	PortalClient visitor;

	@BeforeEach
	void signInAsEditor() {
		editor = new StaffBrowser(port);
		editor.signIn(AccountFixtures.account(accounts, passwords, Role.EDITOR), AccountFixtures.PASSWORD);
		visitor = new PortalClient(port);
	}

	@Test
	void createsPreviewsPublishesEditsAndRestoresAPageWhileTheHistoryStaysIntact() {
		var slug = "beratung-" + UUID.randomUUID().toString().substring(0, 8);
		var form = fields("Beratung für Vereine", slug, "");
		form.put("bodyDe", List.of("<p>Erste Fassung</p>"));
		form.put("menu", List.of("MAIN"));
		form.put("note", List.of("Erster Entwurf"));
		var created = editor.submit(NEW, NEW, form, null);
		assertThat(created.statusCode()).isEqualTo(302);
		var edit = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
		var id = UUID.fromString(edit.substring(edit.lastIndexOf('/') + 1));
		var publicPath = "/seiten/" + slug;

		assertThat(visitor.get(publicPath).statusCode()).isEqualTo(404);
		assertThat(visitor.get("/").body()).doesNotContain("Beratung für Vereine");
		var preview = editor.get(edit + "/vorschau");
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).contains("Beratung für Vereine", "Erste Fassung");
		assertThat(preview.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
		assertThat(visitor.get("/admin/seiten/" + id + "/vorschau").statusCode()).isIn(302, 401, 403);

		post(edit + "/veroeffentlichen");
		assertThat(visitor.get(publicPath).body()).contains("Beratung für Vereine", "Erste Fassung");
		assertThat(visitor.get("/").body()).contains("href=\"" + publicPath + "\"");

		var second = fields("Beratung für Vereine", slug, editedFrom(edit));
		second.put("bodyDe", List.of("<p>Zweite Fassung</p>"));
		second.put("menu", List.of("MAIN"));
		assertThat(editor.post(edit, second, null, csrf(edit)).statusCode()).isEqualTo(302);
		assertThat(visitor.get(publicPath).body()).as("the public keeps the published version").contains("Erste Fassung")
			.doesNotContain("Zweite Fassung");
		assertThat(editor.get(edit + "/vorschau").body()).contains("Zweite Fassung");

		assertThat(editor.post(edit + "/versionen/1/wiederherstellen", Map.of(), null, csrf(edit)).statusCode()).isEqualTo(302);
		var versions = administration.versions(id);
		assertThat(versions).extracting(v -> v.number()).containsExactly(3, 2, 1);
		assertThat(versions.get(0).content()).isEqualTo(versions.get(2).content());
		assertThat(versions.get(0).restoredFrom()).isEqualTo(1);
		assertThat(versions.get(1).content().body().get("de")).hasValue("<p>Zweite Fassung</p>");
		var history = editor.get(edit + "/versionen").body();
		assertThat(HtmlUtils.htmlUnescape(history)).contains("Wiederhergestellt aus Version 1.", "Erster Entwurf");
		HtmlValidation.assertValid(edit + "/versionen", history);
		var compare = editor.get(edit + "/vergleich?von=1&bis=2").body();
		assertThat(compare).contains("Erste Fassung", "Zweite Fassung", "ik-diff__removed", "ik-diff__added");

		post(edit + "/zurueckziehen");
		assertThat(visitor.get(publicPath).statusCode()).isEqualTo(404);
		assertThat(visitor.get("/").body()).doesNotContain("href=\"" + publicPath + "\"");
	}

	@Test
	void buildsAddressesFromTheChainOfSlugsWithBreadcrumbsAndChildren() {
		var top = create("Kompetenzzentrum " + UUID.randomUUID(), null);
		var child = create("Lotsinnen " + UUID.randomUUID(), top);
		var topPage = pages.findById(top).orElseThrow();
		var childPage = pages.findById(child).orElseThrow();
		administration.publish(child);
		var path = "/seiten/" + topPage.slug() + "/" + childPage.slug();

		assertThat(visitor.get(path).statusCode()).as("a published page below an unpublished one stays hidden").isEqualTo(404);
		administration.publish(top);
		var page = visitor.get(path);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("href=\"/seiten/" + topPage.slug() + "\"", "aria-current=\"page\"");
		assertThat(visitor.get("/en/seiten/" + topPage.slug()).body()).contains("href=\"/en" + path + "\"");
		assertThat(visitor.get("/seiten/" + childPage.slug()).statusCode()).isEqualTo(404);
	}

	@Test
	void refusesMovingAPageBelowItsOwnChild() {
		var parent = create("Elternseite " + UUID.randomUUID(), null);
		var child = create("Kindseite " + UUID.randomUUID(), parent);
		var edit = LIST + "/" + parent;
		var form = fields("Elternseite", pages.findById(parent).orElseThrow().slug(), editedFrom(edit));
		form.put("parentId", List.of(child.toString()));

		var answer = editor.post(edit, form, null, csrf(edit));

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(HtmlUtils.htmlUnescape(answer.body())).contains("nicht unter sich selbst oder unter eine ihrer Unterseiten");
		assertThat(pages.findById(parent).orElseThrow().parentId()).isNull();
	}

	@Test
	void refusesDuplicateAndReservedSlugsAmongSiblingsButAllowsTheSameSlugElsewhere() {
		var parent = create("Oben " + UUID.randomUUID(), null);
		var first = fields("Kontakt", "kontakt", "");
		first.put("parentId", List.of(parent.toString()));
		assertThat(editor.submit(NEW, NEW, first, null).statusCode()).isEqualTo(302);

		var duplicate = editor.submit(NEW, NEW, first, null);
		assertThat(duplicate.statusCode()).isEqualTo(200);
		assertThat(HtmlUtils.htmlUnescape(duplicate.body())).contains("hat schon diesen Adressteil", "value=\"Kontakt\"");
		HtmlValidation.assertValid(NEW, duplicate.body());
		var reserved = editor.submit(NEW, NEW, fields("Administration", "admin", ""), null);
		assertThat(HtmlUtils.htmlUnescape(reserved.body())).contains("für das Portal reserviert");
		var invalid = editor.submit(NEW, NEW, fields("Ungültig", "Groß und klein!", ""), null);
		assertThat(HtmlUtils.htmlUnescape(invalid.body())).contains("nur Kleinbuchstaben, Ziffern");
		var elsewhere = fields("Kontakt", "kontakt-" + UUID.randomUUID().toString().substring(0, 6), "");
		assertThat(editor.submit(NEW, NEW, elsewhere, null).statusCode()).isEqualTo(302);
	}

	@Test
	void removesScriptsBeforeStoringAndRefusesHugeBodiesKeepingTheText() {
		var form = fields("Sicher " + UUID.randomUUID(), "", "");
		form.put("bodyDe", List.of("<p onclick=\"alert(1)\">Text</p><script>alert('x')</script><a href=\"javascript:alert(2)\">Link</a>"
				+ "<h2>Abschnitt</h2><img src=x onerror=alert(3)>"));
		var created = editor.submit(NEW, NEW, form, null);
		assertThat(created.statusCode()).isEqualTo(302);
		var edit = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
		var id = UUID.fromString(edit.substring(edit.lastIndexOf('/') + 1));
		var stored = administration.version(id, 1).orElseThrow().content().body().get("de").orElseThrow();
		assertThat(stored).contains("<p>Text</p>", "<h2>Abschnitt</h2>", "Link").doesNotContain("script", "onclick",
				"javascript", "onerror", "<img");

		var huge = "<p>" + "Viel Text. ".repeat(10_000) + "</p>";
		var tooLong = fields("Zu lang", "zu-lang-" + UUID.randomUUID().toString().substring(0, 6), "");
		tooLong.put("bodyDe", List.of(huge));
		var answer = editor.submit(NEW, NEW, tooLong, null);
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(HtmlUtils.htmlUnescape(answer.body())).contains("Der Text ist zu lang: höchstens 100000 Zeichen",
				"href=\"#bodyDe\"").contains("Viel Text. Viel Text.");
	}

	@Test
	void answersABodyBeyondTheFormSizeLimitWithATooLargePageAndSavesNothing() {
		var slug = "riesig-" + UUID.randomUUID().toString().substring(0, 6);
		var giant = fields("Riesige Seite", slug, "");
		giant.put("bodyDe", List.of("<p>" + "Sehr viel Text. ".repeat(200_000) + "</p>"));

		var answer = editor.submit(NEW, NEW, giant, null);

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(HtmlUtils.htmlUnescape(answer.body())).contains("Eingabe zu groß", "Nichts wurde gespeichert");
		assertThat(pages.findAll()).noneMatch(page -> page.slug().equals(slug));
	}

	@Test
	void warnsWhenSomeoneElseSavedThePageMeanwhile() {
		var id = create("Konflikt " + UUID.randomUUID(), null);
		var edit = LIST + "/" + id;
		var opened = editedFrom(edit);
		var slug = pages.findById(id).orElseThrow().slug();
		assertThat(editor.post(edit, fields("Von Kollegin", slug, opened), null, csrf(edit)).statusCode()).isEqualTo(302);

		var late = editor.post(edit, fields("Von mir", slug, opened), null, csrf(edit));

		assertThat(late.statusCode()).isEqualTo(200);
		assertThat(HtmlUtils.htmlUnescape(late.body())).contains("von jemand anderem gespeichert", "value=\"Von mir\"");
		assertThat(administration.versions(id)).hasSize(2);
	}

	@Test
	void refusesToDeleteAPageWithChildrenAndDeletesALeafAfterConfirmation() {
		var parent = create("Mit Kind " + UUID.randomUUID(), null);
		var child = create("Blatt " + UUID.randomUUID(), parent);

		var confirm = editor.get(LIST + "/" + parent + "/loeschen");
		assertThat(HtmlUtils.htmlUnescape(confirm.body())).contains("Unter dieser Seite liegt eine Unterseite");
		var refused = editor.post(LIST + "/" + parent + "/loeschen", Map.of(), null, csrf(LIST + "/" + parent));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(pages.existsById(parent)).isTrue();

		assertThat(editor.post(LIST + "/" + child + "/loeschen", Map.of(), null, csrf(LIST + "/" + child)).statusCode())
			.isEqualTo(302);
		assertThat(pages.existsById(child)).isFalse();
		assertThat(administration.versions(child)).isEmpty();
	}

	@Test
	void showsTheFormAgainWithEverythingTypedWhenItsTokenHasExpired() {
		var id = create("Lange Seite " + UUID.randomUUID(), null);
		var form = fields("Mein langer Text", "lange-seite", "");
		form.put("bodyDe", List.of("<p>Stundenlang geschrieben</p>"));

		var answer = editor.post(LIST + "/" + id, form, null, "abgelaufen");
		var fresh = editor.post(NEW, form, null, "abgelaufen");

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(HtmlUtils.htmlUnescape(answer.body())).contains("zu lange geöffnet", "Stundenlang geschrieben",
				"value=\"Mein langer Text\"");
		assertThat(HtmlUtils.htmlUnescape(fresh.body())).contains("zu lange geöffnet", "Stundenlang geschrieben");
		assertThat(administration.versions(id)).hasSize(1);
	}

	@Test
	void letsOnlyEditorsAndAdministratorsKeepPages() {
		var id = create("Geschützt " + UUID.randomUUID(), null);
		for (var role : List.of(Role.FACHSTELLE, Role.PROVIDER)) {
			var other = new StaffBrowser(port);
			other.signIn(AccountFixtures.account(accounts, passwords, role), AccountFixtures.PASSWORD);
			assertThat(other.get(LIST).statusCode()).as(role.name()).isEqualTo(403);
			assertThat(other.get(LIST + "/" + id + "/vorschau").statusCode()).as(role.name()).isEqualTo(403);
		}
		var admin = new StaffBrowser(port);
		admin.signIn(AccountFixtures.account(accounts, passwords, Role.ADMIN), AccountFixtures.PASSWORD);
		assertThat(admin.get(LIST).statusCode()).isEqualTo(200);
		assertThat(visitor.get(LIST).statusCode()).isEqualTo(302);
		assertThat(visitor.post(LIST + "/" + id + "/veroeffentlichen", Map.of()).statusCode()).isIn(302, 403);
		assertThat(pages.findById(id).orElseThrow().isPublished()).isFalse();
	}

	private UUID create(String title, UUID parent) {
		var form = fields(title, "", "");
		if (parent != null) {
			form.put("parentId", List.of(parent.toString()));
		}
		var created = editor.submit(NEW, NEW, form, null);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		var edit = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
		return UUID.fromString(edit.substring(edit.lastIndexOf('/') + 1));
	}

	private void post(String action) {
		var edit = action.substring(0, action.lastIndexOf('/'));
		assertThat(editor.post(action, Map.of(), null, csrf(edit)).statusCode()).isEqualTo(302);
	}

	private String csrf(String page) {
		return PortalClient.csrfTokenIn(editor.get(page).body());
	}

	private String editedFrom(String edit) {
		var matcher = java.util.regex.Pattern.compile("name=\"editedFrom\" value=\"([^\"]+)\"").matcher(editor.get(edit).body());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static Map<String, List<String>> fields(String title, String slug, String editedFrom) {
		var form = new HashMap<String, List<String>>();
		form.put("titleDe", List.of(title));
		form.put("slug", List.of(slug));
		form.put("menu", List.of("NONE"));
		form.put("position", List.of("0"));
		form.put("menuOrder", List.of("0"));
		if (!editedFrom.isEmpty()) {
			form.put("editedFrom", List.of(editedFrom));
		}
		return form;
	}
}
