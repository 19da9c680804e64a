package org.integrationskompass.offers.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * The columns of the offers CSV file, which the import reads and the export writes (documented for people in
 * {@code docs/offers-csv.md}; keep both in step). One row is one offer; translatable texts have a column per
 * language ({@code titel_de}, {@code titel_en}, {@code titel_ar}); lists are separated by {@code |}; places are
 * numbered column groups ({@code ort1_plz}, {@code ort2_plz}, …).
 */
public final class OfferCsvFormat {

	public static final List<String> TEXT_LANGUAGES = List.of("de", "en", "ar");

	public static final String LIST_SEPARATOR = "|";

	public static final String EXTERNAL_ID = "externe_id";

	public static final String ORGANISATION = "organisation";

	public static final String STATUS = "status";

	public static final String TITLE = "titel";

	public static final String SUMMARY = "kurzbeschreibung";

	public static final String DESCRIPTION = "beschreibung";

	public static final String TOPICS = "handlungsfelder";

	public static final String TARGET_GROUPS = "zielgruppen";

	public static final String LANGUAGES = "sprachen";

	public static final String MODE = "form";

	public static final String FREE = "kostenlos";

	public static final String COST_NOTE = "kostenhinweis";

	public static final String STARTS_ON = "beginn";

	public static final String ENDS_ON = "ende";

	public static final String REGISTRATION_URL = "anmeldung_url";

	public static final String FREE_PLACES = "freie_plaetze";

	public static final String CONTACT_NAME = "kontakt_name";

	public static final String CONTACT_EMAIL = "kontakt_email";

	public static final String CONTACT_PHONE = "kontakt_telefon";

	public static final String PARTNERS = "kooperationspartner";

	public static final String ACTIVITIES = "aktivitaeten";

	public static final String LAST_CONFIRMED = "zuletzt_bestaetigt";

	public static final String PLACE_LABEL = "bezeichnung";

	public static final String PLACE_STREET = "strasse";

	public static final String PLACE_POSTCODE = "plz";

	public static final String PLACE_CITY = "gemeinde";

	public static final String PLACE_HOURS = "oeffnungszeiten";

	public static final String PLACE_BY_APPOINTMENT = "nach_vereinbarung";

	public static final String PLACE_BARRIER_FREE = "barrierefrei";

	/** Columns every file must have (a row may still leave optional ones empty). */
	public static final List<String> REQUIRED = List.of(EXTERNAL_ID, ORGANISATION, TITLE + "_de", MODE);

	private static final List<String> TRANSLATED = List.of(TITLE, SUMMARY, DESCRIPTION, COST_NOTE, PARTNERS,
			ACTIVITIES);

	private static final List<String> PLACE_FIELDS = List.of(PLACE_LABEL, PLACE_STREET, PLACE_POSTCODE, PLACE_CITY,
			PLACE_HOURS + "_de", PLACE_HOURS + "_en", PLACE_HOURS + "_ar", PLACE_BY_APPOINTMENT, PLACE_BARRIER_FREE);

	private static final Pattern PLACE_COLUMN = Pattern.compile("ort([1-9][0-9]?)_(.+)");

	/** Characters that make a spreadsheet treat a cell as a formula (CSV injection); see {@link #protect}. */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private OfferCsvFormat() {
	}

	/** The header the export writes: every column, with as many place groups as the offers need (at least one). */
	public static List<String> header(int placeGroups) {
		var columns = new ArrayList<String>();
		columns.add(EXTERNAL_ID);
		columns.add(ORGANISATION);
		columns.add(STATUS);
		translated(columns, TITLE);
		translated(columns, SUMMARY);
		translated(columns, DESCRIPTION);
		columns.addAll(List.of(TOPICS, TARGET_GROUPS, LANGUAGES, MODE, FREE));
		translated(columns, COST_NOTE);
		columns.addAll(List.of(STARTS_ON, ENDS_ON, REGISTRATION_URL, FREE_PLACES, CONTACT_NAME, CONTACT_EMAIL,
				CONTACT_PHONE));
		translated(columns, PARTNERS);
		translated(columns, ACTIVITIES);
		columns.add(LAST_CONFIRMED);
		for (int n = 1; n <= Math.max(1, placeGroups); n++) {
			for (var field : PLACE_FIELDS) {
				columns.add(placeColumn(n, field));
			}
		}
		return List.copyOf(columns);
	}

