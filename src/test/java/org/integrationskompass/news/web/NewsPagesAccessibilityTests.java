package org.integrationskompass.news.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.integrationskompass.browser.BrowserTest;
import org.integrationskompass.browser.PageChecks;
import org.integrationskompass.news.NewsFixtures;
import org.integrationskompass.news.domain.ArticleDetails;
import org.integrationskompass.news.domain.ArticleKind;
import org.integrationskompass.news.domain.ImageDetails;
import org.integrationskompass.news.domain.NewsAdministration;
import org.integrationskompass.news.domain.NewsTopic;
import org.integrationskompass.shared.domain.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The news list (also filtered, with an unknown filter value and past its last page), an article with pictures,
 * subheadings and one missing translation, and its print view, in de, en and ar, in Chromium: no axe-core WCAG 2.1
 * A/AA violation, no Nu HTML checker error, nothing scrolling sideways on a 320 px screen.
 */
@BrowserTest
class NewsPagesAccessibilityTests {

	static final List<String> LANGUAGES = List.of("", "/en", "/ar");

	private static volatile String articlePath = "";

	private final NewsAdministration administration;

	@Autowired
	NewsPagesAccessibilityTests(NewsAdministration administration) {
		this.administration = administration;
	}

	@BeforeEach
	void publishArticlesOnce() {
		if (!articlePath.isEmpty()) {
			return;
		}
		var now = Instant.now();
		var article = administration.create(new ArticleDetails(
				LocalizedText.german("Vielfalt im Sportverein").with("en", "Diversity in sports clubs").with("ar", "التنوع في الأندية الرياضية"),
				LocalizedText.german("Wie Vereine neue Mitglieder gewinnen.").with("en", "How clubs win new members."),
				LocalizedText.german("<p>Erster Absatz.</p><h2>Beispiele</h2><ul><li>Training</li><li>Feste</li></ul>"
						+ "<p><a href=\"https://www.hessen.de/\">Land Hessen</a></p>")
					.with("ar", "<p>الفقرة الأولى.</p><h2>أمثلة</h2>"),
				"Redaktion", ArticleKind.PRESS_RELEASE, Set.of(NewsTopic.PARTICIPATION, NewsTopic.INTERCULTURAL_OPENING),
				now.minus(Duration.ofDays(2)), null));
		administration.addImage(article.id(), new ImageDetails(LocalizedText.german("Kinder beim Fußball")
			.with("en", "Children playing football"), false, LocalizedText.german("Training im Verein"), "Foto: Beispiel"),
				"image/png", NewsFixtures.PNG);
		administration.addImage(article.id(), new ImageDetails(LocalizedText.empty(), true, LocalizedText.empty(), ""),
				"image/png", NewsFixtures.PNG);
		administration.create(NewsFixtures.article("Zweite Meldung", now.minus(Duration.ofDays(1)), null));
		articlePath = "/aktuelles/" + article.slug();
	}

	static Stream<String> languages() {
		return LANGUAGES.stream();
	}

	@ParameterizedTest(name = "{0} news pages")
	@MethodSource("languages")
	void newsListArticleAndPrintViewPassAccessibilityAndHtmlChecks(String language, PageChecks pages) {
		assertThat(pages.check(language + "/aktuelles").status()).isEqualTo(200);
		assertThat(pages.check(language + "/aktuelles?handlungsfeld=partizipation-sport-wohnen-freizeit&art=unbekannt").status())
			.isEqualTo(200);
		assertThat(pages.check(language + "/aktuelles?seite=50").status()).isEqualTo(200);
		assertThat(pages.check(language + articlePath).status()).isEqualTo(200);
		assertThat(pages.check(language + articlePath + "/druck").status()).isEqualTo(200);
		assertThat(pages.check(language + "/aktuelles/gibt-es-nicht").status()).isEqualTo(404);
		pages.open(language + articlePath).useViewport(320, 640);
		assertThat(pages.horizontalOverflow()).isZero();
		pages.open(language + "/aktuelles").useViewport(320, 640);
		assertThat(pages.horizontalOverflow()).isZero();
	}
}
