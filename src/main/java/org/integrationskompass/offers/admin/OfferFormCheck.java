package org.integrationskompass.offers.admin;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.integrationskompass.shared.domain.HtmlText;
import org.integrationskompass.offers.domain.KnownPlaces;
import org.integrationskompass.offers.domain.OfferDetails;
import org.integrationskompass.offers.domain.OfferMode;
import org.integrationskompass.offers.domain.OfferStatus;
import org.integrationskompass.offers.domain.PlaceDetails;
import org.integrationskompass.offers.domain.TargetGroup;
import org.integrationskompass.offers.domain.TargetGroupRepository;
import org.integrationskompass.offers.domain.Topic;
import org.integrationskompass.offers.domain.TopicRepository;
import org.integrationskompass.organisations.OrganisationDirectory;
import org.integrationskompass.organisations.OrganisationId;
import org.integrationskompass.regions.PlaceMatch;
import org.integrationskompass.regions.RegionDirectory;
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.shared.domain.SpokenLanguages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Checks the offer form field by field, in the order of the form (so the error summary reads like the form), and
 * turns it into {@link OfferDetails}: the description passes the HTML sanitiser, each place gets its Kreis and
 * coordinates from the postcode. Plain texts are stored as typed; every page prints them escaped.
 */
@Component
class OfferFormCheck {

	private static final Pattern POSTCODE = Pattern.compile("\\d{5}");

	private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");

	private static final Pattern PHONE = Pattern.compile("[0-9 +()/.-]{3,50}");

	private final OrganisationDirectory organisations;

	/** Before the gazetteer is imported, postcodes that existing offers already use still work. */
	private final KnownPlaces knownPlaces;

	private final TopicRepository topics;

	private final TargetGroupRepository targetGroups;

	private final RegionDirectory regions;

	OfferFormCheck(OrganisationDirectory organisations, TopicRepository topics, TargetGroupRepository targetGroups,
			RegionDirectory regions, KnownPlaces knownPlaces) {
		this.knownPlaces = knownPlaces;
		this.organisations = organisations;
		this.topics = topics;
		this.targetGroups = targetGroups;
		this.regions = regions;
	}

