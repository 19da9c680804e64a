package org.integrationskompass.offers.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.integrationskompass.offers.OfferFixtures;
import org.integrationskompass.organisations.domain.OrganisationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The search as visitors use it, on the real Lucene index (in memory) and the real database. */
@SpringBootTest
class OfferSearchTests {

	private static final OfferQuery.Point GIESSEN = new OfferQuery.Point(50.5841, 8.6784);

	private final OfferSearch search;

	private final OfferFixtures fixtures;

	private final OrganisationService organisationService;

	@Autowired
	OfferSearchTests(OfferSearch search, OrganisationService organisations, OfferService offers,
			TopicRepository topics, TargetGroupRepository targetGroups) {
		this.search = search;
		this.organisationService = organisations;
		this.fixtures = new OfferFixtures(organisations, offers, topics, targetGroups);
	}

	@Test
	void findsACompoundWordByItsLastPart() {
		fixtures.offer("Integrationskurs am Abend").create();

		assertThat(titles(search(query("Kurs")))).contains("Integrationskurs am Abend");
	}

	@Test
	void findsAHyphenatedWordWrittenInOne() {
		fixtures.offer("Sprach-Café im Stadtteil").create();

		assertThat(titles(search(query("Sprachcafé")))).contains("Sprach-Café im Stadtteil");
		assertThat(titles(search(query("Sprachcafe")))).contains("Sprach-Café im Stadtteil");
	}

	@Test
	void findsAWordWrittenInOneWhenSearchingWithHyphen() {
		fixtures.offer("Elterncafé in der Kita").create();

		assertThat(titles(search(query("Eltern-Café")))).contains("Elterncafé in der Kita");
	}

	@Test
	void findsPluralsAndUmlautsSpelledOut() {
		fixtures.offer("Deutschkurse für Mütter").create();

		assertThat(titles(search(query("Deutschkurs Muetter")))).contains("Deutschkurse für Mütter");
	}

	@Test
	void findsOffersByTheOrganisationName() {
		var organisation = fixtures.organisation("Nachbarschaftshilfe Lahnaue e.V.");
		fixtures.offer("Hausaufgabenhilfe").by(organisation).create();

		assertThat(titles(search(query("Lahnaue")))).contains("Hausaufgabenhilfe");
	}

	@Test
	void requiresEveryWordOfTheQuery() {
		fixtures.offer("Radfahrkurs für Frauen").create();
		fixtures.offer("Radwerkstatt für alle").create();

		assertThat(titles(search(query("Radfahrkurs Frauen")))).contains("Radfahrkurs für Frauen")
			.doesNotContain("Radwerkstatt für alle");
	}

	@Test
	void keepsOnlyOffersWithinTheRadiusNearestFirstWithTheirDistance() {
		fixtures.offer("Umkreistest Marburg").at(OfferFixtures.MARBURG).create();
		fixtures.offer("Umkreistest Gießen").at(OfferFixtures.GIESSEN).create();
		fixtures.offer("Umkreistest Kassel").at(OfferFixtures.KASSEL).create();

		var within20 = search(new OfferQuery("Umkreistest", GIESSEN, 20, Map.of(), 0, 20, LocalDate.now()));
		assertThat(titles(within20)).containsExactly("Umkreistest Gießen");
		assertThat(within20.hits().get(0).distanceKm()).isLessThan(1.0);

		var within40 = search(new OfferQuery("Umkreistest", GIESSEN, 40, Map.of(), 0, 20, LocalDate.now()));
		assertThat(titles(within40)).containsExactly("Umkreistest Gießen", "Umkreistest Marburg");
		assertThat(within40.hits().get(1).distanceKm()).isBetween(20.0, 30.0);
	}

	@Test
	void measuresTheDistanceToTheNearestPlaceOfAnOfferWithSeveralPlaces() {
		fixtures.offer("Mehrortetest").at(OfferFixtures.KASSEL, OfferFixtures.MARBURG).create();

		var result = search(new OfferQuery("Mehrortetest", GIESSEN, 50, Map.of(), 0, 20, LocalDate.now()));

		assertThat(result.hits()).singleElement()
			.satisfies(hit -> assertThat(hit.distanceKm()).isBetween(20.0, 30.0));
	}

