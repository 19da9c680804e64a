package org.integrationskompass.events.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The registration form. Every field may arrive missing (null) from a hand-made request. The seats are text, so that
 * "abc" gets a message instead of failing the binding; the controller checks the number against the event (1 to the
 * event's maximum). The address rule is the accessibility form's: a dot
 * in the domain, and a local part of letters, digits and {@code . _ + -} only.
 */
record RegistrationForm(@NotBlank(message = "{events.register.seats.required}") @Size(max = 10, message = "{events.register.seats.number}") @Nullable String seats,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @Nullable String name,
		@NotBlank(message = "{validation.required}") @Size(max = 320, message = "{validation.tooLong}")
		@Email(regexp = "[\\p{L}\\p{N}._+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+", message = "{validation.emailAddress.invalid}")
		@Nullable String email,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String organisation,
		@Size(max = 1000, message = "{validation.tooLong}") @Nullable String needs,
		@NotNull(message = "{events.register.consent.required}") @AssertTrue(message = "{events.register.consent.required}")
		@Nullable Boolean consent) {

	static RegistrationForm empty() {
		return new RegistrationForm("1", "", "", "", "", null);
	}

	/** The seats as a number, or null when what was typed is not a whole number. */
	@Nullable Integer seatCount() {
		if (seats == null || !seats.strip().matches("-?\\d{1,9}")) {
			return null;
		}
		return Integer.valueOf(seats.strip());
	}
}