	/**
	 * @param existing the offer's current details when editing: languages the form does not show are kept
	 * @return the details, or empty when {@code errors} got at least one error
	 */
	@Transactional(readOnly = true)
	Optional<OfferDetails> check(OfferForm form, Errors errors, @Nullable OfferDetails existing, LocalDate today) {
		var organisation = parseUuid(form.organisation())
			.flatMap(id -> organisations.find(new OrganisationId(id)));
		if (organisation.isEmpty()) {
			errors.rejectValue("organisation", "offers.admin.form.error.organisation");
		}
		var status = parseEnum(OfferStatus.class, form.status());
		if (status == null) {
			errors.rejectValue("status", "offers.admin.form.error.choose");
		}
		var title = Texts.orEmpty(form.title());
		if (title.german().isEmpty()) {
			errors.rejectValue("title.de", "offers.admin.form.error.required");
		}
		length(errors, "title", title, 200);
		var summary = Texts.orEmpty(form.summary());
		length(errors, "summary", summary, 500);
		var description = Texts.orEmpty(form.description());
		length(errors, "description", description, 20_000);

		var chosenTopics = new LinkedHashSet<Topic>();
		for (var slug : nonNull(form.topics())) {
			topics.findBySlug(slug).ifPresentOrElse(chosenTopics::add,
					() -> errors.rejectValue("topics", "offers.admin.form.error.choose"));
		}
		var chosenGroups = new LinkedHashSet<TargetGroup>();
		for (var slug : nonNull(form.targetGroups())) {
			targetGroups.findBySlug(slug).ifPresentOrElse(chosenGroups::add,
					() -> errors.rejectValue("targetGroups", "offers.admin.form.error.choose"));
		}
		var languages = new LinkedHashSet<String>();
		for (var code : nonNull(form.languages())) {
			if (SpokenLanguages.isKnown(code)) {
				languages.add(SpokenLanguages.normalise(code));
			}
			else if (!errors.hasFieldErrors("languages")) {
				errors.rejectValue("languages", "offers.admin.form.error.choose");
			}
		}
		var mode = parseEnum(OfferMode.class, form.mode());
		if (mode == null) {
			errors.rejectValue("mode", "offers.admin.form.error.choose");
		}
		if (!"free".equals(form.cost()) && !"fee".equals(form.cost())) {
			errors.rejectValue("cost", "offers.admin.form.error.choose");
		}
		var costNote = Texts.orEmpty(form.costNote());
		length(errors, "costNote", costNote, 500);

		var places = new ArrayList<PlaceDetails>();
		var rows = form.placeRows();
		for (int i = 0; i < rows.size(); i++) {
			var before = existing != null && i < existing.places().size() ? existing.places().get(i) : null;
			place(rows.get(i), "places[" + i + "].", errors, before).ifPresent(places::add);
		}
		if (mode != null && mode.needsPlace() && rows.isEmpty()) {
			errors.rejectValue("places", "offers.admin.form.error.placeNeeded");
		}

		var startsOn = date(errors, "startsOn", form.startsOn(), false);
		var endsOn = date(errors, "endsOn", form.endsOn(), false);
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			errors.rejectValue("endsOn", "offers.admin.form.error.endsBeforeStart");
		}
		var registrationUrl = blankToNull(form.registrationUrl());
		if (registrationUrl != null && (registrationUrl.length() > 500 || !isWebAddress(registrationUrl))) {
			errors.rejectValue("registrationUrl", "offers.admin.form.error.url");
		}
		Integer freePlaces = null;
		var freePlacesText = blankToNull(form.freePlaces());
		if (freePlacesText != null) {
			try {
				freePlaces = Integer.valueOf(freePlacesText);
				if (freePlaces < 0 || freePlaces > 100_000) {
					errors.rejectValue("freePlaces", "offers.admin.form.error.freePlaces");
				}
			}
			catch (NumberFormatException e) {
				errors.rejectValue("freePlaces", "offers.admin.form.error.freePlaces");
			}
		}
		var contactName = blankToNull(form.contactName());
		if (contactName != null && contactName.length() > 200) {
			errors.rejectValue("contactName", "offers.admin.form.error.tooLong", new Object[] { 200 }, null);
		}
		var contactEmail = blankToNull(form.contactEmail());
		if (contactEmail != null && (contactEmail.length() > 254 || !EMAIL.matcher(contactEmail).matches())) {
			errors.rejectValue("contactEmail", "offers.admin.form.error.email");
		}
		var contactPhone = blankToNull(form.contactPhone());
		if (contactPhone != null && !PHONE.matcher(contactPhone).matches()) {
			errors.rejectValue("contactPhone", "offers.admin.form.error.phone");
		}
		var partners = Texts.orEmpty(form.partners());
		length(errors, "partners", partners, 2000);
		var activities = Texts.orEmpty(form.activities());
		length(errors, "activities", activities, 2000);
		var lastConfirmedOn = date(errors, "lastConfirmedOn", form.lastConfirmedOn(), true);
		if (lastConfirmedOn != null && lastConfirmedOn.isAfter(today)) {
			errors.rejectValue("lastConfirmedOn", "offers.admin.form.error.future");
		}

