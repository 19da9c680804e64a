package org.integrationskompass.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.integrationskompass.PortalClient;
import org.integrationskompass.accounts.AccountFixtures;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.organisations.domain.OrganisationService;
import org.integrationskompass.regions.KreisOutline;
import org.integrationskompass.regions.KreisSummary;
import org.integrationskompass.regions.RegionDirectory;
import org.integrationskompass.regions.gazetteer.SharedGazetteer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * With the real open-data files imported (BKG Kreis outlines, postcodes): the directory draws Hessen's 27 Kreise
 * as an SVG map whose numbers are the table's, and staff get the Kreis and coordinates from the postcode.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "platform.demo.enabled=false",
		"platform.regions.kreis-shapes-year=2021" })
class VisitorSeesOrganisationsPerKreisOnTheMapTests {

	private static final Pattern MAP_LINK = Pattern.compile(
			"<a class=\"ik-kreis-map__kreis ik-kreis-map__kreis--shade-(\\d)\" href=\"([^\"]+)\" aria-label=\"([^\"]+): (\\d+)\">");

	private final ApplicationContext context;

	private final RegionDirectory regions;

	private final Organisations organisations;

	private final OrganisationService service;

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final int port;

	@Autowired
	VisitorSeesOrganisationsPerKreisOnTheMapTests(ApplicationContext context, RegionDirectory regions,
			OrganisationService service, AccountRepository accounts, PasswordEncoder passwords,
			@LocalServerPort int port) {
		this.context = context;
		this.regions = regions;
		this.service = service;
		this.organisations = new Organisations(service);
		this.accounts = accounts;
		this.passwords = passwords;
		this.port = port;
	}

	@BeforeEach
	void importOpenData() {
		SharedGazetteer.importInto(context);
	}

	@Test
	void drawsTheTwentySevenKreiseFromTheImportedOutlines() {
		var map = regions.kreisMap();

		assertThat(map.outlines()).extracting(KreisOutline::key)
			.containsExactlyInAnyOrderElementsOf(regions.currentKreise().stream().map(KreisSummary::key).toList());
		var size = map.viewBox().split(" ");
		assertThat(size[2]).isEqualTo("1000");
		var height = Double.parseDouble(size[3]);
		assertThat(height).as("Hessen is taller than wide").isBetween(1100.0, 1700.0);
		assertThat(map.outlines()).allSatisfy(outline -> {
			assertThat(outline.svgPath()).startsWith("M").endsWith("Z");
			assertThat(outline.labelX()).isBetween(0.0, 1000.0);
			assertThat(outline.labelY()).isBetween(0.0, height);
		});
		var kassel = map.outlines().stream().filter(o -> o.key().equals("06611")).findFirst().orElseThrow();
		var darmstadt = map.outlines().stream().filter(o -> o.key().equals("06411")).findFirst().orElseThrow();
		assertThat(kassel.labelY()).as("Kassel lies north of Darmstadt").isLessThan(darmstadt.labelY());
		assertThat(map.outlines().indexOf(kassel)).as("the city is drawn over the Landkreis Kassel around it")
			.isGreaterThan(map.outlines().indexOf(map.outlines().stream().filter(o -> o.key().equals("06633"))
				.findFirst().orElseThrow()));
	}

	@Test
	void mapAndTableShowTheSameCountForEveryKreisAndLinkToItsList() {
		organisations.create("Kartenverein Hanau eins", OrganisationKind.ASSOCIATION, "06415", "ti");
		organisations.create("Kartenverein Hanau zwei", OrganisationKind.ASSOCIATION, "06415", "ti");
		organisations.create("Kartenverein Hanau drei", OrganisationKind.ASSOCIATION, "06415", "ti");
		organisations.create("Kartenverein Vogelsberg", OrganisationKind.ASSOCIATION, "06535", "ti");

		var page = new PortalClient(port).get("/organisationen?sprache=ti").body();

		var onMap = new HashMap<String, Long>();
		var links = new HashMap<String, String>();
		var names = new HashMap<String, String>();
		var matcher = MAP_LINK.matcher(page);
		while (matcher.find()) {
			var key = keyIn(matcher.group(2));
			onMap.put(key, Long.parseLong(matcher.group(4)));
			links.put(key, matcher.group(2));
			names.put(key, matcher.group(3));
		}
		assertThat(onMap).hasSize(27);
		regions.currentKreise().forEach(kreis -> {
			assertThat(onMap.get(kreis.key())).as("count of %s", kreis.name())
				.isEqualTo(VisitorBrowsesOrganisationDirectoryTests.countInTable(page, kreis.key()));
			assertThat(names.get(kreis.key())).isEqualTo(kreis.name());
		});
		assertThat(onMap).containsEntry("06415", 3L).containsEntry("06535", 1L).containsEntry("06531", 0L);
		assertThat(links.get("06415")).isEqualTo("/organisationen?kreis=06415&amp;sprache=ti");
		assertThat(page).contains("ik-kreis-map__kreis--shade-4\" href=\"/organisationen?kreis=06415",
				"ik-kreis-map__kreis--shade-0\" href=\"/organisationen?kreis=06531");
		assertThat(page).contains("<svg class=\"ik-kreis-map__svg\" role=\"group\"", "viewBox=\"0 0 1000 ");
	}

	@Test
	void staffGetTheKreisAndCoordinatesFromTheOrganisationsPostcode() {
		var staff = new StaffBrowser(port);
		staff.signIn(AccountFixtures.account(accounts, passwords, Role.EDITOR), AccountFixtures.PASSWORD);
		var fields = new HashMap<String, List<String>>(Map.of("name", List.of("Postleitzahlverein Gießen"), "kind",
				List.of("ASSOCIATION"), "descriptionDe", List.of("Ein Verein in Gießen."), "postcode",
				List.of("35390"), "kreisKey", List.of("")));

		var response = staff.submit("/admin/organisationen/neu", "/admin/organisationen/neu", fields, null);

		assertThat(response.statusCode()).isEqualTo(302);
		var saved = service.findProfile("postleitzahlverein-giessen").orElseThrow().details();
		assertThat(saved.kreisKey()).isEqualTo("06531");
		assertThat(saved.ags()).isEqualTo("06531005");
		assertThat(saved.city()).isEqualTo("Gießen");
		assertThat(saved.latitude()).isBetween(50.5, 50.7);
		assertThat(saved.longitude()).isBetween(8.6, 8.8);
	}

	private static String keyIn(String link) {
		var key = Pattern.compile("kreis=(\\d{5})").matcher(link);
		assertThat(key.find()).isTrue();
		return key.group(1);
	}
}
