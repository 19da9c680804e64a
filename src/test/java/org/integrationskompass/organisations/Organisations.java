package org.integrationskompass.organisations;

import java.util.Set;
import org.integrationskompass.organisations.domain.OrganisationDetails;
import org.integrationskompass.organisations.domain.OrganisationService;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/** Test organisations with sensible defaults; names should be unique per test, because contexts are shared. */
final class Organisations {

	private final OrganisationService service;

	Organisations(OrganisationService service) {
		this.service = service;
	}

	OrganisationSummary create(String name, OrganisationKind kind, @Nullable String kreisKey, String... languages) {
		var ags = kreisKey == null ? null : kreisKey + "000";
		return service.create(new OrganisationDetails(name, kind, LocalizedText.german("Beschreibung von " + name),
				"Hauptstraße 5", null, kreisKey == null ? null : "Musterort", ags, kreisKey, null, null,
				"https://verein.example", "kontakt@verein.example", "0641 12345", Set.of(languages),
				LocalizedText.empty(), false, null), false).asSummary();
	}
}
