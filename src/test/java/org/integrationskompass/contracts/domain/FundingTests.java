package org.integrationskompass.contracts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FundingTests {

	@Test
	void refusesAnAmountForASelfCommitment() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Funding(FundingKind.SELF_COMMITMENT, new BigDecimal("1000")));
		assertThat(Funding.selfCommitment().amount()).isNull();
	}

	@Test
	void refusesANegativeAmountOrFractionsOfACent() {
		assertThatIllegalArgumentException().isThrownBy(() -> Funding.stateFunded(new BigDecimal("-0.01")));
		assertThatIllegalArgumentException().isThrownBy(() -> Funding.stateFunded(new BigDecimal("10.001")));
	}

	@Test
	void keepsAStateFundingWithoutAmountOrWithAmountInCents() {
		assertThat(Funding.stateFunded(null).amount()).isNull();
		assertThat(Funding.stateFunded(new BigDecimal("120000")).amount()).isEqualByComparingTo("120000.00")
			.hasToString("120000.00");
	}

	@Test
	void showsAmountsInThePageLanguagesNumberFormat() {
		var amount = new BigDecimal("120000.50");

		assertThat(ContractFormats.euros(amount, Locale.GERMAN)).isEqualTo("120.000,50\u00a0€");
		assertThat(ContractFormats.euros(amount, Locale.ENGLISH)).isEqualTo("€120,000.50");
	}
}
