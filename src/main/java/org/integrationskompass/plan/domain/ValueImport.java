package org.integrationskompass.plan.domain;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV file of measured values and checks every row, without storing anything.
 *
 * <p>Format: one value per line, {@code indicator key;date;value[;note]}, separated by semicolons (what German
 * spreadsheets write; a tab works too), an optional header line whose first cell is "Indikator", "Indicator",
 * "Schlüssel" or "Key". Dates as {@code 2025-12-31} or {@code 31.12.2025}; numbers by {@link DecimalInput}'s rule.
 * UTF-8 (with or without BOM); a file that is not valid UTF-8 is read as Windows-1252, which is what Excel's
 * "CSV (Trennzeichen-getrennt)" writes. Cells may be quoted with double quotes.
 */
public final class ValueImport {

	public static final int MAX_ROWS = 5_000;

	static final int MAX_NOTE = 500;

	private static final Set<String> HEADER = Set.of("indikator", "indicator", "schlüssel", "key", "indikator-schlüssel",
			"code");

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

	/** What the file as a whole gets wrong; the rows are not read then. */
	public enum FileProblem {
		EMPTY, TOO_MANY_ROWS, NOT_TEXT;

		public String messageKey() {
			return "plan.import.file." + name();
		}
	}

	/**
	 * A line of the file as read and checked.
	 *
	 * @param line the line number in the file (1 = first line)
	 * @param indicatorId the indicator found for the key, if any
	 */
	public record Row(int line, String indicatorCode, String dateText, String valueText, @Nullable String note,
			@Nullable UUID indicatorId, @Nullable LocalDate date, @Nullable BigDecimal value, List<ValueProblem> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}
	}

	/** The outcome of reading a file: a file problem, or every data row with its problems. */
	public record Report(@Nullable FileProblem fileProblem, List<Row> rows) {

		public boolean ok() {
			return fileProblem == null && !rows.isEmpty() && rows.stream().allMatch(Row::ok);
		}

		public List<Row> badRows() {
			return rows.stream().filter(row -> !row.ok()).toList();
		}
	}

	private ValueImport() {
	}

	/**
	 * @param indicators indicator keys (codes) to ids
	 * @param recorded keys {@code <indicator id>/<date>} of the values already stored
	 * @param today the last day a value may refer to
	 */
	public static Report check(byte[] content, Map<String, UUID> indicators, Set<String> recorded, LocalDate today) {
		var text = decode(content);
		if (text == null) {
			return new Report(FileProblem.NOT_TEXT, List.of());
		}
		var lines = text.split("\\r\\n|\\n|\\r", -1);
		var rows = new ArrayList<Row>();
		var seen = new HashSet<String>();
		var first = true;
		for (var i = 0; i < lines.length; i++) {
			var line = lines[i];
			if (line.isBlank()) {
				continue;
			}
			var cells = cells(line);
			if (first) {
				first = false;
				if (HEADER.contains(cells.get(0).strip().toLowerCase(Locale.ROOT))) {
					continue;
				}
			}
			if (rows.size() == MAX_ROWS) {
				return new Report(FileProblem.TOO_MANY_ROWS, List.of());
			}
			rows.add(row(i + 1, cells, indicators, recorded, seen, today));
		}
		if (rows.isEmpty()) {
			return new Report(FileProblem.EMPTY, List.of());
		}
		return new Report(null, List.copyOf(rows));
	}

	private static Row row(int line, List<String> cells, Map<String, UUID> indicators, Set<String> recorded,
			Set<String> seen, LocalDate today) {
		var problems = new ArrayList<ValueProblem>();
		var code = cell(cells, 0);
		var dateText = cell(cells, 1);
		var valueText = cell(cells, 2);
		var note = cells.size() > 3 && !cells.get(3).isBlank() ? cells.get(3).strip() : null;
		if (cells.size() > 4 && cells.subList(4, cells.size()).stream().anyMatch(c -> !c.isBlank())) {
			problems.add(ValueProblem.TOO_MANY_FIELDS);
		}
		if (code.isEmpty() || dateText.isEmpty() || valueText.isEmpty()) {
			problems.add(ValueProblem.MISSING_FIELD);
		}
		UUID indicatorId = null;
		if (!code.isEmpty()) {
			indicatorId = indicators.get(code);
			if (indicatorId == null) {
				problems.add(ValueProblem.UNKNOWN_INDICATOR);
			}
		}
		LocalDate date = null;
		if (!dateText.isEmpty()) {
			date = date(dateText);
			if (date == null) {
				problems.add(ValueProblem.DATE_INVALID);
			}
			else if (date.isAfter(today)) {
				problems.add(ValueProblem.DATE_IN_FUTURE);
			}
		}
		BigDecimal value = null;
		if (!valueText.isEmpty()) {
			var number = DecimalInput.parse(valueText);
			value = number.value();
			if (number.problem() == DecimalInput.Problem.AMBIGUOUS) {
				problems.add(ValueProblem.AMBIGUOUS_NUMBER);
			}
			else if (number.problem() != null) {
				problems.add(ValueProblem.NOT_A_NUMBER);
			}
		}
		if (note != null && note.length() > MAX_NOTE) {
			problems.add(ValueProblem.NOTE_TOO_LONG);
		}
		if (indicatorId != null && date != null) {
			var key = indicatorId + "/" + date;
			if (!seen.add(key)) {
				problems.add(ValueProblem.DUPLICATE_IN_FILE);
			}
			else if (recorded.contains(key)) {
				problems.add(ValueProblem.ALREADY_RECORDED);
			}
		}
		return new Row(line, code, dateText, valueText, note, indicatorId, date, value, List.copyOf(problems));
	}

	public static @Nullable LocalDate date(String text) {
		for (var format : List.of(ISO, GERMAN)) {
			try {
				return LocalDate.parse(text.strip(), format);
			}
			catch (DateTimeParseException notThisFormat) {
				// try the next one
			}
		}
		return null;
	}

	private static String cell(List<String> cells, int index) {
		return index < cells.size() ? cells.get(index).strip() : "";
	}

	/** Splits a line at semicolons (or tabs, when it has no semicolon), honouring double-quoted cells. */
	static List<String> cells(String line) {
		var separator = line.indexOf(';') >= 0 || line.indexOf('\t') < 0 ? ';' : '\t';
		var cells = new ArrayList<String>();
		var current = new StringBuilder();
		var quoted = false;
		for (var i = 0; i < line.length(); i++) {
			var c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					current.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					current.append(c);
				}
			}
			else if (c == '"' && current.toString().isBlank()) {
				current.setLength(0);
				quoted = true;
			}
			else if (c == separator) {
				cells.add(current.toString());
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		cells.add(current.toString());
		return cells;
	}

	private static @Nullable String decode(byte[] content) {
		var start = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
				&& (content[2] & 0xff) == 0xbf ? 3 : 0;
		for (var i = start; i < content.length; i++) {
			if (content[i] == 0) {
				return null;
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content, start, content.length - start))
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			return new String(content, start, content.length - start, Charset.forName("windows-1252"));
		}
	}
}
