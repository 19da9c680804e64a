package org.integrationskompass.contracts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.integrationskompass.PortalClient;
import org.integrationskompass.contracts.domain.ContractAdministration;
import org.integrationskompass.contracts.domain.ContractDetails;
import org.integrationskompass.contracts.domain.ContractRepository;
import org.integrationskompass.contracts.domain.FundingKind;
import org.integrationskompass.contracts.domain.IntegrationContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A visitor goes from the home page to an integration contract and sees its measures with their status, on the
 * demo content (the four contracts of Hessen).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "platform.demo.enabled=true")
class VisitorFollowsAContractTests {

	private static final Pattern CONTRACT_LINK = Pattern.compile("href=\"(/integrationsvertraege/[a-z0-9-]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	ContractRepository contracts;

	@Autowired
	ContractAdministration administration;

	@Test
	void findsTheContractsFromTheHomePageAndSeesTheMeasuresWithTheirStatus() {
		var visitor = new PortalClient(port);

		var home = visitor.get("/");
		assertThat(home.body()).contains("href=\"/integrationsvertraege\">Integrationsverträge</a>");
		var list = visitor.get("/integrationsvertraege");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(list.body()).contains("4 Verträge", "Bildungsstätte Anne Frank", "Hessischer Jugendring",
				"Verband binationaler Familien", "DRK-Landesverband Hessen", "9. Mai 2018", "3. Juni 2019",
				"Selbstverpflichtung ohne Landesförderung");
		var link = CONTRACT_LINK.matcher(list.body().substring(list.body().indexOf("Anne Frank") - 300));
		assertThat(link.find()).isTrue();

		var page = visitor.get(link.group(1)).body();

		assertThat(page).contains("Antisemitismus und Rassismus in der Migrationsgesellschaft")
			.contains("Aufbau eines Kompetenzzentrums zu Rassismus und Antisemitismus")
			.contains("Stand: Abgeschlossen", "Stand: In Umsetzung", "Fortschritt: 70\u00a0%")
			.contains("<progress max=\"100\" value=\"70\"", "Gesamtfortschritt: 68\u00a0%")
			.contains("href=\"/organisationen/bildungsstaette-anne-frank\"")
			.contains("Beispielinhalt", "erfundene Beispielwerte")
			.contains("href=\"/veranstaltungen/online-podium-rassismus-im-alltag\"");
		assertThat(visitor.get("/en" + link.group(1)).body()).contains("Status: In progress", "Overall progress: 68%");
		assertThat(visitor.get("/organisationen/bildungsstaette-anne-frank").body())
			.contains("href=\"" + link.group(1) + "\"");
	}

	@Test
	void linksTheSigningEventAndRelatedOffersAndLeavesOutWhatIsNoLongerPublic() {
		var visitor = new PortalClient(port);
		var offerLink = Pattern.compile("href=\"/angebote/([a-z0-9-]+)\"").matcher(visitor.get("/angebote").body());
		assertThat(offerLink.find()).isTrue();
		var offerSlug = offerLink.group(1);
		var drk = contracts.findAll().stream().filter(contract -> contract.funding().kind() == FundingKind.SELF_COMMITMENT)
			.findFirst().orElseThrow();
		var details = new ContractDetails(drk.title(), drk.topic(), drk.summary(), drk.legalBasis(), drk.partners(),
				drk.signedOn(), "vernetzungskonferenz-migrantenorganisationen", "https://example.org/pressemitteilung",
				null, null, drk.funding(), List.of("gibt-es-nicht-mehr"), List.of(offerSlug, "altes-angebot"));
		administration.update(drk.id(), details);

		var page = visitor.get("/integrationsvertraege/" + drk.slug()).body();

		assertThat(page).contains("href=\"/veranstaltungen/vernetzungskonferenz-migrantenorganisationen\"",
				"Unterzeichnet bei: Landesweite Vernetzungskonferenz", "href=\"https://example.org/pressemitteilung\"",
				"href=\"/angebote/" + offerSlug + "\"")
			.doesNotContain("gibt-es-nicht-mehr", "altes-angebot");
	}

	@Test
	void loadsTheFourContractsOfTheSeedsWithoutInventedAmounts() {
		var all = contracts.findAll();

		assertThat(all).hasSize(4).allMatch(IntegrationContract::demo).allMatch(IntegrationContract::isPublished)
			.allMatch(contract -> contract.funding().amount() == null);
		assertThat(all).filteredOn(contract -> contract.funding().kind() == FundingKind.SELF_COMMITMENT)
			.singleElement().satisfies(drk -> assertThat(drk.partners().get(0).name()).startsWith("DRK"));
	}

	@Test
	void filtersByFundingAndByWhetherAllMeasuresAreDone() {
		var visitor = new PortalClient(port);

		assertThat(visitor.get("/integrationsvertraege?finanzierung=SELF_COMMITMENT").body()).contains("1 Vertrag")
			.contains("DRK-Landesverband").doesNotContain("Hessischen Jugendring</a>");
		assertThat(visitor.get("/integrationsvertraege?stand=abgeschlossen").body()).contains("Keine Verträge",
				"Kein Vertrag passt zu diesem Filter.");
		assertThat(visitor.get("/integrationsvertraege?finanzierung=unsinn&stand=%3Cscript%3E").statusCode()).isEqualTo(200);
	}
}
