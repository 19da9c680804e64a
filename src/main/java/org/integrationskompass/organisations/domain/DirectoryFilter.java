package org.integrationskompass.organisations.domain;

import java.util.Locale;
import org.integrationskompass.organisations.OrganisationKind;
import org.jspecify.annotations.Nullable;

/**
 * What a directory visitor (or staff member) narrows the list to; null means "any".
 *
 * @param text part of the name, ignoring case (back office only)
 */
public record DirectoryFilter(@Nullable OrganisationKind kind, @Nullable String kreisKey, @Nullable String language,
		@Nullable String text) {

	public static DirectoryFilter none() {
		return new DirectoryFilter(null, null, null, null);
	}

	public DirectoryFilter withoutKreis() {
		return new DirectoryFilter(kind, null, language, text);
	}

	boolean matches(ListedOrganisation organisation) {
		var summary = organisation.summary();
		return (kind == null || summary.kind() == kind)
				&& (kreisKey == null || kreisKey.equals(summary.kreisKey()))
				&& (language == null || organisation.languages().contains(language))
				&& (text == null || text.isBlank() || summary.name().toLowerCase(Locale.ROOT)
					.contains(text.strip().toLowerCase(Locale.ROOT)));
	}
}
