package org.integrationskompass.regions.gazetteer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.integrationskompass.regions.domain.DataSet;
import org.integrationskompass.regions.domain.Kreis;
import org.integrationskompass.regions.domain.KreisRepository;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kreis outlines as a GeoJSON FeatureCollection with the property {@code kreis_ags} (BKG VG250/VG5000 dissolved
 * into Kreise). Only the geometry is stored, for drawing; names and types stay the built-in ones. Features of Kreise
 * that are not built in (another state, an outdated key) are skipped.
 */
@Component
class KreisShapeImporter implements DataSetImporter {

	private static final Set<String> EXTENSIONS = Set.of("geojson", "json");

	private static final Set<String> GEOMETRY_TYPES = Set.of("Polygon", "MultiPolygon");

	private static final Pattern KREIS_KEY = Pattern.compile("\\d{5}");

	private final KreisRepository kreise;

	private final JsonMapper json;

	KreisShapeImporter(KreisRepository kreise, JsonMapper json) {
		this.kreise = kreise;
		this.json = json;
	}

	@Override
	public DataSet dataSet() {
		return DataSet.KREIS_SHAPES;
	}

	@Override
	public boolean recognises(Path file) throws IOException {
		var name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (EXTENSIONS.stream().noneMatch(extension -> name.endsWith("." + extension))) {
			return false;
		}
		try (var in = Files.newInputStream(file)) {
			var root = json.readTree(in);
			return "FeatureCollection".equals(root.path("type").asString(""))
					&& root.path("features").values().stream().anyMatch(f -> f.path("properties").has("kreis_ags"));
		}
		catch (JacksonException notJson) {
			return false;
		}
	}

	@Override
	public void importFile(Path file, RowTally tally) throws IOException {
		JsonNode root;
		try (var in = Files.newInputStream(file)) {
			root = json.readTree(in);
		}
		catch (JacksonException malformed) {
			throw new IOException(file.getFileName() + " is not valid JSON: " + malformed.getOriginalMessage(), malformed);
		}
		var features = root.path("features");
		if (!features.isArray()) {
			throw new IOException(file.getFileName() + " is not a GeoJSON FeatureCollection");
		}
		var known = kreise.findAll().stream().collect(Collectors.toMap(Kreis::key, Function.identity()));
		var seen = new HashMap<String, String>();
		var number = 0;
		for (var feature : features) {
			number++;
			tally.read();
			var location = "feature " + number;
			try {
				var key = feature.path("properties").path("kreis_ags").asString("");
				if (!KREIS_KEY.matcher(key).matches()) {
					throw new RejectedRow("Kreis key is not five digits", key);
				}
				var kreis = known.get(key);
				if (kreis == null) {
					throw new RejectedRow("unknown Kreis", key);
				}
				var geometry = feature.path("geometry");
				var type = geometry.path("type").asString("");
				if (!GEOMETRY_TYPES.contains(type)) {
					throw new RejectedRow("geometry is not a Polygon or MultiPolygon", type);
				}
				checkPositions(geometry.path("coordinates"), "MultiPolygon".equals(type) ? 2 : 1);
				var earlier = seen.putIfAbsent(key, location);
				if (earlier != null) {
					throw new RejectedRow("Kreis repeated", key + ", first in " + earlier);
				}
				var isNew = kreis.shapeGeoJson() == null;
				tally.stored(isNew, kreis.outline(json.writeValueAsString(geometry)));
			}
			catch (RejectedRow rejected) {
				tally.skip(location, rejected);
			}
		}
	}

	/**
	 * Checks the nested coordinate arrays down to the positions. Depth 0 is a ring (a list of positions), so a
	 * Polygon's coordinates have depth 1 and a MultiPolygon's depth 2. GeoJSON positions are longitude first.
	 */
	private static void checkPositions(JsonNode node, int depth) {
		if (!node.isArray() || node.isEmpty()) {
			throw new RejectedRow("geometry has no coordinates", node.toString());
		}
		for (var child : node) {
			if (depth > 0) {
				checkPositions(child, depth - 1);
			}
			else if (child.isArray() && child.size() >= 2 && child.get(0).isNumber() && child.get(1).isNumber()) {
				Coordinates.of(child.get(1).doubleValue(), child.get(0).doubleValue());
			}
			else {
				throw new RejectedRow("geometry has a malformed position", child.toString());
			}
		}
	}
}
