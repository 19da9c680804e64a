package org.integrationskompass.news.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.integrationskompass.events.MutableClock;
import org.integrationskompass.news.NewsFixtures;
import org.integrationskompass.news.domain.ArticleDetails;
import org.integrationskompass.news.domain.ArticleKind;
import org.integrationskompass.news.domain.ImageDetails;
import org.integrationskompass.news.domain.NewsAdministration;
import org.integrationskompass.news.domain.NewsTopic;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reader's view of the news: the list with its filters and pages, an article's page with its linked data, the
 * print view, the pictures and the feeds – all on a clock the test moves, so a scheduled article is seen to appear
 * and disappear at its times.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:news-reader-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"platform.demo.enabled=false" })
@AutoConfigureMockMvc
class ReaderFollowsTheNewsTests {

	static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

	private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

	@Autowired
	MockMvc mvc;

	@Autowired
	NewsAdministration administration;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void startAtNoon() {
		clock.set(NOW);
	}

	@Test
	void showsAScheduledArticleFromItsPublishTimeAndHidesItEverywhereAfterItsUnpublishTime() throws Exception {
		var publishAt = NOW.plus(Duration.ofHours(2));
		var unpublishAt = NOW.plus(Duration.ofDays(3));
		var article = administration.create(NewsFixtures.article("Sprechstunde im Rathaus", publishAt, unpublishAt));
		var image = administration.addImage(article.id(), new ImageDetails(LocalizedText.german("Ein Rathaus"), false,
				LocalizedText.empty(), "Foto: Stadt"), "image/png", NewsFixtures.PNG);
		var page = "/aktuelles/" + article.slug();
		var picture = page + "/bilder/" + image.id();

		assertThat(html("/aktuelles")).doesNotContain("Sprechstunde im Rathaus");
		assertThat(html("/")).doesNotContain("Sprechstunde im Rathaus");
		assertThat(text("/aktuelles/rss.xml")).doesNotContain("Sprechstunde im Rathaus");
		mvc.perform(get(page)).andExpect(status().isNotFound());
		mvc.perform(get(picture)).andExpect(status().isNotFound());

		clock.set(publishAt);

		assertThat(html("/aktuelles")).contains("Sprechstunde im Rathaus");
		assertThat(html("/")).contains("Sprechstunde im Rathaus");
		assertThat(titles(feed("/aktuelles/rss.xml"))).contains("Sprechstunde im Rathaus");
		assertThat(titles(feed("/aktuelles/atom.xml"))).contains("Sprechstunde im Rathaus");
		assertThat(html(page)).contains("Sprechstunde im Rathaus");
		mvc.perform(get(picture)).andExpect(status().isOk());

		clock.set(unpublishAt);

		assertThat(html("/aktuelles")).doesNotContain("Sprechstunde im Rathaus");
		assertThat(html("/")).doesNotContain("Sprechstunde im Rathaus");
		assertThat(titles(feed("/aktuelles/atom.xml"))).doesNotContain("Sprechstunde im Rathaus");
		mvc.perform(get(page)).andExpect(status().isNotFound());
		mvc.perform(get(picture)).andExpect(status().isNotFound());
	}

	@Test
	void feedsParseAsRssAndAtomInTheReadersLanguageWithAbsoluteLinksAndOnlyTheChosenTopic() throws Exception {
		var education = administration.create(details("Feed Sprachkurse", Set.of(NewsTopic.LANGUAGE_EDUCATION),
				NOW.minus(Duration.ofHours(3))));
		administration.create(details("Feed Arbeitsmarkt", Set.of(NewsTopic.ECONOMY_LABOUR), NOW.minus(Duration.ofHours(2))));

		var rss = feed("/en/aktuelles/rss.xml");
		var atom = feed("/en/aktuelles/atom.xml?handlungsfeld=sprache-bildung");

		assertThat(rss.getFeedType()).isEqualTo("rss_2.0");
		assertThat(rss.getLanguage()).isEqualTo("en");
		assertThat(titles(rss)).contains("Feed Sprachkurse (English)", "Feed Arbeitsmarkt (English)");
		assertThat(atom.getFeedType()).isEqualTo("atom_1.0");
		assertThat(titles(atom)).contains("Feed Sprachkurse (English)").doesNotContain("Feed Arbeitsmarkt (English)");
		SyndEntry entry = atom.getEntries().stream()
			.filter(candidate -> candidate.getTitle().equals("Feed Sprachkurse (English)"))
			.findFirst()
			.orElseThrow();
		assertThat(entry.getUri()).isEqualTo("urn:uuid:" + education.id());
		assertThat(entry.getLink()).matches("https?://[^/]+/en/aktuelles/" + education.slug());
		assertThat(entry.getContents().get(0).getValue()).contains("Der Text zu Feed Sprachkurse");
		assertThat(entry.getPublishedDate().toInstant()).isEqualTo(NOW.minus(Duration.ofHours(3)));
		assertThat(entry.getCategories()).extracting(category -> category.getName()).contains("Language and education");
		var response = mvc.perform(get("/aktuelles/rss.xml")).andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("application/rss+xml");
		assertThat(response.getHeader("Cache-Control")).contains("max-age=300");
	}

