package org.integrationskompass.offers.generator;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.integrationskompass.offers.domain.SearchIndexMaintenance;
import org.integrationskompass.organisations.OrganisationDirectory;
import org.integrationskompass.organisations.OrganisationSummary;
import org.integrationskompass.shared.domain.Slug;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes N synthetic offers spread over Hessen for load tests: titles from a small vocabulary of real offer types
 * and audiences ("Deutschkurs für Frauen in Gießen"), places around 88 postcode areas of all 27 Kreise weighted roughly by
 * size, mixed languages, modes, costs, periods and statuses. The same seed and organisations always give the same
 * offers. Rows go in with plain SQL batches (the JPA path would index each offer on its own and take minutes);
 * afterwards the whole index is rebuilt once with the mass indexer, which is what is timed as "indexing".
 */
@Component
class SyntheticOffers {

	private static final int BATCH = 1000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final OrganisationDirectory organisations;

	private final SearchIndexMaintenance index;

	SyntheticOffers(JdbcTemplate jdbc, TransactionTemplate transaction, OrganisationDirectory organisations,
			SearchIndexMaintenance index) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.organisations = organisations;
		this.index = index;
	}

	record Report(int offers, Duration inserting, long indexed, Duration indexing) {
	}

	Report generate(int count, long seed) throws InterruptedException {
		var owners = organisations.all();
		if (owners.isEmpty()) {
			throw new IllegalStateException("there are no organisations to own the offers; start once with demo "
					+ "content (platform.demo.enabled=true, the dev profile) or create organisations first");
		}
		var prefix = "synthetic-" + seed + "-";
		var existing = jdbc.queryForObject("SELECT COUNT(*) FROM offers_offer WHERE external_id = ?", Long.class,
				prefix + 0);
		if (existing != null && existing > 0) {
			throw new IllegalStateException("offers of seed " + seed + " exist already; choose another seed "
					+ "(--" + GenerateOffersCommand.SEED_OPTION + ") or a fresh database");
		}
		var topics = ids("offers_topic");
		var groups = ids("offers_target_group");
		var random = new Random(seed);
		var today = LocalDate.now(ZoneOffset.UTC);
		var now = OffsetDateTime.now(ZoneOffset.UTC);

		var started = System.nanoTime();
		var batch = new ArrayList<Generated>(BATCH);
		for (int i = 0; i < count; i++) {
			batch.add(next(random, i, prefix, owners, topics, groups, today));
			if (batch.size() == BATCH || i == count - 1) {
				var rows = List.copyOf(batch);
				transaction.executeWithoutResult(status -> insert(rows, now));
				batch.clear();
			}
		}
		var inserting = Duration.ofNanos(System.nanoTime() - started);
		var indexing = index.rebuild();
		return new Report(count, inserting, index.indexedOffers(), indexing);
	}

	private Map<String, Long> ids(String table) {
		var ids = new LinkedHashMap<String, Long>();
		jdbc.query("SELECT slug, id FROM " + table + " WHERE active ORDER BY position",
				row -> {
					ids.put(row.getString(1), row.getLong(2));
				});
		return ids;
	}

	private Generated next(Random random, int i, String prefix, List<OrganisationSummary> owners,
			Map<String, Long> topics, Map<String, Long> groups, LocalDate today) {
		var kind = KINDS.get(random.nextInt(KINDS.size()));
		var audience = AUDIENCES.get(random.nextInt(AUDIENCES.size()));
		var owner = owners.get(random.nextInt(owners.size()));
		var roll = random.nextInt(100);
		var mode = roll < 80 ? "IN_PERSON" : roll < 90 ? "HYBRID" : "ONLINE";
		var places = new ArrayList<Place>();
		if (!mode.equals("ONLINE")) {
			var count = random.nextInt(10) == 0 ? 2 : 1;
			for (int p = 0; p < count; p++) {
				var town = TOWNS.get(random.nextInt(TOWNS.size()));
				// within about 2 km of the postcode's centre, so that places of one town differ
				places.add(new Place(town, town.latitude + (random.nextDouble() - 0.5) * 0.036,
						town.longitude + (random.nextDouble() - 0.5) * 0.056,
						random.nextInt(4) == 0, HOURS.get(random.nextInt(HOURS.size()))));
			}
		}
		var where = places.isEmpty() ? "online" : "in " + places.get(0).town.city;
		var title = kind.title + " " + audience.phrase + " " + where;
		var summary = kind.summary + " " + audience.sentence;
		var languages = new LinkedHashSet<String>();
		languages.add("de");
		var extra = random.nextInt(4);
		for (int l = 0; l < extra; l++) {
			languages.add(LANGUAGES.get(random.nextInt(LANGUAGES.size())));
		}
		var topicIds = new LinkedHashSet<Long>();
		for (var slug : kind.topics) {
			topicIds.add(topics.getOrDefault(slug, topics.values().iterator().next()));
		}
		if (random.nextInt(5) == 0) {
			topicIds.add(new ArrayList<>(topics.values()).get(random.nextInt(topics.size())));
		}
		var groupIds = new LinkedHashSet<Long>();
		for (var slug : audience.groups) {
			var id = groups.get(slug);
			if (id != null) {
				groupIds.add(id);
			}
		}
		if (groupIds.isEmpty() || random.nextInt(3) == 0) {
			groupIds.add(new ArrayList<>(groups.values()).get(random.nextInt(groups.size())));
		}
		var free = random.nextInt(10) < 7;
		LocalDate startsOn = null;
		LocalDate endsOn = null;
		if (random.nextInt(10) < 4) {
			startsOn = today.plusDays(random.nextInt(120) - 30);
			endsOn = startsOn.plusDays(7 + random.nextInt(300));
		}
		var statusRoll = random.nextInt(100);
		var status = statusRoll < 95 ? "PUBLISHED" : statusRoll < 98 ? "DRAFT" : "ARCHIVED";
		var id = new UUID(random.nextLong(), random.nextLong());
		return new Generated(id, Slug.of(title) + "-" + prefix.substring("synthetic-".length()) + i, prefix + i, owner,
				title, summary, "<p>" + summary + " " + kind.detail + "</p>", mode, free,
				free ? "" : FEES.get(random.nextInt(FEES.size())), startsOn, endsOn,
				startsOn == null ? null : random.nextInt(25), today.minusDays(random.nextInt(540)), status,
				Set.copyOf(topicIds), Set.copyOf(groupIds), Set.copyOf(languages), places);
	}

	private void insert(List<Generated> rows, OffsetDateTime now) {
		jdbc.batchUpdate("INSERT INTO offers_offer (id, slug, external_id, organisation_id, organisation_name, title, "
				+ "summary, description, mode, free_of_charge, cost_note, starts_on, ends_on, free_places, "
				+ "cooperation_partners, activities, last_confirmed_on, status, demo, created_at, updated_at, version) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, 0)", rows, rows.size(),
				(statement, row) -> {
					statement.setObject(1, row.id);
					statement.setString(2, row.slug);
					statement.setString(3, row.externalId);
					statement.setObject(4, row.owner.id().value());
					statement.setString(5, row.owner.name());
					statement.setString(6, german(row.title));
					statement.setString(7, german(row.summary));
					statement.setString(8, german(row.description));
					statement.setString(9, row.mode);
					statement.setBoolean(10, row.free);
					statement.setString(11, german(row.costNote));
					setDate(statement, 12, row.startsOn);
					setDate(statement, 13, row.endsOn);
					if (row.freePlaces == null) {
						statement.setNull(14, Types.INTEGER);
					}
					else {
						statement.setInt(14, row.freePlaces);
					}
					statement.setString(15, "{}");
					statement.setString(16, "{}");
					statement.setObject(17, row.lastConfirmedOn);
					statement.setString(18, row.status);
					statement.setObject(19, now);
					statement.setObject(20, now);
				});
		var links = new ArrayList<Object[]>();
		rows.forEach(row -> row.topics.forEach(topic -> links.add(new Object[] { row.id, topic })));
		jdbc.batchUpdate("INSERT INTO offers_offer_topic (offer_id, topic_id) VALUES (?, ?)", links);
		links.clear();
		rows.forEach(row -> row.groups.forEach(group -> links.add(new Object[] { row.id, group })));
		jdbc.batchUpdate("INSERT INTO offers_offer_target_group (offer_id, target_group_id) VALUES (?, ?)", links);
		links.clear();
		rows.forEach(row -> row.languages.forEach(language -> links.add(new Object[] { row.id, language })));
		jdbc.batchUpdate("INSERT INTO offers_offer_language (offer_id, language) VALUES (?, ?)", links);
		links.clear();
		rows.forEach(row -> {
			for (int p = 0; p < row.places.size(); p++) {
				var place = row.places.get(p);
				links.add(new Object[] { row.id, p, place.town.postcode, place.town.city, place.town.ags,
						place.town.ags.substring(0, 5), place.latitude, place.longitude,
						place.byAppointment ? "{}" : german(place.hours), place.byAppointment });
			}
		});
		jdbc.batchUpdate("INSERT INTO offers_place (offer_id, position, postcode, city, ags, kreis_key, latitude, "
				+ "longitude, opening_hours, by_appointment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", links);
	}

	private static void setDate(PreparedStatement statement, int index, @Nullable LocalDate date)
			throws SQLException {
		if (date == null) {
			statement.setNull(index, Types.DATE);
		}
		else {
			statement.setObject(index, date);
		}
	}

	private static String german(String text) {
		return text.isEmpty() ? "{}" : JSON.writeValueAsString(Map.of("de", text));
	}

	private record Generated(UUID id, String slug, String externalId, OrganisationSummary owner, String title,
			String summary, String description, String mode, boolean free, String costNote,
			@Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable Integer freePlaces,
			LocalDate lastConfirmedOn, String status, Set<Long> topics, Set<Long> groups, Set<String> languages,
			List<Place> places) {
	}

	private record Place(Town town, double latitude, double longitude, boolean byAppointment, String hours) {
	}

	private record Kind(String title, List<String> topics, String summary, String detail) {
	}

	private record Audience(String phrase, List<String> groups, String sentence) {
	}

	record Town(String postcode, String city, String ags, double latitude, double longitude) {
	}

	private static final List<Kind> KINDS = List.of(
			new Kind("Deutschkurs", List.of("sprache-bildung"), "Deutsch lernen in kleinen Gruppen, vom Anfang bis B1.",
					"Einstieg nach einem kurzen Gespräch über Ihre Vorkenntnisse."),
			new Kind("Integrationskurs", List.of("sprache-bildung", "zuwanderung-flucht"),
					"Sprachkurs und Orientierungskurs nach den Regeln des Bundesamts.",
					"Mit Abschlussprüfung; Fahrtkosten können erstattet werden."),
			new Kind("Sprach-Café", List.of("sprache-bildung", "teilhabe"),
					"Ungezwungen Deutsch sprechen bei Kaffee und Tee.", "Ohne Anmeldung, jede Woche."),
			new Kind("Alphabetisierungskurs", List.of("sprache-bildung"), "Lesen und Schreiben lernen, Schritt für Schritt.",
					"Mit Lernmaterial zum Mitnehmen."),
			new Kind("Migrationsberatung", List.of("zuwanderung-flucht"),
					"Beratung zu Aufenthalt, Familiennachzug und Behördenpost.", "Vertraulich und unabhängig."),
			new Kind("Bewerbungstraining", List.of("arbeit"), "Lebenslauf, Anschreiben und Vorstellungsgespräch üben.",
					"Bitte Zeugnisse mitbringen."),
			new Kind("Jobcafé", List.of("arbeit"), "Offene Sprechstunde zu Arbeit, Ausbildung und Anerkennung.",
					"Betriebe aus der Region stellen sich vor."),
			new Kind("Hausaufgabenhilfe", List.of("sprache-bildung"), "Ehrenamtliche helfen bei Hausaufgaben und Lesen.",
					"In den Räumen der Stadtteilbibliothek."),
			new Kind("Elterncafé", List.of("gesundheit-familie"), "Eltern tauschen sich über Kita, Schule und Erziehung aus.",
					"Kinder spielen währenddessen nebenan."),
			new Kind("Nähwerkstatt", List.of("teilhabe"), "Gemeinsam nähen und reparieren.", "Maschinen sind vorhanden."),
			new Kind("Fahrradkurs", List.of("teilhabe"), "Radfahren lernen und sicher durch den Verkehr kommen.",
					"Räder und Helme werden gestellt."),
			new Kind("Computerkurs", List.of("sprache-bildung", "arbeit"),
					"E-Mails, Online-Termine und Bewerbungsportale sicher nutzen.", "Laptops stehen bereit."),
			new Kind("Lots*innen-Sprechstunde", List.of("zuwanderung-flucht", "teilhabe"),
					"Ehrenamtliche Lots*innen helfen bei Anträgen und begleiten zu Terminen.", "Termine nach Absprache."),
			new Kind("Gesundheitsberatung", List.of("gesundheit-familie"),
					"Fragen zu Arztbesuch, Vorsorge und Krankenversicherung.", "Mit Dolmetscher*innen nach Bedarf."),
			new Kind("Sportgruppe", List.of("teilhabe"), "Bewegung und Begegnung in einer offenen Gruppe.",
					"Sportkleidung bitte mitbringen."),
			new Kind("Theaterprojekt", List.of("religion-kultur-medien"), "Gemeinsam ein Stück entwickeln und aufführen.",
					"Aufführung zum Abschluss."),
			new Kind("Workshop gegen Diskriminierung", List.of("vielfalt-antidiskriminierung"),
					"Vorurteile erkennen und im Alltag handeln.", "Mit Übungen und Fallbeispielen."),
			new Kind("Vereinsberatung", List.of("teilhabe"), "Beratung zu Satzung, Förderanträgen und Ehrenamt.",
					"Vor Ort oder per Video."));

	private static final List<Audience> AUDIENCES = List.of(
			new Audience("für Frauen", List.of("frauen"), "Das Angebot richtet sich an Frauen."),
			new Audience("für Mütter mit Kinderbetreuung", List.of("frauen", "familien-eltern"),
					"Kinder werden während des Angebots betreut."),
			new Audience("für Geflüchtete", List.of("gefluechtete"), "Für Menschen, die nach Hessen geflohen sind."),
			new Audience("für neu Zugewanderte", List.of("neu-zugewanderte"), "Für alle, die neu in Hessen sind."),
			new Audience("für Jugendliche", List.of("jugendliche"), "Für junge Menschen von 14 bis 25 Jahren."),
			new Audience("für Familien", List.of("familien-eltern", "kinder"), "Eltern und Kinder sind willkommen."),
			new Audience("für Seniorinnen und Senioren", List.of("seniorinnen"), "In ruhigem Tempo und barrierefrei."),
			new Audience("am Abend", List.of("arbeitsuchende"), "Nach Feierabend, auch für Berufstätige."),
			new Audience("am Vormittag", List.of(), "Vormittags, während Schule und Kita."),
			new Audience("für Ehrenamtliche", List.of("ehrenamtliche"), "Für Ehrenamtliche und Lots*innen."),
			new Audience("für Vereine", List.of("migrantenorganisationen"), "Für Vereine und Initiativen."),
			new Audience("in Leichter Sprache", List.of("neu-zugewanderte"), "Alle Informationen in Leichter Sprache."));

	private static final List<String> LANGUAGES = List.of("ar", "ar", "uk", "uk", "tr", "fa", "en", "ru", "prs", "ku",
			"ti", "de-x-ls", "ps", "so", "fr");

	private static final List<String> HOURS = List.of("Mo–Fr 9–12 Uhr", "Di und Do 18–20 Uhr", "Mittwochs 15–17 Uhr",
			"Samstags 10–13 Uhr", "Jeden ersten Montag im Monat, 16–18 Uhr");

	private static final List<String> FEES = List.of("5 € pro Termin", "Kostenbeitrag nach Einkommen",
			"30 € für den ganzen Kurs; Ermäßigung möglich", "Kosten übernimmt auf Antrag das Jobcenter");

	/** Postcode centroids (open postcode data), larger towns several times so they get more offers. */
	static final List<Town> TOWNS = List.of(
			new Town("60306", "Frankfurt am Main", "06412000", 50.11609, 8.67018),
			new Town("60308", "Frankfurt am Main", "06412000", 50.11228, 8.65271),
			new Town("60310", "Frankfurt am Main", "06412000", 50.11061, 8.67283),
			new Town("60311", "Frankfurt am Main", "06412000", 50.11117, 8.68451),
			new Town("60312", "Frankfurt am Main", "06412000", 50.11155, 8.67302),
			new Town("60313", "Frankfurt am Main", "06412000", 50.11629, 8.68474),
			new Town("55246", "Wiesbaden", "06414000", 50.01555, 8.31619),
			new Town("55252", "Wiesbaden", "06414000", 50.02036, 8.28334),
			new Town("65183", "Wiesbaden", "06414000", 50.08482, 8.23955),
			new Town("34117", "Kassel", "06611000", 51.31619, 9.49200),
			new Town("34119", "Kassel", "06611000", 51.31744, 9.46608),
			new Town("34121", "Kassel", "06611000", 51.30139, 9.47838),
			new Town("64283", "Darmstadt", "06411000", 49.87018, 8.65236),
			new Town("64285", "Darmstadt", "06411000", 49.85375, 8.65756),
			new Town("63065", "Offenbach am Main", "06413000", 50.10436, 8.76366),
			new Town("63067", "Offenbach am Main", "06413000", 50.10830, 8.74806),
			new Town("63450", "Hanau", "06415000", 50.12724, 8.92489),
			new Town("35390", "Gießen", "06531005", 50.58674, 8.67619),
			new Town("35392", "Gießen", "06531005", 50.57134, 8.66782),
			new Town("35037", "Marburg", "06534014", 50.79745, 8.74473),
			new Town("36037", "Fulda", "06631009", 50.55610, 9.68684),
			new Town("65428", "Rüsselsheim am Main", "06433012", 49.97599, 8.43524),
			new Town("35576", "Wetzlar", "06532023", 50.56511, 8.48530),
			new Town("61348", "Bad Homburg v. d. Höhe", "06434001", 50.22358, 8.60417),
			new Town("61440", "Oberursel (Taunus)", "06434008", 50.21062, 8.55339),
			new Town("63110", "Rodgau", "06438011", 50.00897, 8.87740),
			new Town("63303", "Dreieich", "06438002", 50.01280, 8.71736),
			new Town("64625", "Bensheim", "06431002", 49.69040, 8.62466),
			new Town("65719", "Hofheim am Taunus", "06436007", 50.09692, 8.41428),
			new Town("63477", "Maintal", "06435019", 50.15311, 8.83139),
			new Town("63263", "Neu-Isenburg", "06438009", 50.04420, 8.66210),
			new Town("63225", "Langen (Hessen)", "06438006", 49.99269, 8.65660),
			new Town("65549", "Limburg a.d. Lahn", "06533009", 50.38640, 8.06968),
			new Town("63128", "Dietzenbach", "06438001", 50.01173, 8.78371),
			new Town("64546", "Mörfelden-Walldorf", "06433008", 49.98424, 8.57091),
			new Town("68519", "Viernheim", "06431020", 49.55464, 8.56987),
			new Town("61118", "Bad Vilbel", "06440003", 50.19204, 8.74756),
			new Town("68623", "Lampertheim", "06431013", 49.60609, 8.43115),
			new Town("61169", "Friedberg (Hessen)", "06440008", 50.32146, 8.78245),
			new Town("63571", "Gelnhausen", "06435010", 50.21665, 9.19844),
			new Town("61231", "Bad Nauheim", "06440002", 50.37725, 8.75243),
			new Town("65232", "Taunusstein", "06439015", 50.15646, 8.18889),
			new Town("34225", "Baunatal", "06633003", 51.24800, 9.41515),
			new Town("35683", "Dillenburg", "06532006", 50.73727, 8.28066),
			new Town("35745", "Herborn", "06532012", 50.67434, 8.27671),
			new Town("36251", "Bad Hersfeld", "06632002", 50.89839, 9.69328),
			new Town("34497", "Korbach", "06635015", 51.26720, 8.84086),
			new Town("35260", "Stadtallendorf", "06534018", 50.82673, 9.02373),
			new Town("36304", "Alsfeld", "06535001", 50.76078, 9.29797),
			new Town("36341", "Lauterbach (Hessen)", "06535011", 50.64469, 9.37568),
			new Town("37269", "Eschwege", "06636003", 51.17824, 10.04151),
			new Town("37213", "Witzenhausen", "06636016", 51.34170, 9.85723),
			new Town("34576", "Homberg (Efze)", "06634009", 51.01866, 9.40772),
			new Town("34560", "Fritzlar", "06634005", 51.14785, 9.26273),
			new Town("34212", "Melsungen", "06634014", 51.13957, 9.56771),
			new Town("34613", "Schwalmstadt", "06634022", 50.92787, 9.20827),
			new Town("34369", "Hofgeismar", "06633013", 51.50668, 9.52013),
			new Town("34466", "Wolfhagen", "06633028", 51.32808, 9.19350),
			new Town("35066", "Frankenberg (Eder)", "06635011", 51.07062, 8.77370),
			new Town("34454", "Bad Arolsen", "06635002", 51.38676, 8.98903),
			new Town("64711", "Erbach", "06437006", 49.63432, 9.01080),
			new Town("64720", "Michelstadt", "06437011", 49.69272, 9.04275),
			new Town("64646", "Heppenheim (Bergstraße)", "06431011", 49.64506, 8.66034),
			new Town("64521", "Groß-Gerau", "06433006", 49.90409, 8.47012),
			new Town("64807", "Dieburg", "06432004", 49.90578, 8.83204),
			new Town("64331", "Weiterstadt", "06432023", 49.91548, 8.59414),
			new Town("35510", "Butzbach", "06440005", 50.41746, 8.64212),
			new Town("63654", "Büdingen", "06440004", 50.29057, 9.09972),
			new Town("36381", "Schlüchtern", "06435025", 50.34782, 9.53508),
			new Town("36088", "Hünfeld", "06631015", 50.65657, 9.76996),
			new Town("36199", "Rotenburg a. d. Fulda", "06632018", 51.00999, 9.74474),
			new Town("35216", "Biedenkopf", "06534004", 50.91548, 8.54118),
			new Town("35781", "Weilburg", "06533017", 50.48360, 8.25221),
			new Town("65589", "Hadamar", "06533007", 50.46103, 8.05838),
			new Town("65510", "Idstein", "06439008", 50.22695, 8.24082),
			new Town("65343", "Eltville am Rhein", "06439003", 50.03366, 8.12030),
			new Town("61250", "Usingen", "06434011", 50.34836, 8.53165),
			new Town("35440", "Linden", "06531012", 50.53787, 8.66949),
			new Town("35423", "Lich", "06531011", 50.51292, 8.83232),
			new Town("35415", "Pohlheim", "06531014", 50.51920, 8.73882),
			new Town("35305", "Grünberg", "06531006", 50.60131, 8.94319),
			new Town("35410", "Hungen", "06531008", 50.47222, 8.90898),
			new Town("35435", "Wettenberg", "06531018", 50.63831, 8.64784),
			new Town("35457", "Lollar", "06531013", 50.66433, 8.70189),
			new Town("65760", "Eschborn", "06436003", 50.14358, 8.56761),
			new Town("63679", "Schotten", "06535016", 50.49251, 9.16032),
			new Town("36205", "Sontra", "06636011", 51.07944, 9.96404),
			new Town("36179", "Bebra", "06632003", 50.99430, 9.83167));
}
