package org.integrationskompass.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.integrationskompass.PortalClient;
import org.integrationskompass.offers.domain.OfferDetails;
import org.integrationskompass.offers.domain.OfferReports;
import org.integrationskompass.offers.domain.OfferService;
import org.integrationskompass.offers.domain.OfferStatus;
import org.integrationskompass.offers.domain.PlaceDetails;
import org.integrationskompass.offers.domain.TargetGroupRepository;
import org.integrationskompass.offers.domain.TopicRepository;
import org.integrationskompass.organisations.OrganisationDirectory;
import org.integrationskompass.organisations.OrganisationProfileContent;
import org.integrationskompass.organisations.domain.OrganisationService;
import org.integrationskompass.shared.domain.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** A visitor opens an offer someone shared, finds the way there, prints it and reports what is out of date. */
@OffersWebTest
class VisitorReadsAndReportsAnOfferTests {

	private static final String SCRIPT = "</script><script>alert(1)</script>";

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Autowired
	OfferReports reports;

	@Autowired
	List<OrganisationProfileContent> profileContent;

	private final OfferFixtures fixtures;

	private final OfferService offers;

	@Autowired
	VisitorReadsAndReportsAnOfferTests(OrganisationService organisations, OfferService offers, TopicRepository topics,
			TargetGroupRepository targetGroups) {
		this.offers = offers;
		this.fixtures = new OfferFixtures(organisations, offers, topics, targetGroups);
	}

