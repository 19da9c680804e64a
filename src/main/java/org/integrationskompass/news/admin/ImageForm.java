package org.integrationskompass.news.admin;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * A picture for an article: the file, its alternative text in German (required unless the picture is only
 * decoration), English and Arabic, the caption in the same languages and the © credit.
 */
record ImageForm(
		@Nullable MultipartFile image,
		@Size(max = 300, message = "{validation.tooLong}") @Nullable String altDe,
		@Size(max = 300, message = "{validation.tooLong}") @Nullable String altEn,
		@Size(max = 300, message = "{validation.tooLong}") @Nullable String altAr,
		@Nullable Boolean decorative,
		@Size(max = 500, message = "{validation.tooLong}") @Nullable String captionDe,
		@Size(max = 500, message = "{validation.tooLong}") @Nullable String captionEn,
		@Size(max = 500, message = "{validation.tooLong}") @Nullable String captionAr,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String credit) {

	static final List<String> FIELDS = List.of("image", "altDe", "altEn", "altAr", "decorative", "captionDe",
			"captionEn", "captionAr", "credit");

	static ImageForm empty() {
		return new ImageForm(null, "", "", "", false, "", "", "", "");
	}

	public boolean isDecorative() {
		return Boolean.TRUE.equals(decorative);
	}

	LocalizedText alt() {
		return isDecorative() ? LocalizedText.empty() : localized(altDe, altEn, altAr);
	}

	LocalizedText caption() {
		return localized(captionDe, captionEn, captionAr);
	}

	private static LocalizedText localized(@Nullable String de, @Nullable String en, @Nullable String ar) {
		return LocalizedText.of(Map.of("de", ArticleForm.orEmpty(de), "en", ArticleForm.orEmpty(en), "ar",
				ArticleForm.orEmpty(ar)));
	}
}