	public static String placeColumn(int number, String field) {
		return "ort" + number + "_" + field;
	}

	private static void translated(List<String> columns, String base) {
		TEXT_LANGUAGES.forEach(language -> columns.add(base + "_" + language));
	}

	/** Whether a file may have this column. */
	public static boolean isKnown(String column) {
		var place = PLACE_COLUMN.matcher(column);
		if (place.matches()) {
			return PLACE_FIELDS.contains(place.group(2));
		}
		return header(1).contains(column) && !column.startsWith("ort");
	}

	/** The place group numbers a header has, in ascending order. */
	static List<Integer> placeGroups(Collection<String> header) {
		var numbers = new TreeSet<Integer>();
		for (var column : header) {
			var place = PLACE_COLUMN.matcher(column);
			if (place.matches()) {
				numbers.add(Integer.parseInt(place.group(1)));
			}
		}
		return List.copyOf(numbers);
	}

	/** Header names are compared without case and surrounding blanks: "Titel_DE " is {@code titel_de}. */
	public static String normaliseColumn(String column) {
		return column.strip().toLowerCase(Locale.ROOT);
	}

	/** The offer as one row of {@link #header(int)}. */
	public static List<String> row(Offer offer, String organisationSlug, int placeGroups) {
		var values = new ArrayList<String>();
		values.add(offer.externalId().orElse(""));
		values.add(organisationSlug);
		values.add(offer.status().name());
		texts(values, offer.title());
		texts(values, offer.summary());
		texts(values, offer.description());
		values.add(offer.topics().stream().map(Topic::slug).sorted().collect(Collectors.joining(LIST_SEPARATOR)));
		values.add(offer.targetGroups().stream().map(TargetGroup::slug).sorted()
			.collect(Collectors.joining(LIST_SEPARATOR)));
		values.add(new TreeSet<>(offer.languages()).stream().collect(Collectors.joining(LIST_SEPARATOR)));
		values.add(offer.mode().name());
		values.add(yesNo(offer.freeOfCharge()));
		texts(values, offer.costNote());
		values.add(date(offer.startsOn()));
		values.add(date(offer.endsOn()));
		values.add(text(offer.registrationUrl()));
		values.add(offer.freePlaces() == null ? "" : String.valueOf(offer.freePlaces()));
		values.add(text(offer.contactName()));
		values.add(text(offer.contactEmail()));
		values.add(text(offer.contactPhone()));
		texts(values, offer.cooperationPartners());
		texts(values, offer.activities());
		values.add(date(offer.lastConfirmedOn()));
		var places = offer.places();
		for (int n = 0; n < Math.max(1, placeGroups); n++) {
			if (n < places.size()) {
				var place = places.get(n).details();
				values.add(text(place.label()));
				values.add(text(place.street()));
				values.add(place.postcode());
				values.add(place.city());
				TEXT_LANGUAGES.forEach(language -> values.add(place.openingHours().get(language).orElse("")));
				values.add(yesNo(place.byAppointment()));
				values.add(place.barrierFree() == null ? "" : yesNo(place.barrierFree()));
			}
			else {
				PLACE_FIELDS.forEach(field -> values.add(""));
			}
		}
		return values;
	}

	private static void texts(List<String> values, LocalizedText text) {
		TEXT_LANGUAGES.forEach(language -> values.add(text.get(language).orElse("")));
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static String date(@Nullable LocalDate date) {
		return date == null ? "" : date.toString();
	}

	private static String yesNo(boolean value) {
		return value ? "ja" : "nein";
	}

	/**
	 * Keeps a spreadsheet from running a cell as a formula: a value starting with {@code = + - @}, tab or carriage
	 * return gets a leading apostrophe (OWASP's advice), which {@link #unprotect} takes off again on import.
	 */
	public static String protect(String value) {
		return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

	public static String unprotect(String value) {
		return value.length() > 1 && value.charAt(0) == '\'' && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0
				? value.substring(1) : value;
	}

	/** The values of a list cell, trimmed, without blanks and repetitions. */
	static Set<String> list(String cell) {
		var values = new LinkedHashSet<String>();
		for (var part : cell.split(Pattern.quote(LIST_SEPARATOR))) {
			if (!part.isBlank()) {
				values.add(part.strip());
			}
		}
		return values;
	}

	/** The translatable columns' base names, e.g. {@code titel}. */
	static List<String> translatedColumns() {
		return TRANSLATED;
	}
}
