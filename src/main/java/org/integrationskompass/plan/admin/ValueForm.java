package org.integrationskompass.plan.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A measured value typed by hand; text as typed, so a wrong number comes back with the input kept. */
record ValueForm(@NotBlank(message = "{validation.required}") @Nullable String date,
		@NotBlank(message = "{validation.required}") @Size(max = 30, message = "{validation.tooLong}") @Nullable String value,
		@Size(max = 500, message = "{validation.tooLong}") @Nullable String note) {

	static ValueForm empty() {
		return new ValueForm("", "", "");
	}
}