		if (errors.hasErrors() || organisation.isEmpty() || status == null || mode == null
				|| lastConfirmedOn == null) {
			return Optional.empty();
		}
		var before = existing;
		return Optional.of(new OfferDetails(title.over(before == null ? LocalizedText.empty() : before.title()),
				summary.over(before == null ? LocalizedText.empty() : before.summary()),
				sanitised(description.over(before == null ? LocalizedText.empty() : before.description())),
				organisation.get().id(), organisation.get().name(), Set.copyOf(chosenTopics), Set.copyOf(chosenGroups),
				Set.copyOf(languages), mode, "free".equals(form.cost()),
				costNote.over(before == null ? LocalizedText.empty() : before.costNote()),
				mode.needsPlace() || !places.isEmpty() ? List.copyOf(places) : List.of(), startsOn, endsOn,
				registrationUrl, freePlaces, contactName, contactEmail, contactPhone,
				partners.over(before == null ? LocalizedText.empty() : before.cooperationPartners()),
				activities.over(before == null ? LocalizedText.empty() : before.activities()), lastConfirmedOn,
				status));
	}

	/**
	 * @param before the place in the same position before this edit: the form shows German opening hours only, so
	 *        their translations are kept from it
	 */
	private Optional<PlaceDetails> place(PlaceForm row, String prefix, Errors errors, @Nullable PlaceDetails before) {
		var label = blankToNull(row.label());
		if (label != null && label.length() > 200) {
			errors.rejectValue(prefix + "label", "offers.admin.form.error.tooLong", new Object[] { 200 }, null);
		}
		var street = blankToNull(row.street());
		if (street != null && street.length() > 200) {
			errors.rejectValue(prefix + "street", "offers.admin.form.error.tooLong", new Object[] { 200 }, null);
		}
		var postcode = row.postcode() == null ? "" : row.postcode().strip();
		PlaceMatch match = null;
		if (postcode.isEmpty()) {
			errors.rejectValue(prefix + "postcode", "offers.admin.form.error.required");
		}
		else if (!POSTCODE.matcher(postcode).matches()) {
			errors.rejectValue(prefix + "postcode", "offers.admin.form.error.postcodeFormat");
		}
		else {
			match = bestMatch(regions.findByPostcode(postcode), row.city());
			if (match == null) {
				match = knownPlaces.find(postcode)
					.map(found -> new PlaceMatch(found.town(), "", found.kreisKey(), "", found.latitude(),
							found.longitude(), postcode))
					.orElse(null);
			}
			if (match == null) {
				errors.rejectValue(prefix + "postcode", "offers.admin.form.error.postcodeUnknown");
			}
		}
		var city = blankToNull(row.city());
		if (city != null && city.length() > 100) {
			errors.rejectValue(prefix + "city", "offers.admin.form.error.tooLong", new Object[] { 100 }, null);
		}
		var openingHours = row.openingHours() == null ? "" : row.openingHours().strip();
		if (openingHours.length() > 500) {
			errors.rejectValue(prefix + "openingHours", "offers.admin.form.error.tooLong", new Object[] { 500 }, null);
		}
		if (match == null || errors.hasErrors()) {
			return Optional.empty();
		}
		var barrierFree = switch (row.barrierFree() == null ? "" : row.barrierFree()) {
			case "yes" -> Boolean.TRUE;
			case "no" -> Boolean.FALSE;
			default -> null;
		};
		return Optional.of(new PlaceDetails(label, street, postcode, city == null ? match.municipalityName() : city,
				match.ags().isEmpty() ? null : match.ags(), match.kreisKey(), match.latitude(), match.longitude(),
				before == null ? LocalizedText.german(openingHours) : before.openingHours().with("de", openingHours),
				"true".equals(row.byAppointment()), barrierFree));
	}

	/** A postcode can span two municipalities: take the one the editor named, else the first. */
	private static @Nullable PlaceMatch bestMatch(List<PlaceMatch> matches, @Nullable String city) {
		if (matches.isEmpty()) {
			return null;
		}
		var wanted = city == null ? "" : city.strip().toLowerCase(Locale.GERMAN);
		return matches.stream()
			.filter(match -> match.municipalityName().toLowerCase(Locale.GERMAN).equals(wanted))
			.findFirst()
			.orElse(matches.get(0));
	}

	private static LocalizedText sanitised(LocalizedText html) {
		var map = new java.util.LinkedHashMap<String, String>();
		html.asMap().forEach((language, text) -> map.put(language, HtmlText.sanitise(text)));
		return LocalizedText.of(map);
	}

	private static void length(Errors errors, String field, Texts texts, int max) {
		check(errors, field + ".de", texts.de(), max);
		check(errors, field + ".en", texts.en(), max);
		check(errors, field + ".ar", texts.ar(), max);
	}

	private static void check(Errors errors, String field, @Nullable String value, int max) {
		if (value != null && value.strip().length() > max) {
			errors.rejectValue(field, "offers.admin.form.error.tooLong", new Object[] { max }, null);
		}
	}

	private static @Nullable LocalDate date(Errors errors, String field, @Nullable String value, boolean required) {
		var text = blankToNull(value);
		if (text == null) {
			if (required) {
				errors.rejectValue(field, "offers.admin.form.error.required");
			}
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			errors.rejectValue(field, "offers.admin.form.error.date");
			return null;
		}
	}

	private static boolean isWebAddress(String text) {
		try {
			var uri = new URI(text);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (Exception e) {
			return false;
		}
	}

	private static Optional<UUID> parseUuid(@Nullable String value) {
		try {
			return value == null || value.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(value.strip()));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private static <E extends Enum<E>> @Nullable E parseEnum(Class<E> type, @Nullable String value) {
		if (value == null) {
			return null;
		}
		for (var constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		return null;
	}

	private static List<String> nonNull(@Nullable List<String> values) {
		return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
