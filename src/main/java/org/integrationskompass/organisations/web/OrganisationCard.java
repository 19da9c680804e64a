package org.integrationskompass.organisations.web;

import java.util.List;
import org.integrationskompass.organisations.OrganisationSummary;
import org.jspecify.annotations.Nullable;

/** One organisation in the directory's list. */
record OrganisationCard(OrganisationSummary summary, @Nullable String kreisName, List<String> languages) {
}
