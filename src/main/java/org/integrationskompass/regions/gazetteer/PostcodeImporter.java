package org.integrationskompass.regions.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.integrationskompass.regions.domain.DataSet;
import org.integrationskompass.regions.domain.KreisRepository;
import org.integrationskompass.regions.domain.Postcode;
import org.integrationskompass.regions.domain.PostcodeId;
import org.integrationskompass.regions.domain.PostcodeRepository;
import org.springframework.stereotype.Component;

/**
 * Postcodes from suche-postleitzahl.org: {@code plz,municipality_name,ags,kreis_name,kreis_ags,lat,lon}, one row per
 * postcode and municipality, with the centroid of the postcode area. For every postcode in the file the file's rows
 * replace the stored ones: when a municipality changes its AGS (Hanau, 2026) the old assignment disappears instead
 * of lingering as a second match.
 */
@Component
class PostcodeImporter implements DataSetImporter {

	static final Set<String> COLUMNS = Set.of("plz", "municipality_name", "ags", "kreis_ags", "lat", "lon");

	private final PostcodeRepository postcodes;

	private final KreisRepository kreise;

	PostcodeImporter(PostcodeRepository postcodes, KreisRepository kreise) {
		this.postcodes = postcodes;
		this.kreise = kreise;
	}

	@Override
	public DataSet dataSet() {
		return DataSet.POSTCODES;
	}

	@Override
	public boolean recognises(Path file) throws IOException {
		return CsvFile.header(file).containsAll(COLUMNS);
	}

	@Override
	public void importFile(Path file, RowTally tally) throws IOException {
		var knownKreise = kreise.findAllKeys();
		var rows = new LinkedHashMap<PostcodeId, Postcode>();
		var locations = new HashMap<PostcodeId, String>();
		CsvFile.forEachRow(file, COLUMNS, tally, (row, location) -> {
			var plz = row.plz("plz");
			var ags = row.agsInKreis("ags", "kreis_ags");
			if (!knownKreise.contains(ags.substring(0, 5))) {
				throw new RejectedRow("unknown Kreis", ags.substring(0, 5));
			}
			var name = row.text("municipality_name");
			var point = row.coordinates("lat", "lon");
			var id = new PostcodeId(plz, ags);
			var earlier = locations.putIfAbsent(id, location);
			if (earlier != null) {
				throw new RejectedRow("postcode and AGS repeated", plz + " " + ags + ", first on " + earlier);
			}
			rows.put(id, new Postcode(id, name, point.latitude(), point.longitude(), DataSet.POSTCODES));
		});
		replace(rows.values(), tally);
	}

	/**
	 * Stores the given rows and removes the other stored rows of the same postcodes, whichever data set they
	 * came from.
	 */
	void replace(Iterable<Postcode> rows, RowTally tally) {
		var byPlz = new LinkedHashMap<String, List<Postcode>>();
		rows.forEach(row -> byPlz.computeIfAbsent(row.plz(), plz -> new ArrayList<>()).add(row));
		if (byPlz.isEmpty()) {
			return;
		}
		Map<PostcodeId, Postcode> stored = postcodes.findByIdPlzIn(byPlz.keySet()).stream()
			.collect(Collectors.toMap(Postcode::id, Function.identity()));
		var keep = new HashSet<PostcodeId>();
		byPlz.values().stream().flatMap(List::stream).forEach(row -> {
			keep.add(row.id());
			var existing = stored.get(row.id());
			if (existing == null) {
				postcodes.save(row);
				tally.stored(true, false);
			}
			else {
				tally.stored(false,
						existing.update(row.municipalityName(), row.latitude(), row.longitude(), row.dataSet()));
			}
		});
		stored.values().stream().filter(old -> !keep.contains(old.id())).forEach(old -> {
			postcodes.delete(old);
			tally.removed();
		});
	}
}
