package org.integrationskompass.organisations.domain;

import java.util.Set;
import org.integrationskompass.organisations.Fachstelle;
import org.integrationskompass.organisations.OrganisationKind;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * Everything staff (later: the organisation itself) can edit, already validated and normalised by the caller;
 * the address's municipality key and coordinates are resolved from the postcode before it gets here.
 *
 * @param languages codes from {@code SpokenLanguages}
 */
public record OrganisationDetails(String name, OrganisationKind kind, LocalizedText description,
		@Nullable String street, @Nullable String postcode, @Nullable String city, @Nullable String ags,
		@Nullable String kreisKey, @Nullable Double latitude, @Nullable Double longitude, @Nullable String website,
		@Nullable String email, @Nullable String phone, Set<String> languages, LocalizedText logoAlt,
		boolean verified, @Nullable Fachstelle fachstelle) {

	public OrganisationDetails withName(String newName) {
		return new OrganisationDetails(newName, kind, description, street, postcode, city, ags, kreisKey, latitude,
				longitude, website, email, phone, languages, logoAlt, verified, fachstelle);
	}
}
