package org.integrationskompass.offers.web;

import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Texts and numbers of one page in its language, for view models that carry finished labels (the search page's
 * checkboxes and cards): one message lookup per label instead of a message expression per element, and one number
 * format per page instead of one per number. Not thread-safe; made per request.
 */
final class PageText {

	private final MessageSource messages;

	private final Locale locale;

	private NumberFormat integers;

	private NumberFormat oneDecimal;

	PageText(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	Locale locale() {
		return locale;
	}

	String message(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** As a message argument {@code {0}} would show it. */
	String number(long value) {
		if (integers == null) {
			integers = NumberFormat.getInstance(locale);
		}
		return integers.format(value);
	}

	/** One decimal, no grouping, as {@code #numbers.formatDecimal(value, 1, 1)} in a template. */
	String decimal(double value) {
		if (oneDecimal == null) {
			oneDecimal = NumberFormat.getNumberInstance(locale);
			oneDecimal.setMinimumIntegerDigits(1);
			oneDecimal.setMinimumFractionDigits(1);
			oneDecimal.setMaximumFractionDigits(1);
			oneDecimal.setGroupingUsed(false);
		}
		return oneDecimal.format(value);
	}
}
