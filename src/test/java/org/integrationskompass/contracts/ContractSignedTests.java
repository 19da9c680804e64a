package org.integrationskompass.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.integrationskompass.contracts.domain.ContractAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** {@link ContractSigned} goes out once, when a signed contract first becomes public. */
@SpringBootTest(properties = "platform.demo.enabled=false")
@RecordApplicationEvents
class ContractSignedTests {

	@Autowired
	ContractAdministration administration;

	@Autowired
	ApplicationEvents events;

	@Test
	void publishesContractSignedOnceWhenASignedContractIsPublishedAndNotAgainOnEditsOrRepublishing() {
		var signedOn = LocalDate.of(2025, 6, 3);
		var contract = administration.create(ContractFixtures.contract("Vertrag mit dem Sportbund", signedOn));
		assertThat(events.stream(ContractSigned.class)).isEmpty();

		administration.publish(contract.id());
		administration.update(contract.id(), ContractFixtures.contract("Vertrag mit dem Sportbund, neu", signedOn));
		administration.unpublish(contract.id());
		administration.publish(contract.id());

		assertThat(events.stream(ContractSigned.class))
			.containsExactly(new ContractSigned(new ContractId(contract.id()), signedOn));
	}

	@Test
	void waitsForTheSigningDateWhenAContractIsPublishedBeforeItIsSigned() {
		var contract = administration.create(ContractFixtures.contract("Vertrag in Verhandlung", null));
		administration.publish(contract.id());
		assertThat(events.stream(ContractSigned.class)).isEmpty();

		administration.update(contract.id(), ContractFixtures.contract("Vertrag in Verhandlung", LocalDate.of(2026, 2, 1)));
		administration.update(contract.id(), ContractFixtures.contract("Vertrag unterzeichnet", LocalDate.of(2026, 2, 1)));

		assertThat(events.stream(ContractSigned.class))
			.containsExactly(new ContractSigned(new ContractId(contract.id()), LocalDate.of(2026, 2, 1)));
	}

	@Test
	void saysNothingAboutADraftEvenWhenItIsSigned() {
		var contract = administration.create(ContractFixtures.contract("Entwurf mit Datum", LocalDate.of(2026, 3, 1)));
		administration.update(contract.id(), ContractFixtures.contract("Entwurf mit Datum", LocalDate.of(2026, 3, 2)));

		assertThat(events.stream(ContractSigned.class)).isEmpty();
	}
}
