package org.integrationskompass.regions.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.integrationskompass.regions.domain.DataSet;
import org.integrationskompass.regions.domain.Gemeinde;
import org.integrationskompass.regions.domain.GemeindeRepository;
import org.integrationskompass.regions.domain.Kreis;
import org.integrationskompass.regions.domain.KreisRepository;
import org.integrationskompass.regions.domain.Postcode;
import org.integrationskompass.regions.domain.PostcodeId;
import org.integrationskompass.regions.domain.PostcodeRepository;
import org.integrationskompass.regions.domain.SearchName;
import org.springframework.stereotype.Component;

/**
 * GeoNames postal codes ({@code plz,place,kreis_ags,kreis_name_geonames,lat,lon}) as a fallback for postcodes the
 * primary postcode data lacks, mostly PO box and large-customer codes. GeoNames gives no AGS, and a postcode needs
 * one here, so a row is used only when its municipality is certain:
 * <ul>
 * <li>in a kreisfreie Stadt, the city is the Kreis's only municipality ({@code <Kreis key>000});</li>
 * <li>in a Landkreis, the place must be spelled like a municipality of that Kreis (needs the Gemeindeverzeichnis).</li>
 * </ul>
 * Everything else (company names as places, Kreise GeoNames has not updated yet, such as Hanau) is skipped and
 * reported. Of several rows for one postcode and municipality the first wins.
 */
@Component
class GeoNamesPostcodeImporter implements DataSetImporter {

	static final Set<String> COLUMNS = Set.of("plz", "place", "kreis_ags", "lat", "lon");

	private final PostcodeRepository postcodes;

	private final GemeindeRepository gemeinden;

	private final KreisRepository kreise;

	private final PostcodeImporter postcodeImporter;

	GeoNamesPostcodeImporter(PostcodeRepository postcodes, GemeindeRepository gemeinden, KreisRepository kreise,
			PostcodeImporter postcodeImporter) {
		this.postcodes = postcodes;
		this.gemeinden = gemeinden;
		this.kreise = kreise;
		this.postcodeImporter = postcodeImporter;
	}

	@Override
	public DataSet dataSet() {
		return DataSet.GEONAMES_POSTCODES;
	}

	@Override
	public boolean recognises(Path file) throws IOException {
		var header = CsvFile.header(file);
		return header.containsAll(COLUMNS) && !header.contains("ags");
	}

	@Override
	public void importFile(Path file, RowTally tally) throws IOException {
		Map<String, Kreis> knownKreise = kreise.findAll().stream()
			.collect(Collectors.toMap(Kreis::key, Function.identity()));
		Map<String, Gemeinde> gemeindenByAgs = gemeinden.findAll().stream()
			.collect(Collectors.toMap(Gemeinde::ags, Function.identity()));
		Map<String, Gemeinde> gemeindenByKreisAndName = gemeindenByAgs.values().stream()
			.collect(Collectors.toMap(g -> g.kreisKey() + "|" + g.searchName(), Function.identity(), (a, b) -> a));
		var primary = new HashSet<>(postcodes.findPlzByDataSet(DataSet.POSTCODES));
		var rows = new LinkedHashMap<PostcodeId, Postcode>();
		CsvFile.forEachRow(file, COLUMNS, tally, (row, location) -> {
			var plz = row.plz("plz");
			if (primary.contains(plz)) {
				throw new RejectedRow("postcode known from the primary postcode data", plz);
			}
			var kreisKey = row.kreisKey("kreis_ags");
			var kreis = knownKreise.get(kreisKey);
			if (kreis == null) {
				throw new RejectedRow("unknown Kreis", kreisKey);
			}
			var place = row.text("place");
			var point = row.coordinates("lat", "lon");
			String ags;
			String name;
			if (kreis.kind().kreisfrei()) {
				ags = kreisKey + "000";
				var city = gemeindenByAgs.get(ags);
				name = city == null ? kreis.name() : city.name();
			}
			else {
				var gemeinde = gemeindenByKreisAndName.get(kreisKey + "|" + SearchName.of(place));
				if (gemeinde == null) {
					throw new RejectedRow("no municipality of the Kreis has this name", place + " in " + kreisKey);
				}
				ags = gemeinde.ags();
				name = gemeinde.name();
			}
			var id = new PostcodeId(plz, ags);
			if (rows.containsKey(id)) {
				throw new RejectedRow("another row for this postcode came first", plz + " " + place);
			}
			rows.put(id, new Postcode(id, name, point.latitude(), point.longitude(), DataSet.GEONAMES_POSTCODES));
		});
		postcodeImporter.replace(rows.values(), tally);
	}
}
