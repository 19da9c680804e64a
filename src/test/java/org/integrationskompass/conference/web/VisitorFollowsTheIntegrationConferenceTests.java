package org.integrationskompass.conference.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.integrationskompass.PortalClient;
import org.integrationskompass.conference.domain.ConferenceAdministration;
import org.integrationskompass.conference.domain.ConferenceSessionRepository;
import org.integrationskompass.conference.domain.SessionDetails;
import org.integrationskompass.conference.domain.SessionKind;
import org.integrationskompass.shared.domain.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A visitor reads the conference with the demo content of a first start: members, working groups, sessions. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "platform.demo.enabled=true")
class VisitorFollowsTheIntegrationConferenceTests {

	private static final String PLENARY = "/integrationskonferenz/sitzungen/2026-05-20-plenarsitzung-im-fruehjahr-2026";

	@LocalServerPort
	int port;

	@Autowired
	ConferenceAdministration administration;

	@Autowired
	ConferenceSessionRepository sessions;

	@Test
	void findsTheConferenceInTheMenuWithItsGroupsSessionsAndMembersLinkedToTheDirectory() {
		var visitor = new PortalClient(port);
		assertThat(visitor.get("/").body()).contains("href=\"/integrationskonferenz\"", ">Integrationskonferenz<");

		var page = visitor.get("/integrationskonferenz");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().allValues("Set-Cookie")).as("no cookie for anonymous visitors").isEmpty();
		assertThat(page.body()).contains("19. März 2015", "Sprache und Bildung", "Zuwanderung und Flüchtlinge",
				"href=\"/integrationskonferenz/arbeitsgruppen/sprache-und-bildung\"", "Plenarsitzung im Frühjahr 2026",
				"Mittwoch, 20. Mai 2026, 10:00 – 15:30", "href=\"" + PLENARY + "\"");
		assertThat(count(page.body(), "href=\"/integrationskonferenz/arbeitsgruppen/")).isEqualTo(7);
		assertThat(page.body()).as("a directory organisation links to its profile, a body without one is only named")
			.containsPattern("<a class=\"kern-link\" href=\"/organisationen/[a-z0-9-]+\">Bildungsstätte Anne Frank</a>")
			.contains("<span>Landessportbund</span>");
		assertThat(page.body()).as("members grouped by the kind the directory knows, bodies known by name last")
			.contains("Migrantenorganisationen (3)", "Weitere Mitglieder (14)");
		assertThat(page.body().indexOf("Migrantenorganisationen (3)")).isLessThan(page.body().indexOf("Weitere Mitglieder (14)"));
	}

	@Test
	void readsASessionWithAgendaInOrderMinutesAsParagraphsAndResultsLinkedToThePlan() {
		var page = new PortalClient(port).get(PLENARY);

		assertThat(page.statusCode()).isEqualTo(200);
		var body = page.body();
		assertThat(body).contains("Plenarsitzung", "Wiesbaden", "<time datetime=\"2026-05-20T08:00:00Z\"");
		assertThat(body.indexOf("Begrüßung und Bericht des Ministeriums")).isPositive()
			.isLessThan(body.indexOf("Berichte aus den sieben Arbeitsgruppen"));
		assertThat(body.indexOf("Berichte aus den sieben Arbeitsgruppen")).isLessThan(body.indexOf("Verschiedenes"));
		assertThat(body).as("the minutes' three paragraphs").contains("<p class=\"kern-body\">Das Ministerium gab",
				"<p class=\"kern-body\">Die Arbeitsgruppen stellten", "<p class=\"kern-body\">Das Plenum beschloss");
		assertThat(body).contains("Maßnahme im Integrationsplan:", "Landesweite Übersicht der Lots*innen-Strukturen");
		var link = java.util.regex.Pattern.compile("href=\"(/integrationsplan/partizipation-sport-wohnen-freizeit)#(massnahme-[0-9a-f-]{36})\"")
			.matcher(body);
		assertThat(link.find()).as("a result links to its measure on the plan's page of the field of action").isTrue();
		assertThat(new PortalClient(port).get(link.group(1)).body()).contains("id=\"" + link.group(2) + "\"");
	}

	@Test
	void readsAWorkingGroupWithItsMembersSessionsAndResultsInEnglish() {
		var page = new PortalClient(port).get("/en/integrationskonferenz/arbeitsgruppen/sprache-und-bildung");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Language and education", "Remit", "Members (5)", "Hessischer Jugendring",
				"Working group language and education: language support before school",
				"href=\"/en/integrationsplan/sprache-und-bildung#massnahme-", "More pre-school language courses");
	}

	@Test
	void showsArabicRightToLeftWithAnUntranslatedTextMarkedAsGerman() {
		var page = new PortalClient(port)
			.get("/ar/integrationskonferenz/sitzungen/2026-09-16-arbeitsgruppe-sprache-und-bildung-sprachfoerderung-vor-der-schule");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("dir=\"rtl\"", "جدول الأعمال", "class=\"ik-fallback\" lang=\"de\" dir=\"ltr\"");
	}

	@Test
	void neverShowsADraftSessionAndAnswersUnknownAddressesWith404() {
		var draft = administration.createSession(new SessionDetails(SessionKind.PLENARY, null,
				LocalizedText.german("Geheimer Entwurf"), Instant.now().plus(30, ChronoUnit.DAYS),
				Instant.now().plus(30, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS), "Kassel", List.of(), LocalizedText.empty()));
		var visitor = new PortalClient(port);

		assertThat(visitor.get("/integrationskonferenz/sitzungen/" + draft.slug()).statusCode()).isEqualTo(404);
		assertThat(visitor.get("/integrationskonferenz").body()).doesNotContain("Geheimer Entwurf");
		assertThat(visitor.get("/integrationskonferenz/arbeitsgruppen/gibt-es-nicht").statusCode()).isEqualTo(404);
		assertThat(visitor.get(PLENARY + "/dokumente/kein-dokument").statusCode()).isEqualTo(404);

		administration.publish(draft.id(), true);
		var upcoming = visitor.get("/integrationskonferenz").body();
		assertThat(upcoming).contains("Geheimer Entwurf").doesNotContain("Zurzeit ist keine Sitzung angekündigt.");
		assertThat(upcoming.indexOf("Geheimer Entwurf")).as("listed under upcoming sessions, before the past ones")
			.isLessThan(upcoming.indexOf("Vergangene Sitzungen"));
		assertThat(visitor.get("/integrationskonferenz/sitzungen/" + draft.slug()).body())
			.contains("Das Protokoll erscheint nach der Sitzung.");
		administration.publish(draft.id(), false);
	}

	@Test
	void downloadsADocumentAsAPdfAttachmentWithItsSizeAndAccessibilityNoted() throws Exception {
		var plenary = sessions.findBySlug(PLENARY.substring(PLENARY.lastIndexOf('/') + 1)).orElseThrow();
		var pdf = ("%PDF-1.7\n" + "x".repeat(3000)).getBytes(StandardCharsets.US_ASCII);
		var document = administration.addDocument(plenary.id(), "Protokoll der Plenarsitzung", "protokoll-mai.pdf", false, pdf);
		try {
			var page = new PortalClient(port).get(PLENARY).body();
			assertThat(page).contains("Protokoll der Plenarsitzung", "(PDF, 3 KB)", "Nicht barrierefrei",
					"href=\"" + PLENARY + "/dokumente/" + document.id() + "\"");

			var http = java.net.http.HttpClient.newHttpClient();
			var download = http.send(java.net.http.HttpRequest.newBuilder(
					java.net.URI.create("http://localhost:" + port + PLENARY + "/dokumente/" + document.id())).build(),
					java.net.http.HttpResponse.BodyHandlers.ofByteArray());
			assertThat(download.statusCode()).isEqualTo(200);
			assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
			assertThat(download.headers().firstValue("Content-Disposition")).get().asString()
				.startsWith("attachment").contains("protokoll-mai.pdf");
			assertThat(download.body()).isEqualTo(pdf);
		}
		finally {
			administration.removeDocument(plenary.id(), document.id());
		}
	}

	private static int count(String text, String part) {
		var n = 0;
		for (var i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}
}
