package org.integrationskompass.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MonitorCsvTests {

	@Test
	void writesNumbersWithADecimalCommaAndNoThousandsDots() {
		assertThat(MonitorCsv.number(new BigDecimal("1234.5000"))).isEqualTo("1234,5");
		assertThat(MonitorCsv.number(new BigDecimal("18250.0000"))).isEqualTo("18250");
		assertThat(MonitorCsv.number(new BigDecimal("-0.25"))).isEqualTo("-0,25");
	}

	@Test
	void quotesCellsWithSeparatorsAndDefusesFormulas() {
		assertThat(MonitorCsv.text("Wohnen; Freizeit")).isEqualTo("\"Wohnen; Freizeit\"");
		assertThat(MonitorCsv.text("Der \"Plan\"")).isEqualTo("\"Der \"\"Plan\"\"\"");
		assertThat(MonitorCsv.text("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
		assertThat(MonitorCsv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(MonitorCsv.text("Sprache und Bildung")).isEqualTo("Sprache und Bildung");
	}
}
