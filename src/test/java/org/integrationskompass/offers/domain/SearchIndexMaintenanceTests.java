package org.integrationskompass.offers.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.search.mapper.orm.Search;
import org.integrationskompass.offers.OfferFixtures;
import org.integrationskompass.organisations.domain.OrganisationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The search index catches up with the database when it lost offers or never saw them. */
@SpringBootTest(properties = "platform.test.context=search-index-maintenance")
class SearchIndexMaintenanceTests {

	private final SearchIndexMaintenance maintenance;

	private final OfferSearch search;

	private final OfferFixtures fixtures;

	private final EntityManagerFactory entityManagerFactory;

	private final JdbcTemplate jdbc;

	@Autowired
	SearchIndexMaintenanceTests(SearchIndexMaintenance maintenance, OfferSearch search,
			OrganisationService organisations, OfferService offers, TopicRepository topics,
			TargetGroupRepository targetGroups, EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc) {
		this.maintenance = maintenance;
		this.search = search;
		this.fixtures = new OfferFixtures(organisations, offers, topics, targetGroups);
		this.entityManagerFactory = entityManagerFactory;
		this.jdbc = jdbc;
	}

	@Test
	void rebuildsAnEmptiedIndexFromTheDatabase() {
		fixtures.offer("Indexprobe Nähcafé").create();
		fixtures.offer("Indexprobe Schachtreff").create();
		Search.mapping(entityManagerFactory).scope(Offer.class).workspace().purge();
		assertThat(titles("Indexprobe")).isEmpty();

		var rebuild = maintenance.rebuildIfOutOfStep();

		assertThat(rebuild).isPresent();
		assertThat(rebuild.get().join()).isEqualTo(rowsInDatabase());
		assertThat(titles("Indexprobe")).containsExactlyInAnyOrder("Indexprobe Nähcafé", "Indexprobe Schachtreff");
	}

	@Test
	void indexesOffersThatWereWrittenWithPlainSql() {
		var original = fixtures.offer("Kopierprobe Gartenprojekt").create();
		copyWithSql(original.id().value().toString(), "00000000-0000-0000-0000-00000000c0de", "kopierprobe-kopie");
		assertThat(maintenance.indexedOffers()).isLessThan(rowsInDatabase());

		maintenance.rebuildIfOutOfStep().orElseThrow().join();

		assertThat(maintenance.indexedOffers()).isEqualTo(rowsInDatabase());
		assertThat(titles("Kopierprobe")).hasSize(2);
	}

	@Test
	void leavesAnIndexInStepAlone() {
		fixtures.offer("Gleichstandprobe").create();
		maintenance.rebuildIfOutOfStep().ifPresent(running -> running.join());

		assertThat(maintenance.rebuildIfOutOfStep()).isEmpty();
	}

	private long rowsInDatabase() {
		var count = jdbc.queryForObject("SELECT COUNT(*) FROM offers_offer", Long.class);
		return count == null ? 0 : count;
	}

	private void copyWithSql(String from, String to, String slug) {
		var columns = "organisation_id, organisation_name, title, summary, description, mode, free_of_charge, "
				+ "cost_note, cooperation_partners, activities, last_confirmed_on, status, demo, created_at, updated_at";
		jdbc.update("INSERT INTO offers_offer (id, slug, " + columns + ") SELECT CAST(? AS UUID), ?, " + columns
				+ " FROM offers_offer WHERE id = CAST(? AS UUID)", to, slug, from);
		jdbc.update("INSERT INTO offers_place (offer_id, position, postcode, city, kreis_key, latitude, longitude, "
				+ "opening_hours, by_appointment) SELECT CAST(? AS UUID), position, postcode, city, kreis_key, latitude, "
				+ "longitude, opening_hours, by_appointment FROM offers_place WHERE offer_id = CAST(? AS UUID)", to, from);
	}

	private java.util.List<String> titles(String text) {
		return search.search(new OfferQuery(text, null, 0, Map.of(), 0, 50, LocalDate.now())).hits().stream()
			.map(hit -> hit.teaser().title().get("de"))
			.toList();
	}
}