	@Test
	void showsThePublishedOfferWithItsFactsAndAWayThere() {
		var offer = fixtures.offer("Deutschkurs für Mütter").topics("sprache-bildung").for_("frauen")
			.languages("de", "ar").create();

		var page = new PortalClient(port).get("/angebote/" + offer.slug());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h1 class=\"kern-heading-x-large\">Deutschkurs für Mütter</h1>")
			.contains("Sprache und Bildung").contains("Frauen").contains("Arabisch").contains("Kostenlos")
			.contains("https://www.openstreetmap.org/directions?to=Marktplatz%201%2C%2035390%20Gie%C3%9Fen")
			.contains("Veraltete Angaben melden");
	}

	@Test
	void showsTheOfferInEnglishWithTheGermanTitleMarkedAsUntranslated() {
		var offer = fixtures.offer("Sprachcafé am Markt").create();

		var page = new PortalClient(port).get("/en/angebote/" + offer.slug());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("lang=\"de\"").contains("Sprachcafé am Markt").contains("Report outdated information");
	}

	@Test
	void describesTheOfferAsSchemaOrgDataThatAScriptInAFieldCannotBreakOutOf() throws Exception {
		var organisation = fixtures.organisation("Verein " + SCRIPT);
		var details = fixtures.offer("Kurs " + SCRIPT).by(organisation).summary("Zusammenfassung " + SCRIPT).details();
		var offer = offers.create(new OfferDetails(details.title(), details.summary(),
				LocalizedText.german("<p>Text</p><script>alert(2)</script>"), details.organisation(),
				details.organisationName(), details.topics(), details.targetGroups(), details.languages(),
				details.mode(), false, LocalizedText.german("5 € " + SCRIPT),
				List.of(new PlaceDetails(SCRIPT, SCRIPT, "35390", "Gießen", "06531005", "06531", 50.58, 8.67,
						LocalizedText.german(SCRIPT), true, null)),
				null, null, "https://example.org/anmelden?a=1&b=</script>", 3, SCRIPT, "kurs@example.org", "0641 1234",
				LocalizedText.german(SCRIPT), LocalizedText.german(SCRIPT), LocalDate.now(), OfferStatus.PUBLISHED),
				null, false);

		var page = new PortalClient(port).get("/angebote/" + offer.slug()).body();

		assertThat(page).doesNotContain("<script>alert").doesNotContain("alert(2)");
		var start = page.indexOf("<script type=\"application/ld+json\">");
		assertThat(start).isNotNegative();
		var json = page.substring(start + "<script type=\"application/ld+json\">".length(),
				page.indexOf("</script>", start));
		var data = JsonMapper.builder().build().readTree(json);
		assertThat(data.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(data.get("@type").asString()).isEqualTo("Service");
		assertThat(data.get("name").asString()).isEqualTo("Kurs " + SCRIPT);
		assertThat(data.get("provider").get("name").asString()).isEqualTo("Verein " + SCRIPT);
		assertThat(data.get("availableChannel").get(0).get("serviceLocation").get("address").get("postalCode")
			.asString()).isEqualTo("35390");
	}

	@Test
	void answersDraftsArchivedAndEndedOffersWithNotFound() {
		var draft = fixtures.offer("Entwurf eines Kurses").status(OfferStatus.DRAFT).create();
		var archived = fixtures.offer("Archivierter Kurs").status(OfferStatus.ARCHIVED).create();
		var ended = fixtures.offer("Beendeter Kurs").endsOn(LocalDate.now().minusDays(3)).create();
		var client = new PortalClient(port);

		assertThat(client.get("/angebote/" + draft.slug()).statusCode()).isEqualTo(404);
		assertThat(client.get("/angebote/" + archived.slug()).statusCode()).isEqualTo(404);
		assertThat(client.get("/angebote/" + ended.slug()).statusCode()).isEqualTo(404);
		assertThat(client.get("/angebote/gibt-es-nicht").statusCode()).isEqualTo(404);
	}

	@Test
	void storesAReportAndThanksTheVisitorAfterARedirectWithoutACookie() {
		var offer = fixtures.offer("Beratung im Stadtteil").create();
		var client = new PortalClient(port);
		var before = reports.countOpen();

		var answer = client.submit("/angebote/" + offer.slug(), "/angebote/" + offer.slug() + "/meldung",
				Map.of("message", "Die Sprechzeiten sind jetzt dienstags. <script>alert(1)</script>"));

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/angebote/" + offer.slug() + "?gemeldet#meldung"));
		assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(reports.countOpen()).isEqualTo(before + 1);
		assertThat(client.get("/angebote/" + offer.slug() + "?gemeldet").body())
			.contains("Vielen Dank für Ihre Meldung");
	}

	@Test
	void keepsAnEmptyOrTooLongReportWithAMessage() throws Exception {
		var offer = fixtures.offer("Hausaufgabenhilfe am Nachmittag").create();

		var empty = mvc.perform(post("/angebote/" + offer.slug() + "/meldung").param("message", "  ")
			.with(csrf()).with(from("10.1.0.1")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		var tooLong = mvc.perform(post("/angebote/" + offer.slug() + "/meldung").param("message", "x".repeat(2001))
			.with(csrf()).with(from("10.1.0.1")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(empty).contains("data-error-summary").contains("Bitte füllen Sie dieses Feld aus.");
		assertThat(tooLong).contains("data-error-summary").contains("x".repeat(2001));
	}

	@Test
	void limitsReportsFromOneAddress() throws Exception {
		var offer = fixtures.offer("Fahrradkurs für Frauen").create();
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/angebote/" + offer.slug() + "/meldung").param("message", "Meldung " + i)
				.with(csrf()).with(from("10.2.0.1")))
				.andExpect(status().isFound());
		}

		var sixth = mvc.perform(post("/angebote/" + offer.slug() + "/meldung").param("message", "Noch eine")
			.with(csrf()).with(from("10.2.0.1")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(sixth).contains("schon mehrere Meldungen").contains("Noch eine");
		mvc.perform(post("/angebote/" + offer.slug() + "/meldung").param("message", "Andere Adresse")
			.with(csrf()).with(from("10.2.0.2")))
			.andExpect(status().isFound());
	}

	@Test
	void leadsTheFormAddressBackToTheOffer() throws Exception {
		var offer = fixtures.offer("Elterncafé in der Kita").create();

		mvc.perform(get("/en/angebote/" + offer.slug() + "/meldung"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "/en/angebote/" + offer.slug() + "#meldung"));
	}

	@Test
	void givesOtherModulesAPublicOfferByItsAddressButNoDraftAndNoOfferThatIsOver(@Autowired OfferCatalog catalog) {
		var published = fixtures.offer("Offenes Angebot für Verlinkung").create();
		var draft = fixtures.offer("Entwurf für Verlinkung").status(OfferStatus.DRAFT).create();
		var over = fixtures.offer("Vorbei für Verlinkung").endsOn(java.time.LocalDate.now().minusDays(3)).create();

		assertThat(catalog.findBySlug(published.slug())).hasValueSatisfying(link -> {
			assertThat(link.id()).isEqualTo(published.id());
			assertThat(link.title().in("de").text()).isEqualTo("Offenes Angebot für Verlinkung");
		});
		assertThat(catalog.findBySlug(draft.slug())).isEmpty();
		assertThat(catalog.findBySlug(over.slug())).isEmpty();
		assertThat(catalog.findBySlug("gibt-es-nicht")).isEmpty();
	}

	@Test
	void listsOnlyTheOrganisationsPublicOffersOnItsProfile(@Autowired OrganisationDirectory directory) {
		var organisation = fixtures.organisation("Profilverein Lahn");
		fixtures.offer("Zweites Angebot des Vereins").by(organisation).create();
		fixtures.offer("Erstes Angebot des Vereins").by(organisation).create();
		fixtures.offer("Geheimer Entwurf des Vereins").by(organisation).status(OfferStatus.DRAFT).create();
		var other = fixtures.organisation("Verein ohne Angebote");

		var section = profileContent.stream()
			.flatMap(content -> content.sectionFor(organisation.id(), java.util.Locale.GERMAN).stream())
			.findFirst()
			.orElseThrow();

		assertThat(section.titleKey()).isEqualTo("offers.show.profile.title");
		assertThat(section.entries()).extracting(entry -> entry.title())
			.containsExactly("Erstes Angebot des Vereins", "Zweites Angebot des Vereins");
		assertThat(section.entries().get(0).path()).startsWith("/angebote/erstes-angebot-des-vereins");
		assertThat(profileContent.stream()
			.flatMap(content -> content.sectionFor(other.id(), java.util.Locale.GERMAN).stream())).isEmpty();
		assertThat(directory.find(organisation.id())).isPresent();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor csrf() {
		return SignedCsrfToken.from(mvc);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
