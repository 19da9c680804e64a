package org.integrationskompass.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.integrationskompass.shared.domain.LocalizedText;
import org.junit.jupiter.api.Test;

class LocalizedTextConverterTests {

	private final LocalizedTextConverter converter = new LocalizedTextConverter();

	@Test
	void storesEveryLanguageAsOneJsonObjectAndReadsItBack() {
		var text = LocalizedText.of(Map.of("de", "Frauen-Sprachcafé \"Miteinander\"", "ar", "مقهى اللغة", "uk", "Мовне кафе"));

		var column = converter.convertToDatabaseColumn(text);

		assertThat(column).startsWith("{\"de\":");
		assertThat(converter.convertToEntityAttribute(column)).isEqualTo(text);
	}

	@Test
	void readsAnEmptyOrMissingColumnAsEmptyText() {
		assertThat(converter.convertToEntityAttribute(null).isEmpty()).isTrue();
		assertThat(converter.convertToEntityAttribute("").isEmpty()).isTrue();
		assertThat(converter.convertToEntityAttribute("{}").isEmpty()).isTrue();
	}
}
