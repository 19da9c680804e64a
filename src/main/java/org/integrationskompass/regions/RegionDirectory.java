package org.integrationskompass.regions;

import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.integrationskompass.regions.domain.DataSet;
import org.integrationskompass.regions.domain.DataSetImportRepository;
import org.integrationskompass.regions.domain.Gemeinde;
import org.integrationskompass.regions.domain.GemeindeRepository;
import org.integrationskompass.regions.domain.Kreis;
import org.integrationskompass.regions.domain.KreisRepository;
import org.integrationskompass.regions.domain.Postcode;
import org.integrationskompass.regions.domain.PostcodeRepository;
import org.integrationskompass.regions.domain.Regierungsbezirk;
import org.integrationskompass.regions.domain.RegierungsbezirkRepository;
import org.integrationskompass.regions.domain.SearchName;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regions of the state for other modules: Kreise with their validity, places by postcode or name, outlines for
 * maps and the credit lines the imported open data requires.
 */
@Service
public class RegionDirectory {

	/** Validity dates are German legal dates: a Kreis founded on 1 January exists from midnight in Berlin. */
	private static final ZoneId LEGAL_ZONE = ZoneId.of("Europe/Berlin");

	/**
	 * Credits, the current Kreise and the map change only on import. The import usually runs as a separate process,
	 * so a running instance re-reads them now and then instead of relying on the {@link GazetteerImported} event alone.
	 */
	private static final Duration CACHE_MAX_AGE = Duration.ofMinutes(10);

	private static final Pattern PLZ = Pattern.compile("\\d{5}");

	private static final Pattern UNSAFE_IN_LIKE = Pattern.compile("[%_\\\\]");

	private final RegierungsbezirkRepository bezirke;

	private final KreisRepository kreise;

	private final GemeindeRepository gemeinden;

	private final PostcodeRepository postcodes;

	private final DataSetImportRepository imports;

	private final Clock clock;

	private volatile @Nullable CachedAttributions attributions;

	private volatile @Nullable CachedKreise currentKreise;

	private volatile @Nullable CachedMap kreisMap;

