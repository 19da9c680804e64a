package org.integrationskompass.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValueImportTests {

	private static final UUID QUOTA = UUID.randomUUID();

	private static final UUID WAIT = UUID.randomUUID();

	private static final Map<String, UUID> INDICATORS = Map.of("quote", QUOTA, "wartezeit", WAIT);

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	@Test
	void readsGoodRowsWithHeaderBomGermanNumbersDatesAndNotes() {
		var report = check("\uFEFFIndikator;Datum;Wert;Anmerkung\r\nquote;31.12.2025;1.234,5;vorläufig\r\n"
				+ "wartezeit;2025-12-31;1.5\r\n\r\n\"quote\";\"30.06.2026\";\"56,8\";\"mit ; Semikolon\"\r\n");

		assertThat(report.ok()).isTrue();
		assertThat(report.rows()).hasSize(3);
		var first = report.rows().get(0);
		assertThat(first.line()).isEqualTo(2);
		assertThat(first.indicatorId()).isEqualTo(QUOTA);
		assertThat(first.date()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(first.value()).isEqualByComparingTo("1234.5");
		assertThat(first.note()).isEqualTo("vorläufig");
		assertThat(report.rows().get(1).value()).isEqualByComparingTo("1.5");
		assertThat(report.rows().get(2).note()).isEqualTo("mit ; Semikolon");
	}

	@Test
	void namesEveryProblemOfEveryBadRow() {
		var report = check("quote;31.12.2025;1,5\n" + "unbekannt;31.12.2025;2\n" + "quote;31.12.2030;3\n"
				+ "wartezeit;31.12.2025;viele\n" + "quote;31.12.2025;4\n" + "wartezeit;31.02.2025;5\n" + "wartezeit;;6\n"
				+ "wartezeit;30.06.2025;1.234\n" + "quote;30.06.2025;1;a;b\n");

		assertThat(report.ok()).isFalse();
		assertThat(report.rows()).extracting(ValueImport.Row::problems).containsExactly(java.util.List.of(),
				java.util.List.of(ValueProblem.UNKNOWN_INDICATOR), java.util.List.of(ValueProblem.DATE_IN_FUTURE),
				java.util.List.of(ValueProblem.NOT_A_NUMBER), java.util.List.of(ValueProblem.DUPLICATE_IN_FILE),
				java.util.List.of(ValueProblem.DATE_INVALID), java.util.List.of(ValueProblem.MISSING_FIELD),
				java.util.List.of(ValueProblem.AMBIGUOUS_NUMBER), java.util.List.of(ValueProblem.TOO_MANY_FIELDS));
		assertThat(report.badRows()).extracting(ValueImport.Row::line).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
	}

	@Test
	void refusesAValueAlreadyStoredForThatDay() {
		var report = ValueImport.check("quote;31.12.2025;1,5".getBytes(StandardCharsets.UTF_8), INDICATORS,
				Set.of(QUOTA + "/2025-12-31"), TODAY);

		assertThat(report.rows().get(0).problems()).containsExactly(ValueProblem.ALREADY_RECORDED);
	}

	@Test
	void readsWhatExcelWritesInWindows1252() {
		var report = ValueImport.check("quote;31.12.2025;1,5;Schätzung\n".getBytes(Charset.forName("windows-1252")),
				INDICATORS, Set.of(), TODAY);

		assertThat(report.ok()).isTrue();
		assertThat(report.rows().get(0).note()).isEqualTo("Schätzung");
	}

	@Test
	void refusesFilesWithoutValuesOrThatAreNotText() {
		assertThat(check("Indikator;Datum;Wert\n\n").fileProblem()).isEqualTo(ValueImport.FileProblem.EMPTY);
		assertThat(ValueImport.check(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0 }, INDICATORS, Set.of(), TODAY)
			.fileProblem()).isEqualTo(ValueImport.FileProblem.NOT_TEXT);
		assertThat(check("quote;31.12.2025;1\n".repeat(ValueImport.MAX_ROWS + 1)).fileProblem())
			.isEqualTo(ValueImport.FileProblem.TOO_MANY_ROWS);
	}

	@Test
	void acceptsTabsAsSeparator() {
		assertThat(check("quote\t31.12.2025\t1,5\n").ok()).isTrue();
	}

	private static ValueImport.Report check(String csv) {
		return ValueImport.check(csv.getBytes(StandardCharsets.UTF_8), INDICATORS, Set.of(), TODAY);
	}
}
