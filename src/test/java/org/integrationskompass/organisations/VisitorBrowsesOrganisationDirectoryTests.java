package org.integrationskompass.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.integrationskompass.PortalClient;
import org.integrationskompass.organisations.domain.OrganisationService;
import org.integrationskompass.regions.RegionDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A visitor looks for organisations by kind, Kreis and language, and opens a profile. No gazetteer is imported here. */
@OrganisationsWebTest
class VisitorBrowsesOrganisationDirectoryTests {

	private final Organisations organisations;

	private final RegionDirectory regions;

	private final PortalClient visitor;

	@Autowired
	VisitorBrowsesOrganisationDirectoryTests(OrganisationService service, RegionDirectory regions,
			@LocalServerPort int port) {
		this.organisations = new Organisations(service);
		this.regions = regions;
		this.visitor = new PortalClient(port);
	}

	@Test
	void narrowsTheListByKindKreisAndLanguage() {
		organisations.create("Filterverein Gießen Arabisch", OrganisationKind.ASSOCIATION, "06531", "de", "ar");
		organisations.create("Filterverein Gießen Türkisch", OrganisationKind.ASSOCIATION, "06531", "de", "tr");
		organisations.create("Filterverein Kassel Arabisch", OrganisationKind.ASSOCIATION, "06611", "ar");
		organisations.create("Filter-Migrantenorganisation Gießen", OrganisationKind.MIGRANT_ORGANISATION, "06531", "ar");

		var page = visitor.get("/organisationen?art=ASSOCIATION&kreis=06531&sprache=ar").body();

		assertThat(page).contains("Filterverein Gießen Arabisch")
			.doesNotContain("Filterverein Gießen Türkisch", "Filterverein Kassel Arabisch",
					"Filter-Migrantenorganisation Gießen")
			.contains("in Landkreis Gießen");
		assertThat(visitor.get("/organisationen?sprache=ar").body()).contains("Filterverein Gießen Arabisch",
				"Filterverein Kassel Arabisch", "Filter-Migrantenorganisation Gießen")
			.doesNotContain("Filterverein Gießen Türkisch");
		assertThat(visitor.get("/organisationen?art=MIGRANT_ORGANISATION").body())
			.contains("Filter-Migrantenorganisation Gießen")
			.doesNotContain("Filterverein Gießen Arabisch");
	}

	@Test
	void keepsTheChosenFiltersInTheFormAndInTheKreisLinks() {
		var page = visitor.get("/organisationen?art=MUNICIPALITY&sprache=uk").body();

		assertThat(page).containsPattern("<option value=\"MUNICIPALITY\" selected")
			.containsPattern("<option value=\"uk\" selected")
			.contains("href=\"/organisationen?art=MUNICIPALITY&amp;kreis=06531&amp;sprache=uk\"");
		assertThat(visitor.get("/en/organisationen?kreis=06611").body())
			.contains("href=\"/en/organisationen?kreis=06412\"");
	}

	@Test
	void showsTheKreiseAsATableOnlyWhileNoOutlinesAreImported() {
		organisations.create("Tabellenverein Marburg", OrganisationKind.ASSOCIATION, "06534", "de");

		var page = visitor.get("/organisationen").body();

		assertThat(regions.kreisMap().isEmpty()).isTrue();
		assertThat(page).doesNotContain("<svg class=\"ik-kreis-map__svg\"");
		var rows = Pattern.compile("<tr data-kreis=\"(\\d{5})\">").matcher(page).results().count();
		assertThat(rows).isEqualTo(27);
		assertThat(countInTable(page, "06534")).isPositive();
	}

	@Test
	void countsEveryOrganisationOfAKreisInTheTableEvenWhenFilteredToAnotherKreis() {
		organisations.create("Zählverein Fulda eins", OrganisationKind.WELFARE_ORGANISATION, "06631", "so");
		organisations.create("Zählverein Fulda zwei", OrganisationKind.WELFARE_ORGANISATION, "06631", "so");

		var page = visitor.get("/organisationen?sprache=so&kreis=06611").body();

		assertThat(countInTable(page, "06631")).isEqualTo(2);
		assertThat(page).doesNotContain("Zählverein Fulda eins");
	}

