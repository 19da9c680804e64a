package org.integrationskompass.offers.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.integrationskompass.offers.domain.OfferMode;
import org.integrationskompass.offers.domain.OfferQuery;
import org.integrationskompass.offers.domain.OfferRepository;
import org.integrationskompass.offers.domain.OfferSearch;
import org.integrationskompass.offers.domain.SearchFacet;
import org.integrationskompass.organisations.OrganisationDirectory;
import org.integrationskompass.organisations.OrganisationKind;
import org.integrationskompass.organisations.OrganisationSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** A first start of the embedded default shows organisations and offers all over Hessen, clearly marked as demo. */
@SpringBootTest(properties = "platform.demo.enabled=true")
class DemoOffersTests {

	private static final OfferQuery.Point GIESSEN_35390 = new OfferQuery.Point(50.58674, 8.67619);

	private final OrganisationDirectory organisations;

	private final OfferRepository offers;

	private final OfferSearch search;

	private final ApplicationContext context;

	private final TransactionTemplate transaction;

	@Autowired
	DemoOffersTests(OrganisationDirectory organisations, OfferRepository offers, OfferSearch search,
			ApplicationContext context, TransactionTemplate transaction) {
		this.organisations = organisations;
		this.offers = offers;
		this.search = search;
		this.context = context;
		this.transaction = transaction;
	}

	@Test
	void createsDemoOrganisationsOfEveryKindIncludingTheFachstellenAndContractPartners() {
		var all = organisations.all();

		assertThat(all).hasSizeGreaterThanOrEqualTo(12).allMatch(OrganisationSummary::demo);
		assertThat(all).extracting(OrganisationSummary::name)
			.contains("beramí berufliche Integration e. V.", "LAGFA Hessen e. V.", "Bildungsstätte Anne Frank",
					"Hessischer Jugendring", "Verband binationaler Familien und Partnerschaften, iaf e. V.",
					"DRK-Landesverband Hessen e. V.");
		assertThat(all).extracting(OrganisationSummary::kind).contains(OrganisationKind.LOTSINNEN_PROJECT,
				OrganisationKind.MIGRANT_ORGANISATION, OrganisationKind.MUNICIPALITY);
		assertThat(all).extracting(OrganisationSummary::fachstelle).filteredOn(f -> f != null).hasSizeGreaterThan(4);
	}

	@Test
	void createsAtLeastFortyPublishedDemoOffersInAllThreeRegierungsbezirke() {
		transaction.executeWithoutResult(status -> {
			var all = offers.findAll();
			assertThat(all).hasSizeGreaterThanOrEqualTo(40);
			assertThat(all).allSatisfy(offer -> {
				assertThat(offer.demo()).isTrue();
				assertThat(offer.isVisibleOn(LocalDate.now())).isTrue();
			});
			var bezirke = all.stream()
				.flatMap(offer -> offer.places().stream())
				.map(place -> place.kreisKey().substring(0, 3))
				.collect(Collectors.toSet());
			assertThat(bezirke).containsExactlyInAnyOrder("064", "065", "066");
		});
	}

	@Test
	void coversTheLanguagesModesAndCostsVisitorsLookFor() {
		var everything = search.search(new OfferQuery("", null, 0, Map.of(), 0, 10, LocalDate.now()));

		assertThat(everything.total()).isGreaterThanOrEqualTo(40);
		assertThat(everything.counts(SearchFacet.LANGUAGE).keySet()).contains("de", "ar", "uk", "tr", "fa",
				"de-x-ls", "en");
		assertThat(everything.counts(SearchFacet.MODE).keySet()).contains(OfferMode.IN_PERSON.name(),
				OfferMode.ONLINE.name(), OfferMode.HYBRID.name());
		assertThat(everything.counts(SearchFacet.FREE).keySet()).contains("true", "false");
		assertThat(everything.counts(SearchFacet.TOPIC)).hasSize(7);
		assertThat(everything.counts(SearchFacet.TARGET_GROUP)).hasSizeGreaterThanOrEqualTo(10);
	}

	@Test
	void answersTheVisitorJourneyGermanCourseNearGiessenThenForWomen() {
		var nearGiessen = search.search(new OfferQuery("Deutschkurs", GIESSEN_35390, 20, Map.of(), 0, 20,
				LocalDate.now()));
		var forWomen = search.search(new OfferQuery("Deutschkurs", GIESSEN_35390, 20,
				Map.of(SearchFacet.TARGET_GROUP, Set.of("frauen")), 0, 20, LocalDate.now()));

		assertThat(nearGiessen.total()).isGreaterThanOrEqualTo(5);
		assertThat(forWomen.total()).isGreaterThanOrEqualTo(3).isLessThan(nearGiessen.total());
		assertThat(forWomen.hits()).allSatisfy(hit -> assertThat(hit.distanceKm()).isNotNull().isLessThanOrEqualTo(20));
		assertThat(nearGiessen.counts(SearchFacet.TARGET_GROUP)).containsEntry("frauen", forWomen.total());
	}

	@Test
	void findsLanguageCafesAndIntegrationCoursesByTheirUsualNames() {
		assertThat(search.search(new OfferQuery("Sprachcafé", null, 0, Map.of(), 0, 20, LocalDate.now())).total())
			.isGreaterThanOrEqualTo(3);
		assertThat(search.search(new OfferQuery("Integrationskurs", null, 0, Map.of(), 0, 20, LocalDate.now()))
			.total()).isGreaterThanOrEqualTo(2);
		assertThat(search.search(new OfferQuery("Sprachkurs", null, 0, Map.of(), 0, 20, LocalDate.now())).total())
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void neverLoadsTwice() throws Exception {
		var before = offers.countAll();
		var organisationsBefore = organisations.all().size();

		for (var runner : context.getBeansOfType(ApplicationRunner.class).values()) {
			if (runner.getClass().getPackageName().endsWith(".demo")) {
				runner.run(new DefaultApplicationArguments());
			}
		}

		assertThat(offers.countAll()).isEqualTo(before);
		assertThat(organisations.all()).hasSize(organisationsBefore);
	}

	@Test
	void everyDemoOfferNamesADemoOrganisation() {
		var names = organisations.all().stream().map(OrganisationSummary::name).collect(Collectors.toSet());

		assertThat(DemoOffers.demoOffers()).allSatisfy(offer -> assertThat(names).contains(offer.organisation));
		assertThat(offers.countAll()).isEqualTo(DemoOffers.demoOffers().size());
	}
}
