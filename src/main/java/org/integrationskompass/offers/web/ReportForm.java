package org.integrationskompass.offers.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a visitor tells about an outdated offer; deliberately no name or address. */
record ReportForm(@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}")
@Nullable String message) {

	static ReportForm empty() {
		return new ReportForm("");
	}
}
