package org.integrationskompass.offers.domain;

import org.integrationskompass.shared.domain.HtmlText;
import static org.integrationskompass.offers.domain.OfferCsvFormat.*;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.integrationskompass.organisations.OrganisationDirectory;
import org.integrationskompass.organisations.OrganisationSummary;
import org.integrationskompass.regions.PlaceMatch;
import org.integrationskompass.regions.RegionDirectory;
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.shared.domain.SpokenLanguages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns one CSV row into the details of an offer, or into the list of everything wrong with it (every cell is
 * checked, so one pass over the report fixes a row). Plain-text cells are stored as typed (pages escape them);
 * descriptions are rich text and pass the sanitiser, with a warning when it removed something.
 */
@Component
class OfferRowReader {

	private static final Pattern POSTCODE = Pattern.compile("\\d{5}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");

	private static final Pattern HARMLESS_ATTRIBUTES = Pattern
		.compile("(?i)\\s(href|rel)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]*)");

	private static final Set<String> ALLOWED_ELEMENTS = Set.of("p", "br", "ul", "ol", "li", "strong", "em", "b", "i",
			"h3", "h4", "blockquote", "a");

	private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Map<String, Integer> MAX_LENGTHS = Map.of(EXTERNAL_ID, 100, REGISTRATION_URL, 500,
			CONTACT_NAME, 200, CONTACT_EMAIL, 254, CONTACT_PHONE, 50);

	private final OrganisationDirectory organisations;

	private final TopicRepository topics;

	private final TargetGroupRepository targetGroups;

	private final RegionDirectory regions;

	OfferRowReader(OrganisationDirectory organisations, TopicRepository topics, TargetGroupRepository targetGroups,
			RegionDirectory regions) {
		this.organisations = organisations;
		this.topics = topics;
		this.targetGroups = targetGroups;
		this.regions = regions;
	}

	/** Lookups that stay the same for a whole file, so a run asks the database once per distinct value. */
	final class Lookups {

		private final Map<String, Optional<OrganisationSummary>> organisationsBySlug = new HashMap<>();

		private final Map<String, List<PlaceMatch>> postcodes = new HashMap<>();
	}

	Lookups lookups() {
		return new Lookups();
	}

