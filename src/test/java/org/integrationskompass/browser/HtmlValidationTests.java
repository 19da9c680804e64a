package org.integrationskompass.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtmlValidationTests {

	private static final String VALID = """
			<!DOCTYPE html>
			<html lang="de">
			<head><meta charset="utf-8"><title>Gültig</title></head>
			<body><main><h1>Gültig</h1><p>Text</p></main></body>
			</html>
			""";

	@Test
	void acceptsAValidDocument() {
		assertThat(HtmlValidation.errors("test:valid", VALID)).isEmpty();
	}

	@Test
	void reportsEachErrorWithItsLine() {
		var html = """
				<!DOCTYPE html>
				<html lang="de">
				<head><meta charset="utf-8"><title>Fehler</title></head>
				<body>
				<p id="same">eins</p><p id="same">zwei</p>
				<button hx-get="/suche">Suchen</button>
				</body>
				</html>
				""";

		assertThat(HtmlValidation.errors("test:invalid", html))
			.anySatisfy(error -> assertThat(error).startsWith("line 5,").contains("Duplicate ID"))
			.anySatisfy(error -> assertThat(error).startsWith("line 6,").contains("hx-get"));
	}

	@Test
	void failsWithTheDocumentAndItsErrors() {
		assertThatThrownBy(() -> HtmlValidation.assertValid("test:no-title", VALID.replace("<title>Gültig</title>", "")))
			.hasMessageContaining("test:no-title")
			.hasMessageContaining("title");
	}
}
