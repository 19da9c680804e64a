package org.integrationskompass.accounts.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.integrationskompass.accounts.Role;

/** What an administrator enters to give a colleague access to the back office. */
record AccountForm(
		@NotBlank(message = "{validation.required}") @Email(message = "{validation.emailAddress.invalid}") @Size(max = 320, message = "{validation.tooLong}") String email,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String displayName,
		@NotEmpty(message = "{accounts.admin.form.roles.required}") Set<Role> roles) {

	static AccountForm empty() {
		return new AccountForm("", "", Set.of());
	}
}
