package org.integrationskompass.plan.domain;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a number as staff type it or as a German spreadsheet exports it. The rule: a comma is the decimal
 * separator and dots group thousands ("1,5", "1.234,5", "1.234.567"); a number without a comma may use a dot as the
 * decimal point ("1.5", "0.125"). One case is ambiguous and refused rather than guessed: a single dot followed by
 * exactly three digits ("1.234" — a German reader means 1234, an English one 1.234); write "1234" or "1,234".
 */
public final class DecimalInput {

	/** Why a text is not a number. */
	public enum Problem {
		NOT_A_NUMBER, AMBIGUOUS
	}

	/** The number read, or the problem. */
	public record Result(@Nullable BigDecimal value, @Nullable Problem problem) {

		public boolean ok() {
			return value != null;
		}
	}

	private static final Pattern GERMAN = Pattern.compile("[+-]?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");

	private static final Pattern POINT = Pattern.compile("[+-]?\\d+\\.\\d+");

	private static final Pattern AMBIGUOUS = Pattern.compile("[+-]?[1-9]\\d{0,2}\\.\\d{3}");

	private static final int MAX_LENGTH = 30;

	private DecimalInput() {
	}

	public static Result parse(@Nullable String text) {
		if (text == null || text.isBlank() || text.strip().length() > MAX_LENGTH) {
			return new Result(null, Problem.NOT_A_NUMBER);
		}
		var input = text.strip();
		if (AMBIGUOUS.matcher(input).matches()) {
			return new Result(null, Problem.AMBIGUOUS);
		}
		if (POINT.matcher(input).matches()) {
			return new Result(new BigDecimal(input), null);
		}
		if (GERMAN.matcher(input).matches()) {
			return new Result(new BigDecimal(input.replace(".", "").replace(',', '.')), null);
		}
		return new Result(null, Problem.NOT_A_NUMBER);
	}
}
