package org.integrationskompass.regions.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** A UTF-8 CSV file with a header line, read row by row with validating accessors. */
final class CsvFile {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private static final Pattern PLZ = Pattern.compile("\\d{5}");

	private static final Pattern AGS = Pattern.compile("\\d{8}");

	private static final Pattern KREIS_KEY = Pattern.compile("\\d{5}");

	private static final int MAX_NAME_LENGTH = 200;

	private CsvFile() {
	}

	/** The column names of the header line; empty for a file that is not a UTF-8 {@code .csv} file. */
	static Set<String> header(Path file) throws IOException {
		if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
			return Set.of();
		}
		try (var reader = open(file)) {
			var first = reader.readLine();
			if (first == null) {
				return Set.of();
			}
			try (var parser = CSVFormat.DEFAULT.parse(new StringReader(first))) {
				var records = parser.getRecords();
				return records.isEmpty() ? Set.of() : Set.copyOf(records.get(0).stream().map(String::strip).toList());
			}
		}
		catch (CharacterCodingException notUtf8) {
			return Set.of();
		}
	}

	/** Calls the handler for each row; a {@link RejectedRow} skips the row and the import goes on. */
	static void forEachRow(Path file, Set<String> requiredColumns, RowTally tally, RowHandler handler)
			throws IOException {
		try (var reader = open(file); var parser = FORMAT.parse(reader)) {
			var columns = parser.getHeaderNames();
			if (!columns.containsAll(requiredColumns)) {
				throw new IOException(file.getFileName() + " lacks columns " + requiredColumns.stream()
					.filter(column -> !columns.contains(column)).sorted().toList());
			}
			for (var record : parser) {
				tally.read();
				var location = "line " + (record.getRecordNumber() + 1);
				try {
					if (!record.isConsistent()) {
						throw new RejectedRow("wrong number of columns",
								record.size() + " instead of " + columns.size());
					}
					handler.handle(new Row(record), location);
				}
				catch (RejectedRow rejected) {
					tally.skip(location, rejected);
				}
			}
		}
	}

	private static BufferedReader open(Path file) throws IOException {
		var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
		// Spreadsheet programs and some portals write a byte order mark; it would become part of the first column name.
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return reader;
	}

	@FunctionalInterface
	interface RowHandler {

		void handle(Row row, String location);
	}

	/** One data row; every accessor rejects the row when the value is malformed. */
	record Row(CSVRecord record) {

		String text(String column) {
			var value = record.get(column);
			if (value.isBlank()) {
				throw new RejectedRow("empty " + column, "");
			}
			if (value.length() > MAX_NAME_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
				throw new RejectedRow("malformed " + column, value);
			}
			return value;
		}

		String optionalText(String column, String fallback) {
			var value = record.isMapped(column) ? record.get(column) : "";
			return value.isBlank() ? fallback : text(column);
		}

		String plz(String column) {
			return matching(column, PLZ, "postcode is not five digits");
		}

		String ags(String column) {
			return matching(column, AGS, "AGS is not eight digits");
		}

		String kreisKey(String column) {
			return matching(column, KREIS_KEY, "Kreis key is not five digits");
		}

		/** The AGS; the Kreis column must agree with its first five digits, which decide the Kreis. */
		String agsInKreis(String agsColumn, String kreisColumn) {
			var ags = ags(agsColumn);
			var kreisKey = kreisKey(kreisColumn);
			if (!ags.startsWith(kreisKey)) {
				throw new RejectedRow("Kreis key does not match the AGS", kreisKey + " for " + ags);
			}
			return ags;
		}

		Coordinates coordinates(String latitudeColumn, String longitudeColumn) {
			return Coordinates.parse(record.get(latitudeColumn), record.get(longitudeColumn));
		}

		private String matching(String column, Pattern pattern, String reason) {
			var value = record.get(column);
			if (!pattern.matcher(value).matches()) {
				throw new RejectedRow(reason, value);
			}
			return value;
		}
	}
}
