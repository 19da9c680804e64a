package org.integrationskompass.events.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The calendar's filters as address parameters: {@code typ}, {@code kategorie} and {@code kreis} (any of several
 * values), {@code online=ja}, {@code von} and {@code bis} (ISO dates, inclusive, in Europe/Berlin). Values that
 * mean nothing are left out rather than answered with an error: an old bookmark still shows a calendar.
 */
public record EventFilter(Set<EventType> types, Set<EventCategory> categories, Set<String> kreise,
		boolean onlineOnly, @Nullable LocalDate from, @Nullable LocalDate until) {

	private static final Pattern KREIS_KEY = Pattern.compile("\\d{5}");

	private static final int MAX_VALUES = 30;

	public EventFilter {
		types = Set.copyOf(types);
		categories = Set.copyOf(categories);
		kreise = Set.copyOf(kreise);
	}

	public static EventFilter none() {
		return new EventFilter(Set.of(), Set.of(), Set.of(), false, null, null);
	}

	public static EventFilter from(MultiValueMap<String, String> parameters) {
		var types = EnumSet.noneOf(EventType.class);
		values(parameters, "typ").forEach(value -> parse(EventType.class, value, types));
		var categories = EnumSet.noneOf(EventCategory.class);
		values(parameters, "kategorie").forEach(value -> parse(EventCategory.class, value, categories));
		var kreise = new TreeSet<String>();
		values(parameters, "kreis").stream().map(String::strip).filter(key -> KREIS_KEY.matcher(key).matches())
			.forEach(kreise::add);
		var online = first(parameters, "online");
		var onlineOnly = "ja".equalsIgnoreCase(online) || "true".equalsIgnoreCase(online);
		var from = date(first(parameters, "von"));
		var until = date(first(parameters, "bis"));
		if (from != null && until != null && until.isBefore(from)) {
			until = null;
		}
		return new EventFilter(types, categories, kreise, onlineOnly, from, until);
	}

	/** Whether the event passes the filters; {@code startOfFrom}/{@code endOfUntil} are the dates' bounds. */
	public boolean matches(Event event, @Nullable Instant startOfFrom, @Nullable Instant endOfUntil) {
		return (types.isEmpty() || types.contains(event.type()))
				&& (categories.isEmpty() || categories.contains(event.category()))
				&& (kreise.isEmpty() || event.venue().kreisKey() != null && kreise.contains(event.venue().kreisKey()))
				&& (!onlineOnly || event.online())
				&& (startOfFrom == null || !event.endsAt().isBefore(startOfFrom))
				&& (endOfUntil == null || event.startsAt().isBefore(endOfUntil));
	}

	private static List<String> values(MultiValueMap<String, String> parameters, String name) {
		var values = parameters.getOrDefault(name, List.of());
		return values.size() > MAX_VALUES ? values.subList(0, MAX_VALUES) : values;
	}

	private static @Nullable String first(MultiValueMap<String, String> parameters, String name) {
		return parameters.getFirst(name);
	}

	private static <E extends Enum<E>> void parse(Class<E> type, String value, Set<E> into) {
		try {
			into.add(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException unknown) {
			// left out: see the class comment
		}
	}

	private static @Nullable LocalDate date(@Nullable String value) {
		if (value == null || value.isBlank() || value.length() > 10) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
