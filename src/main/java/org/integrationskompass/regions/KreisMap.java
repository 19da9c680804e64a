package org.integrationskompass.regions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The state's Kreise as an SVG map, projected from the imported outlines. Without imported outlines
 * {@link #outlines()} is empty and pages show the Kreise as a table only.
 *
 * <p>The shading methods turn counts per Kreis into at most five classes (none, then four ranges up to the largest
 * count), so that the colours stay few enough to tell apart and the legend can name each range.
 *
 * @param viewBox the SVG {@code viewBox}, e.g. {@code 0 0 1000 1228}
 * @param outlines larger Kreise first, so that the cities lying inside them are drawn on top
 */
public record KreisMap(String viewBox, List<KreisOutline> outlines) {

	/** Shades used: 0 for "none", 1–4 for rising counts. */
	public static final int SHADES = 5;

	public KreisMap {
		outlines = List.copyOf(outlines);
	}

	public static KreisMap none() {
		return new KreisMap("0 0 0 0", List.of());
	}

	public boolean isEmpty() {
		return outlines.isEmpty();
	}

	/**
	 * Changes whenever the outlines change: pages refer to the outline file with it, so that browsers may keep that
	 * file for long and still never show stale outlines.
	 */
	public String version() {
		var hash = viewBox.hashCode();
		for (var outline : outlines) {
			hash = 31 * hash + outline.key().hashCode();
			hash = 31 * hash + outline.svgPath().hashCode();
		}
		return Integer.toHexString(hash);
	}

	/**
	 * The outlines as a stand-alone SVG file of {@code <path id="k<key>">} elements (see
	 * {@code regions/web/KreisOutlinesController}). Pages draw each Kreis with {@code <use href="…#k<key>">}, so the
	 * path data (tens of kilobytes) travels once per browser instead of with every page.
	 */
	public String outlineFile() {
		var svg = new StringBuilder(64 * 1024);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"").append(viewBox).append("\"><defs>");
		for (var outline : outlines) {
			svg.append("<path id=\"k").append(outline.key()).append("\" fill-rule=\"evenodd\" d=\"")
				.append(outline.svgPath()).append("\"/>");
		}
		return svg.append("</defs></svg>").toString();
	}

	/** The shade (0–4) of a Kreis; 0 when it has no count. */
	public int shade(Map<String, Long> counts, String kreisKey) {
		return shade(count(counts, kreisKey), max(counts));
	}

	private static int shade(long count, long max) {
		if (count <= 0) {
			return 0;
		}
		for (int shade = 1; shade < SHADES; shade++) {
			if (count <= upper(shade, max)) {
				return shade;
			}
		}
		return SHADES - 1;
	}

	/**
	 * Everything the map draws per Kreis, worked out once for the whole map (the largest count is looked up once,
	 * not once per Kreis), in drawing order.
	 *
	 * @param links path per Kreis key for the Kreis's link; a Kreis without one is drawn without a link
	 */
	public List<Area> areas(Map<String, Long> counts, Map<String, String> links) {
		var max = max(counts);
		var areas = new ArrayList<Area>(outlines.size());
		for (var outline : outlines) {
			var count = count(counts, outline.key());
			areas.add(new Area(outline.key(), outline.name(), count, shade(count, max), links.get(outline.key()),
					outline.labelX(), outline.labelY()));
		}
		return List.copyOf(areas);
	}

	/** The legend for these counts: one entry per shade in use or possible, without empty ranges. */
	public List<LegendEntry> legend(Map<String, Long> counts) {
		var max = max(counts);
		var entries = new ArrayList<LegendEntry>();
		entries.add(new LegendEntry(0, 0, 0));
		for (int shade = 1; shade < SHADES; shade++) {
			var from = upper(shade - 1, max) + 1;
			var to = upper(shade, max);
			if (from <= to) {
				entries.add(new LegendEntry(shade, from, to));
			}
		}
		return List.copyOf(entries);
	}

	public static long count(Map<String, Long> counts, String kreisKey) {
		@Nullable Long count = counts.get(kreisKey);
		return count == null ? 0 : count;
	}

	private static long max(Map<String, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
	}

	/**
	 * Upper bound of a shade's range: the range 1..max split into four parts (shade 0 ends at 0), so that the
	 * largest count always gets the darkest shade.
	 */
	private static long upper(int shade, long max) {
		return shade == 0 ? 0 : (long) Math.floor(shade * (double) max / (SHADES - 1));
	}

	/**
	 * One Kreis on the map.
	 *
	 * @param link the path the Kreis links to, or null
	 * @param labelX where its count is written
	 */
	public record Area(String key, String name, long count, int shade, @Nullable String link, double labelX,
			double labelY) {

		public String countText() {
			return Long.toString(count);
		}
	}

	/**
	 * One line of the legend.
	 *
	 * @param from the smallest count with this shade
	 * @param to the largest count with this shade ({@code from == to} for a single value)
	 */
	public record LegendEntry(int shade, long from, long to) {

		public boolean single() {
			return from == to;
		}
	}
}
