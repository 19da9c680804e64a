package org.integrationskompass.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.integrationskompass.offers.domain.OfferLookup;
import org.integrationskompass.offers.domain.OfferRepository;
import org.integrationskompass.offers.domain.OfferService;
import org.integrationskompass.offers.domain.OfferStatus;
import org.integrationskompass.offers.domain.PlaceDetails;
import org.integrationskompass.offers.domain.TargetGroupRepository;
import org.integrationskompass.offers.domain.TopicRepository;
import org.integrationskompass.organisations.OrganisationSummary;
import org.integrationskompass.organisations.domain.OrganisationService;
import org.integrationskompass.regions.gazetteer.SharedGazetteer;
import org.integrationskompass.shared.domain.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Staff create and change offers in the back office; bad input gets a message and keeps what was typed. */
@OffersWebTest
@WithMockUser(roles = "EDITOR")
class StaffKeepsOffersTests {

	private static final String SCRIPT = "<script>alert(1)</script>";

	@Autowired
	MockMvc mvc;

	@Autowired
	OfferRepository offerRepository;

	@Autowired
	OfferLookup lookup;

	private final OfferFixtures fixtures;

	private final ApplicationContext context;

	private OrganisationSummary organisation;

	@Autowired
	StaffKeepsOffersTests(OrganisationService organisations, OfferService offers, TopicRepository topics,
			TargetGroupRepository targetGroups, ApplicationContext context) {
		this.fixtures = new OfferFixtures(organisations, offers, topics, targetGroups);
		this.context = context;
		this.organisation = fixtures.organisation("Werkstatt Vielfalt e.V.");
	}

	@BeforeEach
	void importPostcodes() throws Exception {
		SharedGazetteer.importInto(context);
	}

	@Test
	void createsAnOfferWhosePlaceGetsItsKreisFromThePostcode() throws Exception {
		var answer = mvc.perform(validOffer(post("/admin/angebote/neu"), "Nähcafé für Frauen"))
			.andExpect(status().isFound())
			.andReturn().getResponse().getRedirectedUrl();

		assertThat(answer).startsWith("/admin/angebote/").endsWith("/bearbeiten");
		var offer = offerRepository.findAll().stream()
			.filter(o -> o.title().get("de").orElse("").equals("Nähcafé für Frauen")).findFirst().orElseThrow();
		var place = lookup.byId(offer.id(), o -> o.details().places().get(0)).orElseThrow();
		assertThat(place.kreisKey()).isEqualTo("06531");
		assertThat(place.city()).isEqualTo("Gießen");
		assertThat(offer.status()).isEqualTo(OfferStatus.PUBLISHED);
	}

