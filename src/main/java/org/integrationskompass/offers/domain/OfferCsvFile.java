package org.integrationskompass.offers.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded offers CSV file, read strictly: UTF-8 (with or without byte order mark), comma or semicolon as
 * separator (German spreadsheet programs save with semicolons), a header naming known columns. Anything else is
 * refused as a whole with a {@link Refused} that names the reason, before any row is imported.
 */
public final class OfferCsvFile {

	private final String text;

	private final char delimiter;

	private final List<String> header;

	private final int rows;

	private OfferCsvFile(String text, char delimiter, List<String> header, int rows) {
		this.text = text;
		this.delimiter = delimiter;
		this.header = header;
		this.rows = rows;
	}

	/** Checks the whole file (encoding, CSV syntax, header) and counts its rows. */
	public static OfferCsvFile read(byte[] bytes) throws Refused {
		if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
			throw new Refused("spreadsheet", null);
		}
		var text = decode(bytes);
		if (text.isBlank()) {
			throw new Refused("empty", null);
		}
		var delimiter = delimiterOf(text);
		var header = new ArrayList<String>();
		int rows = 0;
		try (var parser = format(delimiter).parse(new StringReader(text))) {
			var records = parser.iterator();
			if (!records.hasNext()) {
				throw new Refused("empty", null);
			}
			records.next().forEach(column -> header.add(OfferCsvFormat.normaliseColumn(column)));
			checkHeader(header);
			while (records.hasNext()) {
				var record = records.next();
				if (!isBlank(record)) {
					rows++;
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException malformed) {
			throw new Refused("malformed", null);
		}
		if (rows == 0) {
			throw new Refused("noRows", null);
		}
		return new OfferCsvFile(text, delimiter, List.copyOf(header), rows);
	}

	/** Reads a file that {@link #read} accepted before (an import's stored text). */
	static OfferCsvFile stored(String text) {
		try {
			return read(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (Refused refused) {
			throw new IllegalStateException("A stored import file no longer reads: " + refused.reason(), refused);
		}
	}

	private static String decode(byte[] bytes) throws Refused {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			var text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException notUtf8) {
			throw new Refused("encoding", null);
		}
	}

	/** A semicolon in the first line outside quotes, and no comma, means a semicolon file; else commas. */
	private static char delimiterOf(String text) {
		int commas = 0;
		int semicolons = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			}
			else if (!quoted && c == ',') {
				commas++;
			}
			else if (!quoted && c == ';') {
				semicolons++;
			}
		}
		return semicolons > commas ? ';' : ',';
	}

	private static void checkHeader(List<String> header) throws Refused {
		var seen = new LinkedHashSet<String>();
		var duplicates = new LinkedHashSet<String>();
		var unknown = new LinkedHashSet<String>();
		for (var column : header) {
			if (!seen.add(column)) {
				duplicates.add(column);
			}
			if (!column.isEmpty() && !OfferCsvFormat.isKnown(column)) {
				unknown.add(column);
			}
		}
		var missing = OfferCsvFormat.REQUIRED.stream().filter(column -> !seen.contains(column)).toList();
		if (!missing.isEmpty()) {
			throw new Refused("missingColumns", String.join(", ", missing));
		}
		if (!unknown.isEmpty()) {
			throw new Refused("unknownColumns", String.join(", ", unknown));
		}
		if (!duplicates.isEmpty()) {
			throw new Refused("duplicateColumns", String.join(", ", duplicates));
		}
	}

	private static CSVFormat format(char delimiter) {
		return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
	}

	private static boolean isBlank(CSVRecord record) {
		return record.stream().allMatch(value -> value == null || value.isBlank());
	}

	public int rows() {
		return rows;
	}

	public List<String> header() {
		return header;
	}

	String text() {
		return text;
	}

	/** Every non-blank row as column → value (cells beyond the header are ignored), with its spreadsheet row number. */
	void forEachRow(RowHandler handler) {
		try (var parser = format(delimiter).parse(new StringReader(text))) {
			var records = parser.iterator();
			records.next();
			int number = 1;
			while (records.hasNext()) {
				var record = records.next();
				number++;
				if (isBlank(record)) {
					continue;
				}
				var row = new LinkedHashMap<String, String>();
				for (int i = 0; i < header.size() && i < record.size(); i++) {
					if (!header.get(i).isEmpty()) {
						row.put(header.get(i), OfferCsvFormat.unprotect(record.get(i).strip()));
					}
				}
				handler.row(number, row);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@FunctionalInterface
	interface RowHandler {
		void row(int number, Map<String, String> values);
	}

	/**
	 * The file as a whole cannot be imported; {@code reason} names a message {@code offers.import.refused.<reason>}.
	 */
	public static final class Refused extends Exception {

		private final String reason;

		private final @Nullable String detail;

		Refused(String reason, @Nullable String detail) {
			super(reason + (detail == null ? "" : ": " + detail), null, false, false);
			this.reason = reason;
			this.detail = detail;
		}

		public String reason() {
			return reason;
		}

		public @Nullable String detail() {
			return detail;
		}
	}
}
