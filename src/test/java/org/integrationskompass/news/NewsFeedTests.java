package org.integrationskompass.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.integrationskompass.news.domain.ImageDetails;
import org.integrationskompass.news.domain.NewsAdministration;
import org.integrationskompass.shared.domain.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Other modules (home page, newsletter) see exactly the articles that are public now, with their pictures. */
@SpringBootTest(properties = "platform.demo.enabled=false")
class NewsFeedTests {

	@Autowired
	NewsAdministration administration;

	@Autowired
	NewsFeed feed;

	@Test
	void listsOnlyPublicArticlesNewestFirstAndHandsOutTheirContentWithImageBytes() {
		var now = Instant.now();
		var older = administration.create(NewsFixtures.article("Feed älter", now.minus(Duration.ofDays(2)), null));
		var newer = administration.create(NewsFixtures.article("Feed neuer", now.minus(Duration.ofHours(1)), null));
		var future = administration.create(NewsFixtures.article("Feed Zukunft", now.plus(Duration.ofDays(1)), null));
		var gone = administration.create(NewsFixtures.article("Feed vorbei", now.minus(Duration.ofDays(3)),
				now.minus(Duration.ofDays(1))));
		var draft = administration.create(NewsFixtures.article("Feed Entwurf", null, null));
		administration.addImage(newer.id(), new ImageDetails(LocalizedText.german("Zwei Personen am Tisch"), false,
				LocalizedText.german("Bei der Unterzeichnung"), "Foto: Beispiel"), "image/png", NewsFixtures.PNG);

		var titles = feed.findLatest(50, Locale.GERMAN).stream().map(ArticleTeaser::title).toList();

		assertThat(titles).containsSubsequence("Feed neuer", "Feed älter")
			.doesNotContain("Feed Zukunft", "Feed vorbei", "Feed Entwurf");
		var content = feed.findPublished(new ArticleId(newer.id()), Locale.ENGLISH).orElseThrow();
		assertThat(content.title()).isEqualTo("Feed neuer (English)");
		assertThat(content.teaser()).isEqualTo("Kurz gesagt: Feed neuer");
		assertThat(content.path()).isEqualTo("/aktuelles/feed-neuer");
		assertThat(content.bodyHtml()).isEqualTo("<p>Der Text zu Feed neuer.</p>");
		assertThat(content.images()).singleElement().satisfies(image -> {
			assertThat(image.alt()).isEqualTo("Zwei Personen am Tisch");
			assertThat(image.caption()).isEqualTo("Bei der Unterzeichnung");
			assertThat(image.credit()).isEqualTo("Foto: Beispiel");
			assertThat(image.data()).isEqualTo(NewsFixtures.PNG);
		});
		assertThat(feed.findPublished(new ArticleId(older.id()), Locale.GERMAN)).isPresent();
		assertThat(feed.findPublished(new ArticleId(future.id()), Locale.GERMAN)).isEmpty();
		assertThat(feed.findPublished(new ArticleId(gone.id()), Locale.GERMAN)).isEmpty();
		assertThat(feed.findPublished(new ArticleId(draft.id()), Locale.GERMAN)).isEmpty();
	}
}
