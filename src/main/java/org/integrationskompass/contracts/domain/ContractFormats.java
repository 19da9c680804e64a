package org.integrationskompass.contracts.domain;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Dates, amounts and file sizes of contracts as people read them, in the page's language. */
public final class ContractFormats {

	private static final Currency EURO = Currency.getInstance("EUR");

	private ContractFormats() {
	}

	/** "9. Mai 2018", "May 9, 2018", or the Arabic form. */
	public static String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

	/** "120.000,00 €", "€120,000.00", in the language's number format. */
	public static String euros(BigDecimal amount, Locale locale) {
		var format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(EURO);
		return format.format(amount);
	}

	/** "1,4 MB", "820 KB": a rough size, enough to decide whether to download on a phone. */
	public static String fileSize(long bytes, Locale locale) {
		var format = NumberFormat.getNumberInstance(locale);
		if (bytes < 1024 * 1024) {
			format.setMaximumFractionDigits(0);
			return format.format(Math.max(1, Math.round(bytes / 1024.0))) + " KB";
		}
		format.setMaximumFractionDigits(1);
		return format.format(bytes / (1024.0 * 1024.0)) + " MB";
	}

	/** The number of a percentage in the language's digits. */
	public static String percent(int percent, Locale locale) {
		return NumberFormat.getPercentInstance(locale).format(percent / 100.0);
	}
}
