package org.integrationskompass.regions;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A Kreis (Landkreis or kreisfreie Stadt) as other modules see it.
 *
 * @param key the five-digit Kreis key (the first five digits of every AGS in it), e.g. {@code 06531}
 * @param name the name in use, e.g. {@code Landkreis Gießen}
 * @param regierungsbezirkKey the first three digits of the key, e.g. {@code 065}
 * @param validFrom first day the Kreis exists under this key, or null when that is not tracked
 * @param validTo last day, or null while it exists
 */
public record KreisSummary(String key, String name, KreisType type, String regierungsbezirkKey,
		String regierungsbezirkName, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {

	public boolean kreisfrei() {
		return type.kreisfrei();
	}

	public boolean isValidOn(LocalDate day) {
		return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
	}
}
