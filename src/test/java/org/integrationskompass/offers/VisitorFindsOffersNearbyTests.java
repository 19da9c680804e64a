package org.integrationskompass.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.util.regex.Pattern;
import org.integrationskompass.offers.domain.OfferMode;
import org.integrationskompass.offers.domain.OfferService;
import org.integrationskompass.offers.domain.TargetGroupRepository;
import org.integrationskompass.offers.domain.TopicRepository;
import org.integrationskompass.organisations.domain.OrganisationService;
import org.integrationskompass.regions.gazetteer.SharedGazetteer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A visitor searches the public offer finder: by text, near a postcode, narrowing by facets, in German and English,
 * and with every kind of odd input in the address.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VisitorFindsOffersNearbyTests {

	private static final Pattern RESULT_TITLES = Pattern.compile("<h3 class=\"kern-title\">\\s*<a class=\"kern-link\" href=\"[^\"]+\">([^<]+)</a>");

	private final MockMvc mvc;

	private final OfferFixtures fixtures;

	private final ApplicationContext context;

	private static boolean created;

	@Autowired
	VisitorFindsOffersNearbyTests(MockMvc mvc, ApplicationContext context, OrganisationService organisations,
			OfferService offers, TopicRepository topics, TargetGroupRepository targetGroups) {
		this.mvc = mvc;
		this.context = context;
		this.fixtures = new OfferFixtures(organisations, offers, topics, targetGroups);
	}

	@BeforeEach
	void createOffers() {
		if (created) {
			return;
		}
		SharedGazetteer.importInto(context);
		fixtures.offer("Deutschkurs am Vormittag").at(OfferFixtures.GIESSEN).for_("frauen", "familien-eltern")
			.languages("de", "ar").create();
		fixtures.offer("Deutschkurs in Marburg").at(OfferFixtures.MARBURG).for_("neu-zugewanderte").create();
		fixtures.offer("Deutschkurs für Frauen in Wetzlar")
			.at(OfferFixtures.place("35578", "Wetzlar", "06532023", "06532", 50.5541, 8.5040)).for_("frauen").create();
		fixtures.offer("Deutschkurs in Kassel").at(OfferFixtures.KASSEL).for_("frauen").create();
		fixtures.offer("Deutschkurs online").mode(OfferMode.ONLINE).for_("frauen").create();
		created = true;
	}

	@Test
	void findsGermanCoursesNearAPostcodeNearestFirstWithTheirDistance() throws Exception {
		var page = html("/angebote?q=Deutschkurs&ort=35390&umkreis=20");

		assertThat(titles(page)).containsExactly("Deutschkurs am Vormittag", "Deutschkurs für Frauen in Wetzlar");
		assertThat(page).contains("2 Angebote gefunden").contains("Im Umkreis von 20 km um 35390 Gießen")
			.containsPattern("\\d+,\\d km entfernt");
	}

	@Test
	void narrowsByTargetGroupAndUpdatesTheOtherCounts() throws Exception {
		var wide = html("/angebote?q=Deutschkurs&ort=35390&umkreis=50");
		assertThat(titles(wide)).hasSize(3);
		assertThat(facetCount(wide, "sprache", "de")).isEqualTo(3);

		var women = html("/angebote?q=Deutschkurs&ort=35390&umkreis=50&zielgruppe=frauen");

		assertThat(titles(women)).containsExactly("Deutschkurs am Vormittag", "Deutschkurs für Frauen in Wetzlar");
		assertThat(facetCount(women, "sprache", "de")).isEqualTo(2);
		assertThat(facetCount(women, "zielgruppe", "frauen")).isEqualTo(2);
		assertThat(facetCount(women, "zielgruppe", "neu-zugewanderte")).isEqualTo(1);
		assertThat(women).containsPattern("id=\"filter-zielgruppe-frauen\"[^>]*checked");
	}

	@Test
	void theAddressReproducesTheSearchAndFilterLinksKeepIt() throws Exception {
		var first = html("/angebote?q=Deutschkurs&ort=35390&umkreis=50&zielgruppe=frauen");
		var again = html("/angebote?zielgruppe=frauen&umkreis=50&ort=35390&q=Deutschkurs");

		assertThat(titles(again)).isEqualTo(titles(first));
		assertThat(first).as("the link that clears the target groups keeps the rest of the search")
			.contains("href=\"/angebote?q=Deutschkurs&amp;ort=35390&amp;umkreis=50\"");
	}

	@Test
	void showsTheResultsPerKreisOnTheMapAndInTheKreisFilter() throws Exception {
		var page = html("/angebote?q=Deutschkurs");

		assertThat(page).contains("aria-label=\"Landkreis Gießen: 1\"").contains("aria-label=\"Kassel: 1\"")
			.contains("aria-label=\"Landkreis Marburg-Biedenkopf: 1\"");
		assertThat(page).containsPattern("<use href=\"/karten/kreise.svg\\?v=[0-9a-f]+#k06531\"/>");
		var outlines = mvc.perform(get(URI.create("/karten/kreise.svg"))).andReturn().getResponse();
		assertThat(outlines.getStatus()).isEqualTo(200);
		assertThat(outlines.getContentType()).startsWith("image/svg+xml");
		assertThat(outlines.getHeader("Cache-Control")).contains("max-age=86400");
		assertThat(outlines.getContentAsString()).contains("<path id=\"k06531\"").contains("<path id=\"k06611\"");
		assertThat(facetCount(page, "kreis", "06532")).as("the Kreis filter lists the map's counts").isEqualTo(1);
		assertThat(page).as("the map's Kreise link to the search narrowed to them")
			.contains("href=\"/angebote?q=Deutschkurs&amp;kreis=06532\"");
	}

	@Test
	void worksInEnglish() throws Exception {
		var page = html("/en/angebote?q=Deutschkurs&ort=35390&umkreis=20");

		assertThat(page).contains("lang=\"en\"").contains("2 offers found").contains("Within 20 km of 35390 Gießen");
		assertThat(page).contains("href=\"/en/angebote/deutschkurs-am-vormittag\"");
	}

	@Test
	void explainsABadRadiusAndSearchesWithTheDefault() throws Exception {
		for (var radius : new String[] { "-5", "99999999999", "zwanzig", "0", "1e3" }) {
			var page = html("/angebote?q=Deutschkurs&ort=35390&umkreis=" + radius);
			assertThat(page).as("radius %s", radius)
				.contains("Der Umkreis muss eine ganze Zahl von 1 bis 200 Kilometern sein")
				.contains("Im Umkreis von 25 km um 35390 Gießen");
		}
	}

	@Test
	void explainsAnUnknownPlaceAndSearchesAllOfHessen() throws Exception {
		var page = html("/angebote?q=Deutschkurs&ort=99999");

		assertThat(page).contains("Den Ort „99999“ finden wir nicht");
		assertThat(titles(page)).hasSize(5);
	}

	@Test
	void shortensAHugeQueryAndSaysSo() throws Exception {
		var page = html("/angebote?q=" + "Deutschkurs+".repeat(900));

		assertThat(page).contains("Gesucht wurde nur mit den ersten 200 Zeichen");
	}

	@Test
	void showsMarkupInTheQueryAsText() throws Exception {
		var page = html("/angebote?q=%3Cscript%3Ealert(1)%3C/script%3E&ort=%3Cimg+src=x+onerror=alert(1)%3E");

		assertThat(page).doesNotContain("<script>alert(1)").doesNotContain("<img src=x")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void suggestsConcreteWaysOutOfAnEmptyResult() throws Exception {
		var page = html("/angebote?q=Deutschkurs&ort=35390&umkreis=5&sprache=uk");

		assertThat(page).contains("Keine Angebote gefunden").contains("So finden Sie mehr")
			.contains("Im Umkreis von 50 km suchen").contains("Ohne Auswahl bei der Sprache suchen")
			.contains("href=\"/angebote?q=Deutschkurs&amp;ort=35390&amp;umkreis=50&amp;sprache=uk\"");
	}

	@Test
	void searchesAroundTheVisitorsPositionRoundedToAboutAKilometre() throws Exception {
		var precise = mvc.perform(get(URI.create("/angebote?q=Deutschkurs&lat=50.584123&lon=8.678456&umkreis=20")))
			.andReturn()
			.getResponse();
		assertThat(precise.getStatus()).isEqualTo(302);
		assertThat(precise.getRedirectedUrl()).isEqualTo("/angebote?q=Deutschkurs&lat=50.58&lon=8.68&umkreis=20");

		var page = html(precise.getRedirectedUrl());

		assertThat(titles(page)).containsExactly("Deutschkurs am Vormittag", "Deutschkurs für Frauen in Wetzlar");
		assertThat(page).contains("um Ihren Standort").contains("value=\"50.58\"").doesNotContain("50.584123");
	}

	@Test
	void ignoresUnknownFilterValuesAndAnImpossiblePage() throws Exception {
		var page = html("/angebote?q=Deutschkurs&thema=%27%3B+drop&form=TELEPATHY&kreis=abc&seite=-3");

		assertThat(titles(page)).hasSize(5);
	}

	private String html(String path) throws Exception {
		MvcResult result = mvc.perform(get(URI.create(path))).andReturn();
		assertThat(result.getResponse().getStatus()).as("status of %s", path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private static java.util.List<String> titles(String html) {
		var matcher = RESULT_TITLES.matcher(html);
		var titles = new java.util.ArrayList<String>();
		while (matcher.find()) {
			titles.add(matcher.group(1).strip());
		}
		return titles;
	}

	private static long facetCount(String html, String parameter, String value) {
		var matcher = Pattern.compile("for=\"filter-" + Pattern.quote(parameter + "-" + value)
				+ "\">[^<]*<span class=\"ik-facet__count\">\\((\\d+)\\)</span>").matcher(html);
		return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
	}
}