	@Test
	void ignoresFilterValuesItDoesNotKnowInsteadOfFailing() {
		for (var query : new String[] { "art=UNBEKANNT", "kreis=99999", "kreis=%3Cscript%3Ealert(1)%3C/script%3E",
				"sprache=klingonisch", "sprache=" + "x".repeat(4_000), "art=&kreis=&sprache=", "kreis=06531&kreis=06611" }) {
			var response = visitor.get("/organisationen?" + query);

			var shown = query.length() > 60 ? query.substring(0, 60) + "…" : query;
			assertThat(response.statusCode()).as(shown).isEqualTo(200);
			assertThat(response.body()).as(shown).doesNotContain("<script>alert");
		}
	}

	@Test
	void showsTheProfileWithContactLanguagesAndTheSectionsOtherModulesAdd() {
		var organisation = organisations.create("Treffpunkt " + OrganisationsWebTest.WITH_SECTIONS,
				OrganisationKind.MIGRANT_ORGANISATION, "06412", "de", "fa");

		var page = visitor.get("/organisationen/" + organisation.slug()).body();

		assertThat(page).contains("<h1 class=\"kern-heading-x-large\">Treffpunkt mit Profilabschnitten</h1>",
				"Migrantenorganisation", "Hauptstraße 5", "mailto:kontakt@verein.example", "Persisch (Farsi)",
				"Frankfurt am Main");
		assertThat(page.indexOf(">Datenschutz</h2>")).as("section with order 10 before the one with order 20")
			.isPositive()
			.isLessThan(page.indexOf(">Impressum</h2>"));
		assertThat(page).contains("href=\"/angebote/sprachcafe\">Sprachcafé am Mittwoch</a>",
				"Jeden Mittwoch ab 17 Uhr")
			.containsPattern("<li lang=\"ar\" dir=\"rtl\">\\s*<a class=\"kern-link\" href=\"/angebote/maqha\">");
		assertThat(visitor.get("/en/organisationen/" + organisation.slug()).body())
			.contains("href=\"/en/angebote/sprachcafe\"");
	}

	@Test
	void showsNoSectionsForAnOrganisationTheModulesHaveNothingFor() {
		var organisation = organisations.create("Verein ohne Angebote", OrganisationKind.ASSOCIATION, null);

		var page = visitor.get("/organisationen/" + organisation.slug()).body();

		assertThat(page).doesNotContain(">Datenschutz</h2>", ">Impressum</h2>");
	}

	@Test
	void answersUnknownProfilesAndLogosWithNotFound() {
		var organisation = organisations.create("Verein ohne Logo", OrganisationKind.ASSOCIATION, null);

		assertThat(visitor.get("/organisationen/gibt-es-nicht").statusCode()).isEqualTo(404);
		assertThat(visitor.get("/organisationen/" + organisation.slug() + "/logo").statusCode()).isEqualTo(404);
		assertThat(visitor.get("/organisationen/%3Cscript%3E").statusCode()).isEqualTo(404);
	}

	@Test
	void neverLinksAWebsiteThatIsNotHttp(@Autowired OrganisationService service) {
		var created = organisations.create("Verein mit seltsamer Website", OrganisationKind.ASSOCIATION, null);
		var editable = service.findForEditing(created.id()).orElseThrow();
		var details = editable.details();
		service.update(created.id(), editable.version(), new org.integrationskompass.organisations.domain.OrganisationDetails(
				details.name(), details.kind(), details.description(), details.street(), details.postcode(),
				details.city(), details.ags(), details.kreisKey(), details.latitude(), details.longitude(),
				"javascript:alert(1)", details.email(), details.phone(), details.languages(), details.logoAlt(),
				details.verified(), details.fachstelle()));

		var page = visitor.get("/organisationen/" + created.slug()).body();

		assertThat(page).doesNotContain("javascript:alert");
	}

	@Test
	void appearsInTheMainNavigationMarkedAsTheCurrentPage() {
		assertThat(visitor.get("/organisationen").body())
			.contains("<a class=\"kern-link\" href=\"/organisationen\" aria-current=\"page\">Organisationen</a>");
		assertThat(visitor.get("/en/").body()).contains("href=\"/en/organisationen\">Organisations</a>");
	}

	@Test
	void setsNoCookieForVisitors() {
		var response = visitor.get("/organisationen?art=ASSOCIATION");

		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}

	static long countInTable(String page, String kreisKey) {
		var row = Pattern.compile("<tr data-kreis=\"" + kreisKey + "\">.*?kern-table__cell--numeric\">(\\d+)</td>",
				Pattern.DOTALL).matcher(page);
		assertThat(row.find()).as("table row of %s", kreisKey).isTrue();
		return Long.parseLong(row.group(1));
	}
}
