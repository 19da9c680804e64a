package org.integrationskompass.events.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttendeeListFilesTests {

	@ParameterizedTest
	@ValueSource(strings = { "=1+1", "+49 641 1234", "-2", "@SUM(A1)", "\tcmd", "\rcmd" })
	void putsAnApostropheBeforeACellThatAFormulaCouldStartWith(String value) {
		assertThat(AttendeeListFiles.protect(value)).isEqualTo("'" + value);
	}

	@Test
	void leavesOtherCellsAlone() {
		assertThat(AttendeeListFiles.protect("Amal Haddad")).isEqualTo("Amal Haddad");
		assertThat(AttendeeListFiles.protect("Müller-Lüdenscheidt = 1")).isEqualTo("Müller-Lüdenscheidt = 1");
		assertThat(AttendeeListFiles.protect("")).isEmpty();
	}
}
