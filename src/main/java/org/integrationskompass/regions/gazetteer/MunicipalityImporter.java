package org.integrationskompass.regions.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.integrationskompass.regions.domain.DataSet;
import org.integrationskompass.regions.domain.Gemeinde;
import org.integrationskompass.regions.domain.GemeindeRepository;
import org.integrationskompass.regions.domain.KreisRepository;
import org.springframework.stereotype.Component;

/**
 * The Destatis Gemeindeverzeichnis: {@code ags,name,name_official,kreis_ags,kreis_name,kreisfrei,plz_list,lat,lon,note}.
 * Kreis name, kreisfrei flag and postcode list are derived data and ignored: the Kreis follows from the AGS, and
 * postcodes come from the postcode data set. Municipalities missing from the file are kept (other data may hold
 * their AGS); the summary says how many.
 */
@Component
class MunicipalityImporter implements DataSetImporter {

	static final Set<String> COLUMNS = Set.of("ags", "name", "name_official", "kreis_ags", "lat", "lon");

	private final GemeindeRepository gemeinden;

	private final KreisRepository kreise;

	MunicipalityImporter(GemeindeRepository gemeinden, KreisRepository kreise) {
		this.gemeinden = gemeinden;
		this.kreise = kreise;
	}

	@Override
	public DataSet dataSet() {
		return DataSet.MUNICIPALITIES;
	}

	@Override
	public boolean recognises(Path file) throws IOException {
		return CsvFile.header(file).containsAll(COLUMNS);
	}

	@Override
	public void importFile(Path file, RowTally tally) throws IOException {
		var knownKreise = kreise.findAllKeys();
		var existing = gemeinden.findAll().stream().collect(Collectors.toMap(Gemeinde::ags, Function.identity()));
		var seen = new LinkedHashMap<String, String>();
		CsvFile.forEachRow(file, COLUMNS, tally, (row, location) -> {
			var ags = row.agsInKreis("ags", "kreis_ags");
			var kreisKey = ags.substring(0, 5);
			if (!knownKreise.contains(kreisKey)) {
				throw new RejectedRow("unknown Kreis", kreisKey);
			}
			var name = row.text("name");
			var officialName = row.optionalText("name_official", name);
			var point = row.coordinates("lat", "lon");
			var earlier = seen.putIfAbsent(ags, location);
			if (earlier != null) {
				throw new RejectedRow("AGS repeated", ags + ", first on " + earlier);
			}
			var gemeinde = existing.get(ags);
			if (gemeinde == null) {
				gemeinden.save(new Gemeinde(ags, name, officialName, point.latitude(), point.longitude()));
				tally.stored(true, false);
			}
			else {
				tally.stored(false, gemeinde.update(name, officialName, point.latitude(), point.longitude()));
			}
		});
		var kept = existing.keySet().stream().filter(ags -> !seen.containsKey(ags)).count();
		if (kept > 0) {
			tally.note(kept + " municipalities in the database are not in this file and were kept");
		}
	}
}