	@Test
	void countsEachFacetWithoutItsOwnSelectionButWithTheOthers() {
		fixtures.offer("Facettentest eins").for_("frauen").languages("de", "ar").create();
		fixtures.offer("Facettentest zwei").for_("frauen").languages("de").create();
		fixtures.offer("Facettentest drei").for_("jugendliche").languages("ar").create();

		var all = search(query("Facettentest"));
		assertThat(all.total()).isEqualTo(3);
		assertThat(all.counts(SearchFacet.TARGET_GROUP)).containsEntry("frauen", 2L).containsEntry("jugendliche", 1L);
		assertThat(all.counts(SearchFacet.LANGUAGE)).containsEntry("ar", 2L).containsEntry("de", 2L);

		var women = search(query("Facettentest", SearchFacet.TARGET_GROUP, "frauen"));
		assertThat(women.total()).isEqualTo(2);
		assertThat(women.counts(SearchFacet.TARGET_GROUP)).containsEntry("frauen", 2L).containsEntry("jugendliche", 1L);
		assertThat(women.counts(SearchFacet.LANGUAGE)).containsEntry("ar", 1L).containsEntry("de", 2L);
	}

	@Test
	void combinesValuesOfOneFacetWithOr() {
		fixtures.offer("Odertest eins").for_("frauen").create();
		fixtures.offer("Odertest zwei").for_("kinder").create();
		fixtures.offer("Odertest drei").for_("seniorinnen").create();

		var filters = new EnumMap<SearchFacet, Set<String>>(SearchFacet.class);
		filters.put(SearchFacet.TARGET_GROUP, Set.of("frauen", "kinder"));
		var result = search(new OfferQuery("Odertest", null, 0, filters, 0, 20, LocalDate.now()));

		assertThat(titles(result)).containsExactlyInAnyOrder("Odertest eins", "Odertest zwei");
	}

	@Test
	void filtersByModeFreeOfChargeAndKreis() {
		fixtures.offer("Filtertest online").mode(OfferMode.ONLINE).create();
		fixtures.offer("Filtertest Kassel mit Gebühr").at(OfferFixtures.KASSEL).withFee().create();
		fixtures.offer("Filtertest Gießen").create();

		assertThat(titles(search(query("Filtertest", SearchFacet.MODE, "ONLINE")))).containsExactly("Filtertest online");
		assertThat(titles(search(query("Filtertest", SearchFacet.FREE, "true"))))
			.containsExactlyInAnyOrder("Filtertest online", "Filtertest Gießen");
		assertThat(titles(search(query("Filtertest", SearchFacet.KREIS, "06611"))))
			.containsExactly("Filtertest Kassel mit Gebühr");
		assertThat(search(query("Filtertest")).counts(SearchFacet.KREIS)).containsEntry("06611", 1L)
			.containsEntry("06531", 1L);
	}

	@Test
	void hidesDraftsArchivedAndEndedOffers() {
		fixtures.offer("Sichtbarkeitstest veröffentlicht").create();
		fixtures.offer("Sichtbarkeitstest Entwurf").status(OfferStatus.DRAFT).create();
		fixtures.offer("Sichtbarkeitstest archiviert").status(OfferStatus.ARCHIVED).create();
		fixtures.offer("Sichtbarkeitstest vorbei").endsOn(LocalDate.now().minusDays(1)).create();
		fixtures.offer("Sichtbarkeitstest endet heute").endsOn(LocalDate.now()).create();

		assertThat(titles(search(query("Sichtbarkeitstest")))).containsExactlyInAnyOrder(
				"Sichtbarkeitstest veröffentlicht", "Sichtbarkeitstest endet heute");
	}

	@Test
	void showsAChangedOrganisationNameWithoutReindexingByHand() {
		var organisation = fixtures.organisation("Alter Name e.V.");
		fixtures.offer("Umbenennungstest").by(organisation).create();

		organisationsRename(organisation.id(), "Neuer Name e.V.");

		assertThat(search(query("Umbenennungstest")).hits()).singleElement()
			.satisfies(hit -> assertThat(hit.teaser().organisationName()).isEqualTo("Neuer Name e.V."));
		assertThat(titles(search(query("Neuer Name")))).contains("Umbenennungstest");
	}

	@Test
	void treatsMarkupAndOperatorsInTheQueryAsText() {
		fixtures.offer("Markuptest").create();

		assertThat(search(query("<script>alert(1)</script>")).total()).isZero();
		assertThat(search(query("\"unclosed (Markuptest -|+ *")).hits()).isNotNull();
	}

	private void organisationsRename(org.integrationskompass.organisations.OrganisationId id, String name) {
		var current = organisationService.findForEditing(id).orElseThrow();
		organisationService.update(id, current.version(), current.details().withName(name));
	}

	private OfferSearchResult search(OfferQuery query) {
		return search.search(query);
	}

	private static OfferQuery query(String text) {
		return new OfferQuery(text, null, 0, Map.of(), 0, 50, LocalDate.now());
	}

	private static OfferQuery query(String text, SearchFacet facet, String value) {
		return new OfferQuery(text, null, 0, Map.of(facet, Set.of(value)), 0, 50, LocalDate.now());
	}

	private static java.util.List<String> titles(OfferSearchResult result) {
		return result.hits().stream().map(hit -> hit.teaser().title().get("de")).toList();
	}
}
