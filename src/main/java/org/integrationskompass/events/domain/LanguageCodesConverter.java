package org.integrationskompass.events.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.integrationskompass.shared.domain.SpokenLanguages;

/** An event's languages as one column of comma-separated codes (codes never contain a comma). */
@Converter
class LanguageCodesConverter implements AttributeConverter<SortedSet<String>, String> {

	@Override
	public String convertToDatabaseColumn(SortedSet<String> codes) {
		return codes.stream().map(SpokenLanguages::normalise).sorted().collect(Collectors.joining(","));
	}

	@Override
	public SortedSet<String> convertToEntityAttribute(String column) {
		return Arrays.stream(column.split(","))
			.map(String::strip)
			.filter(code -> !code.isEmpty())
			.collect(Collectors.toCollection(TreeSet::new));
	}
}
