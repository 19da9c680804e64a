package org.integrationskompass.regions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Projects the Kreis outlines (GeoJSON, WGS84) onto an SVG plane. An equirectangular projection with the longitude
 * scaled by the cosine of the middle latitude is exact enough for a state the size of Hessen and keeps the path
 * data small; y grows southwards as in SVG.
 */
final class KreisMapDrawing {

	/** Width of the view box; the height follows from the state's shape. */
	static final double WIDTH = 1000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private KreisMapDrawing() {
	}

	static KreisMap draw(List<KreisShape> shapes) {
		var parsed = new ArrayList<Parsed>();
		for (var shape : shapes) {
			var polygons = polygons(shape.geoJson());
			if (!polygons.isEmpty()) {
				parsed.add(new Parsed(shape, polygons));
			}
		}
		if (parsed.isEmpty()) {
			return KreisMap.none();
		}
		double minLon = Double.MAX_VALUE, maxLon = -Double.MAX_VALUE, minLat = Double.MAX_VALUE,
				maxLat = -Double.MAX_VALUE;
		for (var p : parsed) {
			for (var polygon : p.polygons()) {
				for (var ring : polygon) {
					for (var point : ring) {
						minLon = Math.min(minLon, point[0]);
						maxLon = Math.max(maxLon, point[0]);
						minLat = Math.min(minLat, point[1]);
						maxLat = Math.max(maxLat, point[1]);
					}
				}
			}
		}
		var xFactor = Math.cos(Math.toRadians((minLat + maxLat) / 2));
		var scale = WIDTH / Math.max((maxLon - minLon) * xFactor, 1e-9);
		var height = Math.ceil((maxLat - minLat) * scale);
		var projection = new Projection(minLon, maxLat, xFactor, scale);
		var outlines = parsed.stream()
			.map(p -> outline(p, projection))
			.sorted(Comparator.comparingDouble(Drawn::area).reversed())
			.map(Drawn::outline)
			.toList();
		return new KreisMap("0 0 " + format(WIDTH) + " " + format(height), outlines);
	}

	private static Drawn outline(Parsed parsed, Projection projection) {
		var path = new StringBuilder();
		double totalArea = 0;
		double largest = -1;
		double labelX = 0, labelY = 0;
		for (var polygon : parsed.polygons()) {
			for (int r = 0; r < polygon.size(); r++) {
				var ring = polygon.get(r).stream().map(projection::apply).toList();
				for (int i = 0; i < ring.size(); i++) {
					path.append(i == 0 ? "M" : "L").append(format(ring.get(i)[0])).append(' ')
						.append(format(ring.get(i)[1]));
				}
				path.append('Z');
				if (r == 0) {
					var centroid = centroid(ring);
					totalArea += Math.abs(centroid[2]);
					if (Math.abs(centroid[2]) > largest) {
						largest = Math.abs(centroid[2]);
						labelX = centroid[0];
						labelY = centroid[1];
					}
				}
			}
		}
		return new Drawn(new KreisOutline(parsed.shape().key(), parsed.shape().name(), path.toString(),
				round(labelX), round(labelY)), totalArea);
	}

	/** Centroid x, y and signed area of a closed ring (shoelace formula); the mean point for degenerate rings. */
	private static double[] centroid(List<double[]> ring) {
		double area = 0, cx = 0, cy = 0;
		for (int i = 0; i < ring.size(); i++) {
			var a = ring.get(i);
			var b = ring.get((i + 1) % ring.size());
			var cross = a[0] * b[1] - b[0] * a[1];
			area += cross;
			cx += (a[0] + b[0]) * cross;
			cy += (a[1] + b[1]) * cross;
		}
		area /= 2;
		if (Math.abs(area) < 1e-9) {
			var meanX = ring.stream().mapToDouble(p -> p[0]).average().orElse(0);
			var meanY = ring.stream().mapToDouble(p -> p[1]).average().orElse(0);
			return new double[] { meanX, meanY, 0 };
		}
		return new double[] { cx / (6 * area), cy / (6 * area), area };
	}

	/** Polygons as lists of rings of [lon, lat]; empty for anything that is not a Polygon or MultiPolygon. */
	static List<List<List<double[]>>> polygons(String geoJson) {
		JsonNode geometry;
		try {
			geometry = JSON.readTree(geoJson);
		}
		catch (JacksonException malformed) {
			return List.of();
		}
		var type = geometry.path("type").asString("");
		var coordinates = geometry.path("coordinates");
		var polygons = new ArrayList<List<List<double[]>>>();
		if ("Polygon".equals(type)) {
			polygons.add(rings(coordinates));
		}
		else if ("MultiPolygon".equals(type)) {
			coordinates.values().forEach(polygon -> polygons.add(rings(polygon)));
		}
		polygons.removeIf(List::isEmpty);
		return polygons;
	}

	private static List<List<double[]>> rings(JsonNode polygon) {
		var rings = new ArrayList<List<double[]>>();
		for (var ring : polygon.values()) {
			var points = new ArrayList<double[]>();
			for (var position : ring.values()) {
				if (position.size() >= 2 && position.get(0).isNumber() && position.get(1).isNumber()) {
					points.add(new double[] { position.get(0).doubleValue(), position.get(1).doubleValue() });
				}
			}
			if (points.size() >= 3) {
				rings.add(points);
			}
		}
		return rings;
	}

	private static String format(double value) {
		var rounded = round(value);
		return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private record Projection(double minLon, double maxLat, double xFactor, double scale) {

		double[] apply(double[] lonLat) {
			return new double[] { (lonLat[0] - minLon) * xFactor * scale, (maxLat - lonLat[1]) * scale };
		}
	}

	private record Parsed(KreisShape shape, List<List<List<double[]>>> polygons) {
	}

	private record Drawn(KreisOutline outline, double area) {
	}
}
