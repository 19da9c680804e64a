package org.integrationskompass.offers.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.SloppyMath;
import org.junit.jupiter.api.Test;

/** The radius filter of the offer search on a small Lucene index of its own; no application needed. */
class RadiusQueryTests {

	private static final double GIESSEN_LAT = 50.5841;

	private static final double GIESSEN_LON = 8.6784;

	@Test
	void findsOffersWithAnyPlaceInsideTheCircleAndNoneOutsideIt() throws IOException {
		try (var directory = new ByteBuffersDirectory()) {
			try (var writer = new IndexWriter(directory, new IndexWriterConfig())) {
				writer.addDocument(offer("giessen", "kurs", new double[] { GIESSEN_LAT, GIESSEN_LON }));
				writer.addDocument(offer("wetzlar", "kurs", new double[] { 50.5558, 8.5049 })); // about 12.6 km
				writer.addDocument(offer("marburg", "kurs", new double[] { 50.8021, 8.7667 })); // about 25 km
				writer.addDocument(offer("kassel-and-giessen", "beratung", new double[] { 51.3127, 9.4797 },
						new double[] { 50.59, 8.69 }));
				writer.addDocument(offer("kassel", "kurs", new double[] { 51.3127, 9.4797 }));
				writer.addDocument(offer("online", "kurs"));
			}
			try (var reader = DirectoryReader.open(directory)) {
				var searcher = new IndexSearcher(reader);
				var marburg = SloppyMath.haversinMeters(GIESSEN_LAT, GIESSEN_LON, 50.8021, 8.7667);

				assertThat(names(searcher, radius(20_000))).containsExactlyInAnyOrder("giessen", "wetzlar",
						"kassel-and-giessen");
				assertThat(names(searcher, radius(marburg + 1))).contains("marburg").doesNotContain("kassel", "online");
				assertThat(names(searcher, radius(marburg - 1))).doesNotContain("marburg");
				assertThat(names(searcher, radius(0))).containsExactly("giessen");

				var courses = new BooleanQuery.Builder().add(new TermQuery(new Term("topic", "kurs")), Occur.MUST)
					.add(radius(20_000), Occur.FILTER)
					.build();
				assertThat(names(searcher, courses)).as("with another condition leading")
					.containsExactlyInAnyOrder("giessen", "wetzlar");
			}
		}
	}

	@Test
	void findsPointsAcrossTheDateLine() throws IOException {
		try (var directory = new ByteBuffersDirectory()) {
			try (var writer = new IndexWriter(directory, new IndexWriterConfig())) {
				writer.addDocument(offer("east", "kurs", new double[] { 0, 179.95 }));
				writer.addDocument(offer("west", "kurs", new double[] { 0, -179.95 }));
				writer.addDocument(offer("far", "kurs", new double[] { 0, 170 }));
			}
			try (var reader = DirectoryReader.open(directory)) {
				var query = new RadiusQuery(OfferConditions.LOCATION, 0, 180, 20_000);
				assertThat(names(new IndexSearcher(reader), query)).containsExactlyInAnyOrder("east", "west");
			}
		}
	}

	@Test
	void equalCirclesAreEqualQueriesSoThatLuceneCanCacheThem() {
		assertThat(radius(25_000)).isEqualTo(radius(25_000)).hasSameHashCodeAs(radius(25_000))
			.isNotEqualTo(radius(20_000));
		assertThatIllegalArgumentException().isThrownBy(() -> radius(-1));
		assertThatIllegalArgumentException().isThrownBy(() -> radius(Double.NaN));
	}

	private static RadiusQuery radius(double meters) {
		return new RadiusQuery(OfferConditions.LOCATION, GIESSEN_LAT, GIESSEN_LON, meters);
	}

	private static Document offer(String name, String topic, double[]... places) {
		var document = new Document();
		document.add(new StoredField("name", name));
		document.add(new StringField("topic", topic, Field.Store.NO));
		for (var place : places) {
			document.add(new LatLonDocValuesField(OfferConditions.LOCATION, place[0], place[1]));
		}
		return document;
	}

	private static List<String> names(IndexSearcher searcher, Query query) throws IOException {
		var names = new ArrayList<String>();
		var stored = searcher.storedFields();
		for (var hit : searcher.search(query, 100).scoreDocs) {
			names.add(stored.document(hit.doc).get("name"));
		}
		return names;
	}
}