	RegionDirectory(RegierungsbezirkRepository bezirke, KreisRepository kreise, GemeindeRepository gemeinden,
			PostcodeRepository postcodes, DataSetImportRepository imports, ObjectProvider<Clock> clock) {
		this.bezirke = bezirke;
		this.kreise = kreise;
		this.gemeinden = gemeinden;
		this.postcodes = postcodes;
		this.imports = imports;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** The Regierungsbezirke, by key. */
	@Transactional(readOnly = true)
	public List<RegierungsbezirkSummary> regierungsbezirke() {
		return bezirke.findAll().stream()
			.sorted(Comparator.comparing(Regierungsbezirk::key))
			.map(Regierungsbezirk::asSummary)
			.toList();
	}

	/**
	 * The Kreise that exist today, sorted by name as a reader looks them up: "Landkreis Kassel" next to "Kassel",
	 * not among the other "Landkreis …".
	 */
	public List<KreisSummary> currentKreise() {
		var today = today();
		var cached = currentKreise;
		if (cached == null || !cached.day().equals(today)
				|| cached.loadedAt().plus(CACHE_MAX_AGE).isBefore(clock.instant())) {
			cached = new CachedKreise(loadKreise(today), today, clock.instant());
			currentKreise = cached;
		}
		return cached.kreise();
	}

	/** Pages with a Kreis filter or map ask on every request; the list changes only by import or at midnight. */
	private List<KreisSummary> loadKreise(LocalDate today) {
		var bezirkNames = bezirkNames();
		return kreise.findAll().stream()
			.filter(kreis -> kreis.isValidOn(today))
			.map(kreis -> kreis.asSummary(bezirkNames.getOrDefault(kreis.regierungsbezirkKey(), "")))
			.sorted(byName(KreisSummary::name))
			.toList();
	}

	/** Any Kreis by key, also one that no longer exists (stored keys must stay readable). */
	@Transactional(readOnly = true)
	public Optional<KreisSummary> findKreis(String key) {
		return kreise.findById(key.strip())
			.map(kreis -> kreis.asSummary(bezirkNames().getOrDefault(kreis.regierungsbezirkKey(), "")));
	}

	/** The municipalities a postcode belongs to (usually one, sometimes two); empty for anything but five digits. */
	@Transactional(readOnly = true)
	public List<PlaceMatch> findByPostcode(String plz) {
		var normalised = plz.strip();
		if (!PLZ.matcher(normalised).matches()) {
			return List.of();
		}
		var names = kreisNames();
		return postcodes.findByIdPlz(normalised).stream()
			.map(postcode -> new PlaceMatch(postcode.municipalityName(), postcode.ags(), postcode.kreisKey(),
					names.getOrDefault(postcode.kreisKey(), ""), postcode.latitude(), postcode.longitude(),
					postcode.plz()))
			.sorted(byName(PlaceMatch::municipalityName))
			.toList();
	}

	/**
	 * Today's municipalities whose name, or a word in it, starts with the given text, ignoring case, umlauts and ß;
	 * exact matches first. Without an imported Gemeindeverzeichnis the places come from the postcode data,
	 * with the mean of their postcode centroids as the point.
	 */
	@Transactional(readOnly = true)
	public List<PlaceMatch> findByMunicipalityName(String name) {
		var prefix = UNSAFE_IN_LIKE.matcher(SearchName.of(name)).replaceAll("");
		if (prefix.isEmpty()) {
			return List.of();
		}
		var names = kreisNames();
		var today = today();
		var matches = gemeinden.findBySearchNamePrefix(prefix).stream()
			.filter(gemeinde -> gemeinde.isValidOn(today))
			.map(gemeinde -> placeOf(gemeinde, names))
			.toList();
		if (matches.isEmpty() && gemeinden.count() == 0) {
			matches = placesFromPostcodes(postcodes.findBySearchNamePrefix(prefix), names);
		}
		Comparator<PlaceMatch> exactFirst = Comparator
			.comparing(match -> !SearchName.of(match.municipalityName()).equals(prefix));
		return matches.stream().sorted(exactFirst.thenComparing(byName(PlaceMatch::municipalityName))).toList();
	}

	/** Outlines of today's Kreise for drawing; empty until an outline file has been imported. */
	@Transactional(readOnly = true)
	public List<KreisShape> kreisShapes() {
		var today = today();
		return kreise.findByShapeGeoJsonIsNotNull().stream()
			.filter(kreis -> kreis.isValidOn(today))
			.map(kreis -> new KreisShape(kreis.key(), kreis.name(), String.valueOf(kreis.shapeGeoJson())))
			.sorted(Comparator.comparing(KreisShape::key))
			.toList();
	}

	/**
	 * Today's Kreise as an SVG map for pages that show counts per Kreis; {@link KreisMap#isEmpty() empty} until an
	 * outline file has been imported (pages then show the table of Kreise only). Projected once and kept, like the
	 * credit lines, until an import or for a few minutes.
	 */
	public KreisMap kreisMap() {
		var now = clock.instant();
		var cached = kreisMap;
		if (cached == null || cached.loadedAt().plus(CACHE_MAX_AGE).isBefore(now)) {
			cached = new CachedMap(KreisMapDrawing.draw(kreisShapes()), now);
			kreisMap = cached;
		}
		return cached.map();
	}

	/**
	 * The credit lines that the licences of the imported data sets require on every page showing their data
	 * (ODbL, dl-de/by-2-0, CC BY 4.0). Cheap to call on every request.
	 */
	public List<String> attributions() {
		var now = clock.instant();
		var cached = attributions;
		if (cached == null || cached.loadedAt().plus(CACHE_MAX_AGE).isBefore(now)) {
			cached = new CachedAttributions(loadAttributions(), now);
			attributions = cached;
		}
		return cached.lines();
	}

	@EventListener
	void on(GazetteerImported event) {
		attributions = null;
		currentKreise = null;
		kreisMap = null;
	}

	private List<String> loadAttributions() {
		var newestPerDataSet = new EnumMap<DataSet, String>(DataSet.class);
		imports.findEffectiveNewestFirst().forEach(i -> newestPerDataSet.putIfAbsent(i.dataSet(), i.credit()));
		return List.copyOf(newestPerDataSet.values());
	}

	private List<PlaceMatch> placesFromPostcodes(List<Postcode> found, Map<String, String> kreisNames) {
		var byAgs = found.stream().collect(Collectors.groupingBy(Postcode::ags, LinkedHashMap::new, Collectors.toList()));
		var places = new ArrayList<PlaceMatch>();
		byAgs.forEach((ags, parts) -> {
			var first = parts.get(0);
			places.add(new PlaceMatch(first.municipalityName(), ags, first.kreisKey(),
					kreisNames.getOrDefault(first.kreisKey(), ""),
					parts.stream().mapToDouble(Postcode::latitude).average().orElseThrow(),
					parts.stream().mapToDouble(Postcode::longitude).average().orElseThrow(), null));
		});
		return places;
	}

	private static PlaceMatch placeOf(Gemeinde gemeinde, Map<String, String> kreisNames) {
		return new PlaceMatch(gemeinde.name(), gemeinde.ags(), gemeinde.kreisKey(),
				kreisNames.getOrDefault(gemeinde.kreisKey(), ""), gemeinde.latitude(), gemeinde.longitude(), null);
	}

	private Map<String, String> bezirkNames() {
		return bezirke.findAll().stream().collect(Collectors.toMap(Regierungsbezirk::key, Regierungsbezirk::name));
	}

	private Map<String, String> kreisNames() {
		return kreise.findAll().stream().collect(Collectors.toMap(Kreis::key, Kreis::name));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(LEGAL_ZONE));
	}

	private static <T> Comparator<T> byName(Function<T, String> name) {
		var collator = Collator.getInstance(Locale.GERMAN);
		Comparator<T> withoutKindPrefix = Comparator.comparing(item -> withoutKindPrefix(name.apply(item)), collator);
		return withoutKindPrefix.thenComparing(name, collator);
	}

	private static String withoutKindPrefix(String name) {
		for (var prefix : List.of("Landkreis ", "Kreis ")) {
			if (name.startsWith(prefix)) {
				return name.substring(prefix.length());
			}
		}
		return name;
	}

	private record CachedKreise(List<KreisSummary> kreise, LocalDate day, Instant loadedAt) {
	}

	private record CachedAttributions(List<String> lines, Instant loadedAt) {
	}

	private record CachedMap(KreisMap map, Instant loadedAt) {
	}
}
