package org.integrationskompass.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalInputTests {

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', value = { "1,5|1.5", "1.234,5|1234.5", "1.234.567|1234567", "1.234.567,25|1234567.25",
			"1.5|1.5", "0.125|0.125", "1234.567|1234.567", "-3,25|-3.25", "42|42", " 7,0 |7.0", "1234,5|1234.5" })
	void readsGermanAndPointDecimals(String text, String expected) {
		var result = DecimalInput.parse(text);

		assertThat(result.ok()).isTrue();
		assertThat(result.value()).isEqualByComparingTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.234", "12.500", "-1.000" })
	void refusesASingleDotBeforeThreeDigitsAsAmbiguous(String text) {
		assertThat(DecimalInput.parse(text).problem()).isEqualTo(DecimalInput.Problem.AMBIGUOUS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "viele", "1,5 %", "1,2,3", "12.34.5", "1.23,4", "", "   ", "1e5", "0x10", "5-", "NaN" })
	void refusesTextThatIsNotANumber(String text) {
		assertThat(DecimalInput.parse(text).problem()).isEqualTo(DecimalInput.Problem.NOT_A_NUMBER);
	}
}
