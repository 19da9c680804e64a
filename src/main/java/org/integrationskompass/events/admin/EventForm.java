package org.integrationskompass.events.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.integrationskompass.events.domain.Event;
import org.integrationskompass.events.domain.EventTimes;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * The back-office form of an event. Everything is text as typed, so that a wrong date or number comes back as a
 * message with the input kept; {@link EventAdminController} parses and checks what Bean Validation cannot. Dates and
 * times are local to Hessen (Europe/Berlin).
 */
record EventForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @Nullable String titleDe,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String titleEn,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String titleAr,
		@Size(max = 500, message = "{validation.tooLong}") @Nullable String teaserDe,
		@Size(max = 500, message = "{validation.tooLong}") @Nullable String teaserEn,
		@Size(max = 500, message = "{validation.tooLong}") @Nullable String teaserAr,
		@Size(max = 10000, message = "{validation.tooLong}") @Nullable String descriptionDe,
		@Size(max = 10000, message = "{validation.tooLong}") @Nullable String descriptionEn,
		@Size(max = 10000, message = "{validation.tooLong}") @Nullable String descriptionAr,
		@Nullable String type, @Nullable String category, @Nullable String organisationId,
		@NotBlank(message = "{validation.required}") @Nullable String startDate,
		@NotBlank(message = "{validation.required}") @Nullable String startTime,
		@Nullable String endDate,
		@NotBlank(message = "{validation.required}") @Nullable String endTime,
		@Nullable Boolean online,
		@Size(max = 500, message = "{validation.tooLong}") @Nullable String meetingLink,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String venueName,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String street,
		@Size(max = 10, message = "{validation.tooLong}") @Nullable String postcode,
		@Size(max = 100, message = "{validation.tooLong}") @Nullable String city,
		@Nullable String kreisKey,
		@Nullable Boolean stepFree, @Nullable Boolean inductionLoop, @Nullable Boolean signLanguage,
		@Size(max = 1000, message = "{validation.tooLong}") @Nullable String accessibilityNoteDe,
		@Nullable List<String> languages,
		@NotBlank(message = "{validation.required}") @Nullable String capacity,
		@NotBlank(message = "{validation.required}") @Nullable String maxSeats,
		@Nullable String opensDate, @Nullable String opensTime, @Nullable String closesDate, @Nullable String closesTime,
		@Size(max = 300, message = "{validation.tooLong}") @Nullable String imageAltDe,
		@Size(max = 300, message = "{validation.tooLong}") @Nullable String imageAltEn,
		@Size(max = 300, message = "{validation.tooLong}") @Nullable String imageCredit,
		@Nullable MultipartFile image, @Nullable Boolean removeImage,
		/* when the event was last saved as this form was opened: a later save by someone else is a conflict */
		@Nullable String editedFrom) {

	static final List<String> FIELDS = List.of("titleDe", "titleEn", "titleAr", "teaserDe", "teaserEn", "teaserAr",
			"descriptionDe", "descriptionEn", "descriptionAr", "type", "category", "organisationId", "startDate",
			"startTime", "endDate", "endTime", "online", "meetingLink", "venueName", "street", "postcode", "city",
			"kreisKey", "accessibilityNoteDe", "languages", "capacity", "maxSeats", "opensDate", "opensTime",
			"closesDate", "closesTime", "image", "imageAltDe", "imageAltEn", "imageCredit");

	static EventForm empty() {
		return new EventForm("", "", "", "", "", "", "", "", "", "WORKSHOP", "SHARED", "", "", "10:00", "", "16:00",
				false, "", "", "", "", "", "", false, false, false, "", List.of("de"), "30", "1", "", "", "", "", "", "",
				"", null, false, null);
	}

	static EventForm of(Event event) {
		var start = event.startsAt().atZone(EventTimes.BERLIN);
		var end = event.endsAt().atZone(EventTimes.BERLIN);
		var venue = event.venue();
		return new EventForm(text(event.title(), "de"), text(event.title(), "en"), text(event.title(), "ar"),
				text(event.teaser(), "de"), text(event.teaser(), "en"), text(event.teaser(), "ar"),
				text(event.description(), "de"), text(event.description(), "en"), text(event.description(), "ar"),
				event.type().name(), event.category().name(),
				event.organisationId() == null ? "" : event.organisationId().toString(), start.toLocalDate().toString(),
				start.toLocalTime().toString(), end.toLocalDate().equals(start.toLocalDate()) ? "" : end.toLocalDate().toString(),
				end.toLocalTime().toString(), event.online(), orEmpty(event.meetingLink()), orEmpty(venue.name()),
				orEmpty(venue.street()), orEmpty(venue.postcode()), orEmpty(venue.city()), orEmpty(venue.kreisKey()),
				event.stepFree(), event.inductionLoop(), event.signLanguageOnRequest(),
				text(event.accessibilityNote(), "de"), List.copyOf(event.languages()), Integer.toString(event.capacity()),
				Integer.toString(event.maxSeatsPerRegistration()), date(event.registrationOpensAt()),
				time(event.registrationOpensAt()), date(event.registrationClosesAt()), time(event.registrationClosesAt()),
				text(event.imageAlt(), "de"), text(event.imageAlt(), "en"), orEmpty(event.imageCredit()), null, false,
				event.updatedAt().toString());
	}

	LocalizedText title() {
		return localized(titleDe, titleEn, titleAr);
	}

	LocalizedText teaser() {
		return localized(teaserDe, teaserEn, teaserAr);
	}

	LocalizedText description() {
		return localized(descriptionDe, descriptionEn, descriptionAr);
	}

	LocalizedText accessibilityNote() {
		return localized(accessibilityNoteDe, null, null);
	}

	LocalizedText imageAlt() {
		return localized(imageAltDe, imageAltEn, null);
	}

	boolean isOnline() {
		return Boolean.TRUE.equals(online);
	}

	boolean imageToBeRemoved() {
		return Boolean.TRUE.equals(removeImage);
	}

	List<String> languageCodes() {
		return languages == null ? List.of() : languages.stream().filter(code -> code != null && !code.isBlank()).toList();
	}

	/** Date and time in Hessen as an instant; empty when the date or time cannot be read. */
	static Optional<Instant> instant(@Nullable String date, @Nullable String time) {
		try {
			var day = LocalDate.parse(date == null ? "" : date.strip());
			var clock = time == null || time.isBlank() ? LocalTime.MIDNIGHT : LocalTime.parse(time.strip());
			return Optional.of(day.atTime(clock).atZone(EventTimes.BERLIN).toInstant());
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	static Optional<Integer> number(@Nullable String value) {
		if (value == null || !value.strip().matches("-?\\d{1,7}")) {
			return Optional.empty();
		}
		return Optional.of(Integer.valueOf(value.strip()));
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static LocalizedText localized(@Nullable String de, @Nullable String en, @Nullable String ar) {
		return LocalizedText.of(Map.of("de", orEmpty(de), "en", orEmpty(en), "ar", orEmpty(ar)));
	}

	private static String text(LocalizedText text, String language) {
		return text.get(language).orElse("");
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static String date(@Nullable Instant at) {
		return at == null ? "" : at.atZone(EventTimes.BERLIN).toLocalDate().toString();
	}

	private static String time(@Nullable Instant at) {
		return at == null ? "" : at.atZone(EventTimes.BERLIN).toLocalTime().toString();
	}
}