	@Test
	void keepsTheTypedInputAndListsTheErrorsInFormOrder() throws Exception {
		var page = mvc.perform(post("/admin/angebote/neu").with(csrf())
			.param("organisation", "").param("status", "DRAFT").param("title.de", "")
			.param("summary.de", "Meine getippte Kurzbeschreibung").param("mode", "IN_PERSON").param("cost", "free")
			.param("places[0].street", "Hauptstrasse 5").param("places[0].postcode", "99999")
			.param("registrationUrl", "javascript:alert(1)").param("lastConfirmedOn", "gestern"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("data-error-summary").contains("Meine getippte Kurzbeschreibung")
			.contains("value=\"Hauptstrasse 5\"").contains("value=\"99999\"")
			.contains("href=\"#places0.postcode\"").contains("id=\"places0.postcode\"")
			.contains("Diese Postleitzahl ist im Ortsverzeichnis für Hessen nicht bekannt.");
		assertThat(page.indexOf("href=\"#organisation\"")).isLessThan(page.indexOf("href=\"#title.de\""));
		assertThat(page.indexOf("href=\"#title.de\"")).isLessThan(page.indexOf("href=\"#places0.postcode\""));
		assertThat(page.indexOf("href=\"#places0.postcode\"")).isLessThan(page.indexOf("href=\"#registrationUrl\""));
	}

	@Test
	void addsAnEmptyPlaceRowWithoutJavaScriptAndWithoutSaving() throws Exception {
		var before = offerRepository.count();

		var page = mvc.perform(validOffer(post("/admin/angebote/neu"), "Zweiortiges Angebot").param("addPlace", "1"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("id=\"places0.postcode\"").contains("id=\"places1.postcode\"")
			.contains("id=\"places2.postcode\"").doesNotContain("data-error-summary");
		assertThat(offerRepository.count()).isEqualTo(before);
	}

	@Test
	void storesAScriptInEveryFieldAsHarmlessText() throws Exception {
		mvc.perform(post("/admin/angebote/neu").with(csrf()).param("organisation", organisation.id().value().toString())
			.param("status", "PUBLISHED").param("title.de", "Skripttest " + SCRIPT).param("title.en", SCRIPT)
			.param("title.ar", SCRIPT).param("summary.de", SCRIPT).param("description.de", "<p>Gut</p>" + SCRIPT)
			.param("description.en", "<img src=x onerror=alert(1)>").param("mode", "IN_PERSON").param("cost", "fee")
			.param("costNote.de", SCRIPT).param("places[0].label", SCRIPT).param("places[0].street", SCRIPT)
			.param("places[0].postcode", "35390").param("places[0].city", SCRIPT)
			.param("places[0].openingHours", SCRIPT).param("contactName", SCRIPT).param("partners.de", SCRIPT)
			.param("activities.de", SCRIPT).param("lastConfirmedOn", "2026-01-15"))
			.andExpect(status().isFound());
		var offer = offerRepository.findAll().stream()
			.filter(o -> o.title().get("de").orElse("").startsWith("Skripttest")).findFirst().orElseThrow();

		assertThat(offer.description().get("de")).hasValue("<p>Gut</p>");
		assertThat(offer.description().get("en").orElse("")).doesNotContain("onerror");
		var publicPage = mvc.perform(get("/angebote/" + offer.slug())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		var editPage = mvc.perform(get("/admin/angebote/" + offer.id() + "/bearbeiten")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		var list = mvc.perform(get("/admin/angebote").param("q", "Skripttest")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		for (var html : new String[] { publicPage, editPage, list }) {
			assertThat(html).doesNotContain("<script>alert").doesNotContain("onerror=alert")
				.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		}
	}

	@Test
	void keepsTheTranslatedOpeningHoursWhenStaffChangeTheGermanOnes() throws Exception {
		var place = new PlaceDetails(null, "Marktplatz 1", "35390", "Gießen", "06531005", "06531", 50.58, 8.67,
				LocalizedText.of(Map.of("de", "Mo 9–12 Uhr", "ar", "الاثنين ٩–١٢")), false, true);
		var offer = fixtures.offer("Öffnungszeitentest").by(organisation).at(place).create();

		mvc.perform(validOffer(post("/admin/angebote/" + offer.id() + "/bearbeiten"), "Öffnungszeitentest")
			.param("version", String.valueOf(offer.version())).param("places[0].openingHours", "Mo 10–13 Uhr"))
			.andExpect(status().isFound());

		var hours = lookup.byId(offer.id(), o -> o.details().places().get(0).openingHours()).orElseThrow();
		assertThat(hours.get("de")).hasValue("Mo 10–13 Uhr");
		assertThat(hours.get("ar")).hasValue("الاثنين ٩–١٢");
	}

	@Test
	void acceptsAPostcodeTheGazetteerLacksWhenAnotherOfferIsAlreadyThere() throws Exception {
		fixtures.offer("Offer at a new postcode").by(organisation)
			.at(OfferFixtures.place("35399", "Gießen-Neubaugebiet", "06531005", "06531", 50.6, 8.7)).create();

		mvc.perform(validOffer(post("/admin/angebote/neu"), "Zweites Angebot im Neubaugebiet", "35399",
				"Gießen-Neubaugebiet"))
			.andExpect(status().isFound());

		var offer = offerRepository.findAll().stream()
			.filter(o -> o.title().get("de").orElse("").equals("Zweites Angebot im Neubaugebiet")).findFirst()
			.orElseThrow();
		var saved = lookup.byId(offer.id(), o -> o.details().places().get(0)).orElseThrow();
		assertThat(saved.kreisKey()).isEqualTo("06531");
		assertThat(saved.latitude()).isEqualTo(50.6);
	}

	@Test
	void refusesToOverwriteAChangeSomeoneElseSavedMeanwhile() throws Exception {
		var offer = fixtures.offer("Beratung für Eltern").by(organisation).create();
		mvc.perform(validOffer(post("/admin/angebote/" + offer.id() + "/bearbeiten"), "Beratung für Eltern (neu)")
			.param("version", String.valueOf(offer.version()))).andExpect(status().isFound());

		var page = mvc.perform(validOffer(post("/admin/angebote/" + offer.id() + "/bearbeiten"), "Meine spaete Fassung")
			.param("version", String.valueOf(offer.version())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Jemand anderes hat dieses Angebot inzwischen geändert.")
			.contains("value=\"Meine spaete Fassung\"");
		assertThat(offerRepository.findById(offer.id().value()).orElseThrow().title().get("de"))
			.hasValue("Beratung für Eltern (neu)");
	}

	@Test
	void archivesAndPublishesFromTheList() throws Exception {
		var offer = fixtures.offer("Archivierbares Angebot").by(organisation).create();

		mvc.perform(post("/admin/angebote/" + offer.id() + "/status").with(csrf()).param("status", "ARCHIVED"))
			.andExpect(status().isFound());
		mvc.perform(get("/angebote/" + offer.slug())).andExpect(status().isNotFound());
		mvc.perform(post("/admin/angebote/" + offer.id() + "/status").with(csrf()).param("status", "PUBLISHED"))
			.andExpect(status().isFound());
		mvc.perform(get("/angebote/" + offer.slug())).andExpect(status().isOk());
	}

	@Test
	void filtersTheListByStatusOrganisationAndText() throws Exception {
		var other = fixtures.organisation("Filterverein Nord");
		fixtures.offer("Filterbarer Entwurf").by(other).status(OfferStatus.DRAFT).create();
		fixtures.offer("Filterbares Angebot").by(other).create();

		var page = mvc.perform(get("/admin/angebote").param("status", "DRAFT")
			.param("organisation", other.id().value().toString()).param("q", "filterbar"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Filterbarer Entwurf").doesNotContain("Filterbares Angebot");
		mvc.perform(get("/admin/angebote").param("status", "KAPUTT").param("organisation", "x").param("seite", "-3"))
			.andExpect(status().isOk());
	}

	@Test
	void marksAReportDone(@Autowired org.integrationskompass.offers.domain.OfferReports reports) throws Exception {
		var offer = fixtures.offer("Gemeldetes Angebot").by(organisation).create();
		var report = reports.receive(offer.id(), "Die Adresse stimmt nicht mehr. " + SCRIPT, "de");

		var page = mvc.perform(get("/admin/angebote/meldungen")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Gemeldetes Angebot").contains("&lt;script&gt;").doesNotContain(SCRIPT);

		mvc.perform(post("/admin/angebote/meldungen/" + report.id() + "/erledigt").with(csrf()))
			.andExpect(status().isFound());
		assertThat(reports.forReview(500).stream().filter(r -> r.id() == report.id()).findFirst().orElseThrow()
			.resolvedAt()).isPresent();
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void renamesAFieldOfActionAndAddsATargetGroup() throws Exception {
		mvc.perform(post("/admin/zielgruppen/neu").with(csrf()).param("name.de", "Studierende")
			.param("name.en", "Students").param("position", "").param("active", "true"))
			.andExpect(status().isFound());
		var list = mvc.perform(get("/admin/zielgruppen")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(list).contains("Studierende").contains("studierende");

		var empty = mvc.perform(post("/admin/themen/1").with(csrf()).param("name.de", "").param("position", "x"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(empty).contains("data-error-summary");
	}

	@Test
	@WithMockUser(roles = "PROVIDER")
	void refusesAccountsThatAreNotStaff() throws Exception {
		mvc.perform(get("/admin/angebote")).andExpect(status().isForbidden());
		mvc.perform(get("/admin/angebote/meldungen")).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void keepsReferenceDataForAdministrators() throws Exception {
		mvc.perform(get("/admin/themen")).andExpect(status().isForbidden());
	}

	@Test
	@WithAnonymousUser
	void sendsAnonymousVisitorsToTheSignInPage() throws Exception {
		mvc.perform(get("/admin/angebote")).andExpect(status().is3xxRedirection());
	}

	/** A signed-in staff member's session and its CSRF token, as the back office's own form page hands it out. */
	private org.springframework.test.web.servlet.request.RequestPostProcessor csrf() {
		try {
			var session = new org.springframework.mock.web.MockHttpSession();
			var page = mvc.perform(get("/admin/angebote/neu").session(session)).andReturn().getResponse()
				.getContentAsString();
			var token = org.integrationskompass.PortalClient.csrfTokenIn(page);
			return request -> {
				request.setSession(session);
				request.addParameter("_csrf", token);
				return request;
			};
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private MockHttpServletRequestBuilder validOffer(MockHttpServletRequestBuilder request, String title) {
		return validOffer(request, title, "35390", "Gießen");
	}

	private MockHttpServletRequestBuilder validOffer(MockHttpServletRequestBuilder request, String title,
			String postcode, String city) {
		return request.with(csrf()).param("organisation", organisation.id().value().toString())
			.param("status", "PUBLISHED").param("title.de", title).param("summary.de", "Kurz und klar.")
			.param("description.de", "<p>Beschreibung</p>").param("topics", "sprache-bildung")
			.param("targetGroups", "frauen").param("languages", "de").param("languages", "ar")
			.param("mode", "IN_PERSON").param("cost", "free").param("places[0].postcode", postcode)
			.param("places[0].city", city).param("lastConfirmedOn", "2026-01-15");
	}
}
