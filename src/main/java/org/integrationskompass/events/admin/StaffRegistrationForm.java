package org.integrationskompass.events.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Staff register someone by hand (a phone call, a letter); the mails go out in the language chosen here. */
record StaffRegistrationForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @Nullable String name,
		@NotBlank(message = "{validation.required}") @Size(max = 320, message = "{validation.tooLong}")
		@Email(regexp = "[\\p{L}\\p{N}._+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+", message = "{validation.emailAddress.invalid}")
		@Nullable String email,
		@NotBlank(message = "{validation.required}") @Nullable String seats,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String organisation,
		@Size(max = 1000, message = "{validation.tooLong}") @Nullable String needs,
		@Nullable String language) {

	static StaffRegistrationForm empty() {
		return new StaffRegistrationForm("", "", "1", "", "", "de");
	}
}
