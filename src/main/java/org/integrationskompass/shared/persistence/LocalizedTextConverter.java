package org.integrationskompass.shared.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.integrationskompass.shared.domain.LocalizedText;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a {@link LocalizedText} as a JSON object ({@code {"de":"…","en":"…"}}) in a {@code TEXT} column.
 * Plain text with JSON inside works the same on H2 and PostgreSQL, keeps every language in one row
 * (no join per text) and lets later modules index each language with Hibernate Search.
 */
@Converter(autoApply = true)
public class LocalizedTextConverter implements AttributeConverter<LocalizedText, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(LocalizedText text) {
		return JSON.writeValueAsString(text == null ? Map.of() : text.asMap());
	}

	@Override
	public LocalizedText convertToEntityAttribute(String column) {
		if (column == null || column.isBlank()) {
			return LocalizedText.empty();
		}
		return LocalizedText.of(JSON.readValue(column, MAP));
	}
}