	@Test
	void describesTheArticleAsASchemaOrgNewsArticleAndAnnouncesTheFeedsInThePageHead() throws Exception {
		var article = administration.create(details("Neue Lots*innen in Kassel", Set.of(NewsTopic.PARTICIPATION),
				NOW.minus(Duration.ofDays(1))));
		var image = administration.addImage(article.id(), new ImageDetails(LocalizedText.german("Gruppe vor dem Rathaus"),
				false, LocalizedText.german("Die neuen Lots*innen"), "Foto: Stadt Kassel"), "image/png", NewsFixtures.PNG);

		var page = html("/aktuelles/" + article.slug());

		var matcher = JSON_LD.matcher(page);
		assertThat(matcher.find()).isTrue();
		JsonNode data = JsonMapper.builder().build().readTree(matcher.group(1));
		assertThat(data.get("@type").asString()).isEqualTo("NewsArticle");
		assertThat(data.get("headline").asString()).isEqualTo("Neue Lots*innen in Kassel");
		assertThat(data.get("description").asString()).isEqualTo("Kurz gesagt: Neue Lots*innen in Kassel");
		assertThat(java.time.OffsetDateTime.parse(data.get("datePublished").asString()).toInstant())
			.isEqualTo(NOW.minus(Duration.ofDays(1)));
		assertThat(data.get("author").get("name").asString()).isEqualTo("Redaktion");
		assertThat(data.get("publisher").get("name").asString()).isNotBlank();
		assertThat(data.get("image").get(0).asString()).endsWith("/aktuelles/" + article.slug() + "/bilder/" + image.id());
		assertThat(page).contains("<link rel=\"alternate\" type=\"application/rss+xml\"")
			.contains("<link rel=\"alternate\" type=\"application/atom+xml\"")
			.contains("alt=\"Gruppe vor dem Rathaus\"", "Die neuen Lots*innen", "© Foto: Stadt Kassel")
			.contains("1 Minute Lesezeit");
	}

	@Test
	void filtersByFieldOfActionKindAndYearAndPagesTheListTenAtATime() throws Exception {
		var marker = "Paging-" + UUID.randomUUID().toString().substring(0, 6);
		for (var n = 1; n <= 12; n++) {
			administration.create(new ArticleDetails(LocalizedText.german(marker + " Nr. " + n),
					LocalizedText.german("Kurz"), LocalizedText.german("<p>Text</p>"), "Redaktion",
					n % 2 == 0 ? ArticleKind.PRESS_RELEASE : ArticleKind.NEWS, Set.of(NewsTopic.RELIGION_CULTURE_MEDIA),
					NOW.minus(Duration.ofDays(n)), null));
		}
		administration.create(new ArticleDetails(LocalizedText.german(marker + " alt"), LocalizedText.german("Kurz"),
				LocalizedText.german("<p>Text</p>"), "Redaktion", ArticleKind.NEWS, Set.of(NewsTopic.RELIGION_CULTURE_MEDIA),
				Instant.parse("2019-05-01T08:00:00Z"), null));

		var first = html("/aktuelles?handlungsfeld=religion-kultur-medien");
		var second = html("/aktuelles?handlungsfeld=religion-kultur-medien&seite=2");
		var pressReleases = html("/aktuelles?handlungsfeld=religion-kultur-medien&art=pressemitteilung");
		var of2019 = html("/aktuelles?handlungsfeld=religion-kultur-medien&jahr=2019");

		assertThat(first).contains(marker + " Nr. 1<", marker + " Nr. 10<").doesNotContain(marker + " Nr. 11<")
			.contains("13 Meldungen", "Seite 1 von 2")
			.contains("href=\"/aktuelles?handlungsfeld=religion-kultur-medien&amp;seite=2\"");
		assertThat(second).contains(marker + " Nr. 11<", marker + " Nr. 12<", marker + " alt<")
			.doesNotContain(marker + " Nr. 1<").contains("rel=\"prev\"");
		assertThat(pressReleases).contains(marker + " Nr. 2<", marker + " Nr. 12<").doesNotContain(marker + " Nr. 1<");
		assertThat(of2019).contains(marker + " alt<").doesNotContain(marker + " Nr. 1<", marker + " Nr. 12<")
			.contains("<option value=\"2019\" selected=\"selected\">2019</option>");
	}

	@Test
	void saysWhenAFilterValueIsUnknownInsteadOfFailingAndKeepsTheValidOnes() throws Exception {
		administration.create(details("Filter Gesundheit", Set.of(NewsTopic.HEALTH_FAMILY_EQUALITY), NOW.minus(Duration.ofHours(1))));

		var page = html("/aktuelles?handlungsfeld=gesundheit-familie-gleichberechtigung&art=flugblatt&jahr=zwanzig&seite=-3");
		var beyond = html("/aktuelles?seite=999");

		assertThat(page).contains("Ein Filter wurde nicht angewendet", "Filter Gesundheit");
		assertThat(beyond).contains("Diese Seite der Liste gibt es nicht", "href=\"/aktuelles\"");
	}

