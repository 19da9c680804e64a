package org.integrationskompass.conference.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.integrationskompass.conference.domain.ConferenceAdministration;
import org.integrationskompass.conference.domain.ConferenceSession;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * The back-office form of a session. Everything is text as typed, so that a wrong date comes back as a message with
 * the input kept. The agenda is one item per line, the lines of the translations matching the German ones; the
 * minutes are plain text, a blank line starting a new paragraph. Times are those of Hessen.
 */
record SessionForm(@Nullable String kind, @Nullable String workingGroupId,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @Nullable String titleDe,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String titleEn,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String titleAr,
		@NotBlank(message = "{validation.required}") @Nullable String date,
		@NotBlank(message = "{validation.required}") @Nullable String startTime,
		@NotBlank(message = "{validation.required}") @Nullable String endTime,
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") @Nullable String place,
		@Size(max = 5000, message = "{validation.tooLong}") @Nullable String agendaDe,
		@Size(max = 5000, message = "{validation.tooLong}") @Nullable String agendaEn,
		@Size(max = 5000, message = "{validation.tooLong}") @Nullable String agendaAr,
		@Size(max = 50000, message = "{validation.tooLong}") @Nullable String minutesDe,
		@Size(max = 50000, message = "{validation.tooLong}") @Nullable String minutesEn,
		@Size(max = 50000, message = "{validation.tooLong}") @Nullable String minutesAr) {

	static final List<String> FIELDS = List.of("kind", "workingGroupId", "titleDe", "titleEn", "titleAr", "date",
			"startTime", "endTime", "place", "agendaDe", "agendaEn", "agendaAr", "minutesDe", "minutesEn", "minutesAr");

	private static final java.time.format.DateTimeFormatter GERMAN_DATE = java.time.format.DateTimeFormatter
		.ofPattern("d.M.uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

	static SessionForm empty() {
		return new SessionForm("PLENARY", "", "", "", "", "", "10:00", "16:00", "", "", "", "", "", "", "");
	}

	static SessionForm of(ConferenceSession session) {
		var start = session.startsAt().atZone(ConferenceAdministration.BERLIN);
		var end = session.endsAt().atZone(ConferenceAdministration.BERLIN);
		return new SessionForm(session.kind().name(),
				session.workingGroupId() == null ? "" : session.workingGroupId().toString(), Texts.get(session.title(), "de"),
				Texts.get(session.title(), "en"), Texts.get(session.title(), "ar"), start.toLocalDate().toString(),
				start.toLocalTime().toString(), end.toLocalTime().toString(), session.place(), lines(session, "de"),
				lines(session, "en"), lines(session, "ar"), Texts.get(session.minutes(), "de"),
				Texts.get(session.minutes(), "en"), Texts.get(session.minutes(), "ar"));
	}

	LocalizedText title() {
		return localized(titleDe, titleEn, titleAr);
	}

	LocalizedText minutes() {
		return localized(minutesDe, minutesEn, minutesAr);
	}

	/** Empty when a translation has more lines than the German agenda (it could not be matched to an item). */
	Optional<List<LocalizedText>> agenda() {
		var de = split(agendaDe);
		var en = split(agendaEn);
		var ar = split(agendaAr);
		if (en.size() > de.size() || ar.size() > de.size()) {
			return Optional.empty();
		}
		var items = new ArrayList<LocalizedText>();
		for (var i = 0; i < de.size(); i++) {
			items.add(localized(de.get(i), i < en.size() ? en.get(i) : "", i < ar.size() ? ar.get(i) : ""));
		}
		return Optional.of(items);
	}

	static Optional<Instant> instant(@Nullable String date, @Nullable String time) {
		var typed = date == null ? "" : date.strip();
		try {
			// a browser's date field sends 2026-05-20; typed by hand (no date picker) it is 20.05.2026
			var day = typed.contains(".") ? LocalDate.parse(typed, GERMAN_DATE) : LocalDate.parse(typed);
			return Optional.of(day.atTime(LocalTime.parse(time == null ? "" : time.strip()))
				.atZone(ConferenceAdministration.BERLIN).toInstant());
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	private static List<String> split(@Nullable String lines) {
		return lines == null ? List.of()
				: Arrays.stream(lines.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	private static String lines(ConferenceSession session, String language) {
		return session.agenda().stream().map(item -> item.title().get(language).orElse(""))
			.collect(Collectors.joining("\n")).strip();
	}

	private static LocalizedText localized(@Nullable String de, @Nullable String en, @Nullable String ar) {
		return LocalizedText.of(Map.of("de", Texts.orEmpty(de), "en", Texts.orEmpty(en), "ar", Texts.orEmpty(ar)));
	}
}
