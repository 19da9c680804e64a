package org.integrationskompass.contracts.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * The financing of a contract. A state-funded contract may state its amount in euros (never negative, in cents);
 * a self-commitment has no state money, so it has no amount.
 */
public record Funding(FundingKind kind, @Nullable BigDecimal amount) {

	/** The largest amount the database column holds (NUMERIC(14, 2)). */
	public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

	public Funding {
		if (amount != null) {
			if (kind == FundingKind.SELF_COMMITMENT) {
				throw new IllegalArgumentException("a self-commitment has no funding amount");
			}
			if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0) {
				throw new IllegalArgumentException("funding amount out of range: " + amount);
			}
			if (amount.stripTrailingZeros().scale() > 2) {
				throw new IllegalArgumentException("funding amount has more than cents: " + amount);
			}
			amount = amount.setScale(2, RoundingMode.UNNECESSARY);
		}
	}

	public static Funding stateFunded(@Nullable BigDecimal amount) {
		return new Funding(FundingKind.STATE_FUNDED, amount);
	}

	public static Funding selfCommitment() {
		return new Funding(FundingKind.SELF_COMMITMENT, null);
	}
}
