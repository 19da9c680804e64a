package org.integrationskompass.conference.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** A PDF for a session, with the title the page shows and whether the file is accessible. */
record DocumentForm(
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") @Nullable String documentTitle,
		@Nullable Boolean accessible, @Nullable MultipartFile file) {

	static DocumentForm empty() {
		return new DocumentForm("", false, null);
	}
}