	/**
	 * @param existing the offer with the row's external ID, if there is one: empty status and confirmation date
	 *        keep its values
	 */
	Result read(Map<String, String> row, @Nullable Offer existing, Lookups lookups, LocalDate today) {
		var cells = new Cells(row);
		var problems = new ArrayList<RowProblem>();

		var externalId = cells.get(EXTERNAL_ID);
		if (externalId.isEmpty()) {
			problems.add(RowProblem.error(EXTERNAL_ID, "required", null));
		}
		MAX_LENGTHS.forEach((column, max) -> {
			if (cells.get(column).length() > max) {
				problems.add(RowProblem.error(column, "tooLong", String.valueOf(max)));
			}
		});

		var organisationSlug = cells.get(ORGANISATION);
		OrganisationSummary organisation = null;
		if (organisationSlug.isEmpty()) {
			problems.add(RowProblem.error(ORGANISATION, "required", null));
		}
		else {
			var found = lookups.organisationsBySlug.computeIfAbsent(organisationSlug.toLowerCase(Locale.ROOT),
					organisations::findBySlug);
			if (found.isPresent()) {
				organisation = found.get();
			}
			else {
				problems.add(RowProblem.error(ORGANISATION, "organisationUnknown", organisationSlug));
			}
		}

		var title = cells.texts(TITLE);
		if (title.get(LocalizedText.GERMAN).isEmpty()) {
			problems.add(RowProblem.error(TITLE + "_de", "required", null));
		}
		var summary = cells.texts(SUMMARY);
		var description = sanitised(cells, problems);

		var topicSet = new LinkedHashSet<Topic>();
		for (var slug : list(cells.get(TOPICS))) {
			topics.findBySlug(slug.toLowerCase(Locale.ROOT)).ifPresentOrElse(topicSet::add,
					() -> problems.add(RowProblem.error(TOPICS, "topicUnknown", slug)));
		}
		var groupSet = new LinkedHashSet<TargetGroup>();
		for (var slug : list(cells.get(TARGET_GROUPS))) {
			targetGroups.findBySlug(slug.toLowerCase(Locale.ROOT)).ifPresentOrElse(groupSet::add,
					() -> problems.add(RowProblem.error(TARGET_GROUPS, "targetGroupUnknown", slug)));
		}
		var languageSet = new LinkedHashSet<String>();
		for (var code : list(cells.get(LANGUAGES))) {
			if (SpokenLanguages.isKnown(code)) {
				languageSet.add(SpokenLanguages.normalise(code));
			}
			else {
				problems.add(RowProblem.error(LANGUAGES, "languageUnknown", code));
			}
		}

		OfferMode mode = null;
		var modeCell = cells.get(MODE);
		if (modeCell.isEmpty()) {
			problems.add(RowProblem.error(MODE, "required", null));
		}
		else {
			try {
				mode = OfferMode.valueOf(modeCell.toUpperCase(Locale.ROOT).replace('-', '_'));
			}
			catch (IllegalArgumentException unknown) {
				problems.add(RowProblem.error(MODE, "modeInvalid", modeCell));
			}
		}

		var status = existing != null ? existing.status() : OfferStatus.DRAFT;
		var statusCell = cells.get(STATUS);
		if (!statusCell.isEmpty()) {
			try {
				status = OfferStatus.valueOf(statusCell.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException unknown) {
				problems.add(RowProblem.error(STATUS, "statusInvalid", statusCell));
			}
		}

		var free = cells.yesNo(FREE, problems);
		var startsOn = cells.date(STARTS_ON, problems);
		var endsOn = cells.date(ENDS_ON, problems);
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			problems.add(RowProblem.error(ENDS_ON, "endsBeforeStart", null));
		}
		var lastConfirmed = cells.date(LAST_CONFIRMED, problems);
		if (lastConfirmed == null) {
			lastConfirmed = existing != null ? existing.lastConfirmedOn() : today;
		}

		var url = cells.optional(REGISTRATION_URL);
		if (url != null && !isWebAddress(url)) {
			problems.add(RowProblem.error(REGISTRATION_URL, "urlInvalid", url));
		}
		var email = cells.optional(CONTACT_EMAIL);
		if (email != null && !EMAIL.matcher(email).matches()) {
			problems.add(RowProblem.error(CONTACT_EMAIL, "emailInvalid", email));
		}
		Integer freePlaces = null;
		var freePlacesCell = cells.get(FREE_PLACES);
		if (!freePlacesCell.isEmpty()) {
			try {
				freePlaces = Integer.valueOf(freePlacesCell);
				if (freePlaces < 0) {
					problems.add(RowProblem.error(FREE_PLACES, "negative", freePlacesCell));
				}
			}
			catch (NumberFormatException notANumber) {
				problems.add(RowProblem.error(FREE_PLACES, "numberInvalid", freePlacesCell));
			}
		}

		var places = places(cells, lookups, problems);
		if (mode != null && mode.needsPlace() && places.isEmpty()) {
			problems.add(RowProblem.error(placeColumn(1, PLACE_POSTCODE), "placeRequired", null));
		}

		if (problems.stream().anyMatch(p -> p.severity() == OfferImportEntry.Severity.ERROR) || organisation == null
				|| mode == null) {
			return new Result(externalId, null, problems);
		}
		var details = new OfferDetails(title, summary, description, organisation.id(), organisation.name(),
				Set.copyOf(topicSet), Set.copyOf(groupSet), Set.copyOf(languageSet), mode, Boolean.TRUE.equals(free),
				cells.texts(COST_NOTE), places, startsOn, endsOn, url, freePlaces, cells.optional(CONTACT_NAME), email,
				cells.optional(CONTACT_PHONE), cells.texts(PARTNERS), cells.texts(ACTIVITIES), lastConfirmed, status);
		return new Result(externalId, details, problems);
	}

	private static LocalizedText sanitised(Cells cells, List<RowProblem> problems) {
		var values = new LinkedHashMap<String, String>();
		for (var language : TEXT_LANGUAGES) {
			var column = DESCRIPTION + "_" + language;
			var raw = cells.get(column);
			if (raw.isEmpty()) {
				continue;
			}
			var clean = HtmlText.sanitise(raw);
			if (!sameMarkup(raw, clean)) {
				problems.add(RowProblem.warning(column, "markupRemoved", null));
			}
			values.put(language, clean);
		}
		return LocalizedText.of(values);
	}

