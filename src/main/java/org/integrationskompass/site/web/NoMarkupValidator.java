package org.integrationskompass.site.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Rejects text that contains markup: a {@code <} directly followed by a letter, {@code /}, {@code !} or {@code ?}
 * (the start of any HTML tag, end tag, comment, doctype or processing instruction, such as {@code <script},
 * {@code <img onerror=…>}, {@code </p>}, {@code <!--}), or a {@code javascript:} / {@code vbscript:} URL, also with
 * blanks before the colon. A lone {@code <} as in "contrast < 4.5" stays allowed. Nobody needs markup to describe
 * a barrier, and refusing it keeps pasted page source and probing attacks out of the office's inbox.
 */
class NoMarkupValidator implements ConstraintValidator<NoMarkup, String> {

	static final Pattern MARKUP = Pattern.compile("<[\\p{L}/!?]|(?:java|vb)script\\s*:",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	@Override
	public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
		return value == null || !MARKUP.matcher(value).find();
	}
}
