package org.integrationskompass.offers.admin;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** The upload form of the import page: one CSV file. */
record ImportUploadForm(@Nullable MultipartFile datei) {

	static ImportUploadForm empty() {
		return new ImportUploadForm(null);
	}
}