	@Test
	void neverServesAScriptThatAnEditorOrAnImportPutIntoAnArticle() throws Exception {
		var article = administration.create(new ArticleDetails(LocalizedText.german("Sicherheit <script>alert(1)</script>"),
				LocalizedText.german("Kurz <img src=x onerror=alert(2)>"),
				LocalizedText.german("<p onclick=\"alert(3)\">Absatz</p><script>alert(4)</script>"
						+ "<a href=\"javascript:alert(5)\">Link</a><h2>Zwischentitel</h2>"),
				"Redaktion", ArticleKind.NEWS, Set.of(), NOW.minus(Duration.ofMinutes(5)), null));

		var page = html("/aktuelles/" + article.slug());
		var feed = text("/aktuelles/rss.xml");

		assertThat(page).doesNotContain("<script>alert", "<img src=x", "onclick=", "javascript:alert")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;", "<h2>Zwischentitel</h2>", "Absatz");
		assertThat(feed).doesNotContain("<script>alert(4)", "onclick");
	}

	@Test
	void servesPicturesWithCachingHeadersAndAnswersARevalidationWithNotModified() throws Exception {
		var article = administration.create(details("Bilder-Test", Set.of(), NOW.minus(Duration.ofHours(1))));
		var image = administration.addImage(article.id(), new ImageDetails(LocalizedText.german("Testbild"), false,
				LocalizedText.empty(), ""), "image/png", NewsFixtures.PNG);
		var other = administration.create(details("Anderer Artikel", Set.of(), NOW.minus(Duration.ofHours(1))));
		var path = "/aktuelles/" + article.slug() + "/bilder/" + image.id();

		var response = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();

		assertThat(response.getContentType()).isEqualTo("image/png");
		assertThat(response.getContentAsByteArray()).isEqualTo(NewsFixtures.PNG);
		assertThat(response.getHeader("Cache-Control")).contains("max-age=86400", "public");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		var etag = response.getHeader("ETag");
		assertThat(etag).isNotBlank();
		mvc.perform(get(path).header("If-None-Match", etag)).andExpect(status().isNotModified());
		mvc.perform(get("/aktuelles/" + other.slug() + "/bilder/" + image.id())).andExpect(status().isNotFound());
		mvc.perform(get("/aktuelles/" + article.slug() + "/bilder/kein-bild")).andExpect(status().isNotFound());
	}

	@Test
	void marksTheGermanFallbackOfAMissingTranslationWithItsLanguageAndSetsNoCookie() throws Exception {
		var article = administration.create(new ArticleDetails(LocalizedText.german("Nur auf Deutsch").with("ar", "بالعربية"),
				LocalizedText.german("Kurzfassung auf Deutsch"), LocalizedText.german("<p>Langer deutscher Text.</p>"),
				"Redaktion", ArticleKind.NEWS, Set.of(), NOW.minus(Duration.ofHours(1)), null));

		var result = mvc.perform(get("/ar/aktuelles/" + article.slug())).andExpect(status().isOk()).andReturn();
		var page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		var print = html("/ar/aktuelles/" + article.slug() + "/druck");

		assertThat(page).contains("بالعربية").contains("lang=\"de\" dir=\"ltr\">Kurzfassung auf Deutsch")
			.containsPattern("class=\"ik-page-body\" lang=\"de\"\\s+dir=\"ltr\"><p>Langer deutscher Text.</p>");
		assertThat(print).contains("<html lang=\"ar\" dir=\"rtl\"").contains("Langer deutscher Text.")
			.doesNotContain("ik-mainnav");
		assertThat(result.getResponse().getCookies()).isEmpty();
		assertThat(result.getResponse().getHeaders("Set-Cookie")).isEmpty();
	}

	@Test
	void marksAnUntranslatedTeaserOnTheHomePageWithItsLanguage() throws Exception {
		administration.create(new ArticleDetails(LocalizedText.german("Startseite Deutsch").with("ar", "الصفحة الرئيسية"),
				LocalizedText.german("Nur deutsche Kurzfassung"), LocalizedText.german("<p>Text.</p>"), "Redaktion",
				ArticleKind.NEWS, Set.of(), NOW, null));

		var home = html("/ar/");

		assertThat(home).containsPattern(">الصفحة الرئيسية</a>")
			.containsPattern("lang=\"de\"\\s+dir=\"ltr\">Nur deutsche Kurzfassung");
	}

	private ArticleDetails details(String title, Set<NewsTopic> topics, @Nullable Instant publishAt) {
		var base = NewsFixtures.article(title, publishAt, null);
		return new ArticleDetails(base.title(), base.teaser(), base.body(), base.author(), base.kind(), topics,
				base.publishAt(), null);
	}

	private String html(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String text(String path) throws Exception {
		return html(path);
	}

	private SyndFeed feed(String path) throws Exception {
		return new SyndFeedInput().build(new StringReader(text(path)));
	}

	private static java.util.List<String> titles(SyndFeed feed) {
		return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
	}

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(NOW);
		}
	}
}
