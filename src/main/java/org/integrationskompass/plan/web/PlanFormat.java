package org.integrationskompass.plan.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.integrationskompass.plan.domain.Progress;
import org.springframework.context.MessageSource;

/**
 * Numbers, dates and progress as the page's language writes them: "1.234,5" and "31.12.2024" in German. Arabic pages
 * use Western digits, as the dates and the charts' axes do, so that one page does not mix two digit systems.
 */
final class PlanFormat {

	private final Locale locale;

	private final NumberFormat numbers;

	private final DateTimeFormatter dates;

	private final MessageSource messages;

	PlanFormat(Locale locale, MessageSource messages) {
		this.locale = locale;
		this.messages = messages;
		var formatting = locale.getLanguage().equals("ar") ? Locale.forLanguageTag("ar-u-nu-latn") : locale;
		this.numbers = NumberFormat.getNumberInstance(formatting);
		this.numbers.setMaximumFractionDigits(4);
		this.numbers.setMinimumFractionDigits(0);
		this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(formatting);
	}

	Locale locale() {
		return locale;
	}

	String number(BigDecimal value) {
		return numbers.format(value.stripTrailingZeros());
	}

	/** A value with its unit: "42,5 %", "1.200 Personen". */
	String value(BigDecimal value, String unit) {
		return unit.isBlank() ? number(value) : number(value) + " " + unit;
	}

	String date(LocalDate date) {
		return dates.format(date);
	}

	String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	/** "42 %" for measured progress, and the words for "no data yet" otherwise — never "0 %" for missing data. */
	String progress(Progress progress) {
		if (!progress.isMeasured()) {
			return message("plan.progress.missing." + progress.missing().orElseThrow().name());
		}
		var percent = number(progress.percent().setScale(0, java.math.RoundingMode.HALF_UP));
		return progress.isBeyondTarget() ? message("plan.progress.beyond", percent) : message("plan.progress.percent", percent);
	}
}
