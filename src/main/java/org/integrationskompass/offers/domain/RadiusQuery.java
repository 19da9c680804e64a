package org.integrationskompass.offers.domain;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.geo.Rectangle;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.SloppyMath;

/**
 * Documents with a point (a {@link LatLonDocValuesField}) within a radius, checked document by document on the
 * doc values: a bounding box first, then the haversine distance.
 * <p>
 * Lucene's own circle queries ({@code LatLonPoint.newDistanceQuery}, {@code newSlowDistanceQuery}) first build a
 * grid of the circle's relations to the index cells, which costs more than checking the few hundred offers a text
 * search leaves; in the offer search the radius is always combined with the status and usually with a text, so the
 * cheaper clause leads and this one only confirms. Without any other condition it checks every offer once
 * (about 100,000 cheap comparisons at the largest benchmark size).
 */
final class RadiusQuery extends Query {

	private final String field;

	private final double latitude;

	private final double longitude;

	private final double meters;

	private final double minLatitude;

	private final double maxLatitude;

	private final double minLongitude;

	private final double maxLongitude;

	private final boolean crossesDateline;

	RadiusQuery(String field, double latitude, double longitude, double meters) {
		if (!(meters >= 0) || Double.isInfinite(meters)) {
			throw new IllegalArgumentException("radius must be a finite, non-negative number of meters: " + meters);
		}
		this.field = Objects.requireNonNull(field);
		this.latitude = latitude;
		this.longitude = longitude;
		this.meters = meters;
		var box = Rectangle.fromPointDistance(latitude, longitude, meters);
		this.minLatitude = box.minLat;
		this.maxLatitude = box.maxLat;
		this.minLongitude = box.minLon;
		this.maxLongitude = box.maxLon;
		this.crossesDateline = box.crossesDateline();
	}

	boolean contains(double pointLatitude, double pointLongitude) {
		if (pointLatitude < minLatitude || pointLatitude > maxLatitude) {
			return false;
		}
		var inLongitudes = crossesDateline ? pointLongitude >= minLongitude || pointLongitude <= maxLongitude
				: pointLongitude >= minLongitude && pointLongitude <= maxLongitude;
		return inLongitudes && SloppyMath.haversinMeters(latitude, longitude, pointLatitude, pointLongitude) <= meters;
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
		return new ConstantScoreWeight(this, boost) {

			@Override
			public Scorer scorer(LeafReaderContext context) throws IOException {
				var values = context.reader().getSortedNumericDocValues(field);
				if (values == null) {
					return null;
				}
				return new ConstantScoreScorer(this, score(), scoreMode, new TwoPhaseIterator(values) {

					@Override
					public boolean matches() throws IOException {
						return anyWithin(values);
					}

					@Override
					public float matchCost() {
						return 20; // a few comparisons, a haversine for the points inside the box
					}
				});
			}

			@Override
			public boolean isCacheable(LeafReaderContext context) {
				return DocValues.isCacheable(context, field);
			}
		};
	}

	private boolean anyWithin(SortedNumericDocValues values) throws IOException {
		for (int i = 0, count = values.docValueCount(); i < count; i++) {
			var encoded = values.nextValue();
			if (contains(GeoEncodingUtils.decodeLatitude((int) (encoded >> 32)),
					GeoEncodingUtils.decodeLongitude((int) encoded))) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void visit(QueryVisitor visitor) {
		if (visitor.acceptField(field)) {
			visitor.visitLeaf(this);
		}
	}

	@Override
	public String toString(String defaultField) {
		return (field.equals(defaultField) ? "" : field + ":") + "radius(" + latitude + "," + longitude + " "
				+ meters + "m)";
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && other instanceof RadiusQuery that && field.equals(that.field)
				&& Double.compare(latitude, that.latitude) == 0 && Double.compare(longitude, that.longitude) == 0
				&& Double.compare(meters, that.meters) == 0;
	}

	@Override
	public int hashCode() {
		return Objects.hash(classHash(), field, latitude, longitude, meters);
	}
}
