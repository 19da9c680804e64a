package org.integrationskompass.offers.admin;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The export page's search, with the public search's parameter names ({@code q}, {@code ort}, {@code umkreis},
 * {@code thema}, {@code zielgruppe}, {@code sprache}, {@code form}, {@code kostenlos}, {@code kreis}) plus
 * {@code status}, so that a public search address can be turned into an export by changing the path.
 */
record ExportForm(@Nullable String q, @Nullable String ort, @Nullable String umkreis, @Nullable List<String> thema,
		@Nullable List<String> zielgruppe, @Nullable List<String> sprache, @Nullable List<String> form,
		@Nullable String kostenlos, @Nullable List<String> kreis, @Nullable List<String> status,
		@Nullable String format) {

	static final int DEFAULT_RADIUS_KM = 25;

	static final int MAX_RADIUS_KM = 300;

	public String getText() {
		var text = q == null ? "" : q.strip();
		return text.length() > 200 ? text.substring(0, 200) : text;
	}

	public String getPlace() {
		return ort == null ? "" : ort.strip();
	}

	/** Anything but a sensible number of kilometres falls back to the default; the search must not fail on it. */
	public int getRadiusKm() {
		try {
			var km = umkreis == null ? DEFAULT_RADIUS_KM : Integer.parseInt(umkreis.strip());
			return km < 1 ? DEFAULT_RADIUS_KM : Math.min(km, MAX_RADIUS_KM);
		}
		catch (NumberFormatException notANumber) {
			return DEFAULT_RADIUS_KM;
		}
	}

	static List<String> values(@Nullable List<String> values) {
		return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
	}

	public boolean selected(String name, String value) {
		var list = switch (name) {
			case "thema" -> thema;
			case "zielgruppe" -> zielgruppe;
			case "sprache" -> sprache;
			case "form" -> form;
			case "kreis" -> kreis;
			case "status" -> status;
			default -> null;
		};
		return values(list).contains(value);
	}
}
