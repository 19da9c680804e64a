package org.integrationskompass.site.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.integrationskompass.PortalClient;
import org.integrationskompass.accounts.AccountFixtures;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.organisations.StaffBrowser;
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.site.SiteIntegrationTest;
import org.integrationskompass.site.domain.LinkAdministration;
import org.integrationskompass.site.domain.LinkEntryRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.util.HtmlUtils;

/** Editors keep links and categories; visitors see them grouped and filtered at /links. */
@SiteIntegrationTest
class EditorKeepsTheLinkCollectionTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	LinkAdministration administration;

	@Autowired
	LinkEntryRepository links;

	StaffBrowser editor;

	HttpServer server;

	@BeforeEach
	void signInAndStartAServer() throws IOException {
		editor = new StaffBrowser(port);
		editor.signIn(AccountFixtures.account(accounts, passwords, Role.EDITOR), AccountFixtures.PASSWORD);
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/gone", exchange -> {
			exchange.sendResponseHeaders(410, -1);
			exchange.close();
		});
		server.start();
	}

	@AfterEach
	void stopServer() {
		server.stop(0);
	}

	@Test
	void refusesJavascriptAndIncompleteAddressesKeepingWhatWasTyped() {
		for (var url : List.of("javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "www.hessen.de",
				"https://user:secret@example.org/")) {
			var form = fields("Gefährlich", url);

			var answer = editor.submit("/admin/links/neu", "/admin/links/neu", form, null);

			assertThat(answer.statusCode()).as(url).isEqualTo(200);
			assertThat(HtmlUtils.htmlUnescape(answer.body())).as(url).contains("ik-error-summary", "href=\"#url\"",
					"value=\"Gefährlich\"");
		}
		assertThat(links.findAll()).noneMatch(link -> link.title().in("de").text().equals("Gefährlich"));
	}

	@Test
	void showsBrokenLinksFirstWithSinceWhenAndWhyAfterCheckingNow() {
		var category = administration.createCategory("test-" + UUID.randomUUID().toString().substring(0, 6),
				LocalizedText.german("Testkategorie"), 5);
		var form = fields("Kaputter Link", "http://127.0.0.1:" + server.getAddress().getPort() + "/gone");
		form.put("categoryIds", List.of(category.id().toString()));
		assertThat(editor.submit("/admin/links/neu", "/admin/links/neu", form, null).statusCode()).isEqualTo(302);
		var id = links.findAll().stream().filter(link -> link.title().in("de").text().equals("Kaputter Link")).findFirst()
			.orElseThrow().id();
		administration.create(new org.integrationskompass.site.domain.LinkDetails(LocalizedText.german("AAA Erster Titel"),
				"http://erster-titel.invalid/", LocalizedText.empty()), List.of());

		var checked = editor.post("/admin/links/" + id + "/pruefen", Map.of(), null,
				PortalClient.csrfTokenIn(editor.get("/admin/links").body()));
		assertThat(checked.statusCode()).isEqualTo(302);

		var list = HtmlUtils.htmlUnescape(editor.get("/admin/links").body());
		assertThat(list).contains("Defekt seit", "Der Server antwortet mit dem Fehler 410.");
		assertThat(list.indexOf("Kaputter Link")).isLessThan(list.indexOf("AAA Erster Titel"));
		var visitor = new PortalClient(port);
		var page = HtmlUtils.htmlUnescape(visitor.get("/links?kategorie=" + category.slug()).body());
		assertThat(page).contains("Testkategorie", "Kaputter Link").doesNotContain("AAA Erster Titel");
		assertThat(HtmlUtils.htmlUnescape(visitor.get("/links?suche=erster").body())).contains("AAA Erster Titel")
			.doesNotContain("Kaputter Link");
	}

	@Test
	void letsOnlyEditorsAndAdministratorsKeepLinks() {
		var other = new StaffBrowser(port);
		other.signIn(AccountFixtures.account(accounts, passwords, Role.FACHSTELLE), AccountFixtures.PASSWORD);
		assertThat(other.get("/admin/links").statusCode()).isEqualTo(403);
		assertThat(new PortalClient(port).get("/admin/links").statusCode()).isEqualTo(302);
		assertThat(new PortalClient(port).get("/links").headers().allValues("Set-Cookie")).isEmpty();
	}

	private static Map<String, List<String>> fields(String title, String url) {
		var form = new HashMap<String, List<String>>();
		form.put("titleDe", List.of(title));
		form.put("url", List.of(url));
		return form;
	}
}
