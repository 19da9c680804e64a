package org.integrationskompass.offers.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.integrationskompass.offers.OfferFixtures;
import org.integrationskompass.offers.domain.OfferQuery;
import org.integrationskompass.offers.domain.OfferSearch;
import org.integrationskompass.offers.domain.OfferService;
import org.integrationskompass.offers.domain.SearchFacet;
import org.integrationskompass.offers.domain.SearchIndexMaintenance;
import org.integrationskompass.offers.domain.TargetGroupRepository;
import org.integrationskompass.offers.domain.TopicRepository;
import org.integrationskompass.organisations.domain.OrganisationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Synthetic offers for benchmarks: the same for the same seed, spread over Hessen, searchable at once. */
@SpringBootTest(properties = "platform.test.context=synthetic-offers")
class SyntheticOffersTests {

	private final SyntheticOffers generator;

	private final OfferSearch search;

	private final SearchIndexMaintenance index;

	private final OfferFixtures fixtures;

	private final JdbcTemplate jdbc;

	@Autowired
	SyntheticOffersTests(SyntheticOffers generator, OfferSearch search, SearchIndexMaintenance index,
			OrganisationService organisations, OfferService offers, TopicRepository topics,
			TargetGroupRepository targetGroups, JdbcTemplate jdbc) {
		this.generator = generator;
		this.search = search;
		this.index = index;
		this.fixtures = new OfferFixtures(organisations, offers, topics, targetGroups);
		this.jdbc = jdbc;
	}

	@BeforeEach
	void someOrganisationsExist() {
		if (jdbc.queryForObject("SELECT COUNT(*) FROM organisations_organisation", Long.class) == 0) {
			fixtures.organisation("Generatorverein Nord");
			fixtures.organisation("Generatorverein Süd");
		}
	}

	@Test
	void generatesTheSameOffersForTheSameSeed() throws Exception {
		generator.generate(300, 11);
		var first = titlesOfSeed(11);
		jdbc.update("DELETE FROM offers_offer WHERE external_id LIKE 'synthetic-11-%'");

		generator.generate(300, 11);

		assertThat(titlesOfSeed(11)).hasSize(300).isEqualTo(first);
	}

	@Test
	void refusesToGenerateASeedTwice() throws Exception {
		generator.generate(5, 12);

		assertThatThrownBy(() -> generator.generate(5, 12)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("seed 12");
	}

	@Test
	void indexesEveryOfferAndSpreadsThemOverHessen() throws Exception {
		var report = generator.generate(2000, 13);

		assertThat(report.offers()).isEqualTo(2000);
		assertThat(report.indexed()).isEqualTo(index.indexedOffers())
			.isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM offers_offer", Long.class));
		var everything = search.search(new OfferQuery("", null, 0, Map.of(), 0, 1, LocalDate.now()));
		assertThat(everything.counts(SearchFacet.KREIS)).hasSize(27);
		assertThat(everything.counts(SearchFacet.MODE)).containsKeys("IN_PERSON", "ONLINE", "HYBRID");
		assertThat(everything.counts(SearchFacet.LANGUAGE)).containsKeys("de", "ar", "uk", "tr", "fa", "de-x-ls");
		var benchmarkQuery = search.search(new OfferQuery("Deutschkurs", new OfferQuery.Point(50.58, 8.68), 25,
				Map.of(SearchFacet.TARGET_GROUP, Set.of("frauen")), 0, 20, LocalDate.now()));
		assertThat(benchmarkQuery.total()).isPositive();
	}

	private List<String> titlesOfSeed(long seed) {
		return jdbc.queryForList("SELECT title FROM offers_offer WHERE external_id LIKE ? ORDER BY slug", String.class,
				"synthetic-" + seed + "-%");
	}
}