	/**
	 * The sanitiser also rewrites harmless markup (quotes, {@code rel} on links); a warning is only worth it when it
	 * dropped an element, an attribute or text that the author will miss.
	 */
	private static boolean sameMarkup(String raw, String clean) {
		if (raw.equals(clean)) {
			return true;
		}
		if (raw.toLowerCase(Locale.ROOT).contains("javascript:")) {
			return false;
		}
		var tags = TAG.matcher(raw);
		while (tags.find()) {
			if (!ALLOWED_ELEMENTS.contains(tags.group(1).toLowerCase(Locale.ROOT))) {
				return false;
			}
			var otherAttributes = HARMLESS_ATTRIBUTES.matcher(tags.group(2)).replaceAll("").replace("/", "").strip();
			if (!otherAttributes.isEmpty()) {
				return false;
			}
		}
		return HtmlText.plain(raw).equals(HtmlText.plain(clean));
	}

	private List<PlaceDetails> places(Cells cells, Lookups lookups, List<RowProblem> problems) {
		var places = new ArrayList<PlaceDetails>();
		for (int n : OfferCsvFormat.placeGroups(cells.columns())) {
			var postcodeColumn = placeColumn(n, PLACE_POSTCODE);
			var postcode = cells.get(postcodeColumn);
			var street = cells.optional(placeColumn(n, PLACE_STREET));
			var label = cells.optional(placeColumn(n, PLACE_LABEL));
			var city = cells.optional(placeColumn(n, PLACE_CITY));
			var hours = new LinkedHashMap<String, String>();
			TEXT_LANGUAGES.forEach(l -> hours.put(l, cells.get(placeColumn(n, PLACE_HOURS + "_" + l))));
			var byAppointment = cells.yesNo(placeColumn(n, PLACE_BY_APPOINTMENT), problems);
			var barrierFree = cells.yesNo(placeColumn(n, PLACE_BARRIER_FREE), problems);
			if (postcode.isEmpty()) {
				if (street != null || label != null || city != null) {
					problems.add(RowProblem.error(postcodeColumn, "required", null));
				}
				continue;
			}
			if (!POSTCODE.matcher(postcode).matches()) {
				problems.add(RowProblem.error(postcodeColumn, "postcodeInvalid", postcode));
				continue;
			}
			var matches = lookups.postcodes.computeIfAbsent(postcode, regions::findByPostcode);
			if (matches.isEmpty()) {
				problems.add(RowProblem.error(postcodeColumn, "postcodeUnknown", postcode));
				continue;
			}
			var match = matches.stream()
				.filter(m -> city != null && m.municipalityName().equalsIgnoreCase(city))
				.findFirst()
				.orElse(matches.get(0));
			places.add(new PlaceDetails(label, street, postcode, city != null ? city : match.municipalityName(),
					match.ags(), match.kreisKey(), match.latitude(), match.longitude(), LocalizedText.of(hours),
					Boolean.TRUE.equals(byAppointment), barrierFree));
		}
		return places;
	}

	private static boolean isWebAddress(String url) {
		try {
			var uri = new URI(url);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (Exception notAUri) {
			return false;
		}
	}

	/** A row's values; a column the file does not have reads as empty. */
	private record Cells(Map<String, String> row) {

		Set<String> columns() {
			return row.keySet();
		}

		String get(String column) {
			var value = row.get(column);
			return value == null ? "" : value;
		}

		@Nullable
		String optional(String column) {
			var value = get(column);
			return value.isEmpty() ? null : value;
		}

		LocalizedText texts(String base) {
			var values = new LinkedHashMap<String, String>();
			TEXT_LANGUAGES.forEach(language -> values.put(language, get(base + "_" + language)));
			return LocalizedText.of(values);
		}

		@Nullable
		Boolean yesNo(String column, List<RowProblem> problems) {
			var value = get(column).toLowerCase(Locale.ROOT);
			return switch (value) {
				case "" -> null;
				case "ja", "j", "yes", "y", "true", "1", "x", "wahr" -> true;
				case "nein", "n", "no", "false", "0", "falsch" -> false;
				default -> {
					problems.add(RowProblem.error(column, "yesNoInvalid", get(column)));
					yield null;
				}
			};
		}

		@Nullable
		LocalDate date(String column, List<RowProblem> problems) {
			var value = get(column);
			if (value.isEmpty()) {
				return null;
			}
			try {
				return value.contains(".") ? LocalDate.parse(value, GERMAN_DATE) : LocalDate.parse(value);
			}
			catch (DateTimeParseException notADate) {
				problems.add(RowProblem.error(column, "dateInvalid", value));
				return null;
			}
		}
	}

	/** @param details null when the row has errors */
	record Result(String externalId, @Nullable OfferDetails details, List<RowProblem> problems) {
	}
}
