package org.integrationskompass.contracts;

import java.time.LocalDate;
import java.util.List;
import org.integrationskompass.contracts.domain.ContractDetails;
import org.integrationskompass.contracts.domain.ContractPartner;
import org.integrationskompass.contracts.domain.Funding;
import org.integrationskompass.contracts.domain.MeasureDetails;
import org.integrationskompass.contracts.domain.MeasureProgress;
import org.integrationskompass.contracts.domain.MeasureStatus;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/** Contracts and measures for tests, with a partner by name (no directory needed). */
public final class ContractFixtures {

	private ContractFixtures() {
	}

	public static ContractDetails contract(String germanTitle, @Nullable LocalDate signedOn) {
		return new ContractDetails(LocalizedText.german(germanTitle).with("en", germanTitle + " (en)"),
				LocalizedText.german("Zusammenhalt im Sportverein").with("en", "Cohesion in sports clubs")
					.with("ar", "التماسك في الأندية الرياضية"),
				LocalizedText.german("Vereine öffnen sich für neue Mitglieder."), LocalizedText.german("Kabinettsbeschluss"),
				List.of(new ContractPartner(null, "Landessportbund Beispiel")), signedOn, null, null,
				LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), Funding.selfCommitment(), List.of(), List.of());
	}

	public static MeasureDetails measure(String germanTitle, MeasureStatus status, int progress) {
		return new MeasureDetails(LocalizedText.german(germanTitle).with("en", germanTitle + " (en)"),
				LocalizedText.german("Beschreibung der Maßnahme."), new MeasureProgress(status, progress));
	}
}
