package org.integrationskompass.newsletter.admin;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** An article written for the issue, in the language being edited, with an optional image. */
record ArticleForm(@Nullable String articleTitle, @Nullable String body, @Nullable MultipartFile image,
		@Nullable String imageAlt, @Nullable String imageCaption, @Nullable String imageCredit) {

	static ArticleForm empty() {
		return new ArticleForm("", "", null, "", "", "");
	}
}
