package org.integrationskompass.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.integrationskompass.news.NewsFixtures;
import org.integrationskompass.news.domain.ArticleDetails;
import org.integrationskompass.news.domain.ArticleKind;
import org.integrationskompass.news.domain.ImageDetails;
import org.integrationskompass.news.domain.NewsAdministration;
import org.integrationskompass.news.domain.NewsTopic;
import org.integrationskompass.newsletter.domain.IssueEditing;
import org.integrationskompass.shared.domain.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An editor picks a published article of the news desk for the Integrationsbrief: every language variant of it is
 * copied, with its picture, so the preview of each language shows it; an article that is not public (any more)
 * cannot be picked.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:newsletter-news-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"platform.demo.enabled=false" })
@AutoConfigureMockMvc
class EditorCopiesNewsIntoAnIssueTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NewsAdministration news;

	@Autowired
	IssueEditing editing;

	@Autowired
	org.integrationskompass.newsletter.domain.IssueArticleRepository articles;

	@Test
	void copiesEveryLanguageOfAPublishedArticleWithItsPictureAndRefusesAWithdrawnOne() throws Exception {
		var now = Instant.now();
		var article = news.create(new ArticleDetails(
				LocalizedText.german("Lotsinnen feiern Jubiläum").with("en", "Integration guides celebrate"),
				LocalizedText.german("Zehn Jahre Begleitung"),
				LocalizedText.german("<p>Seit zehn Jahren begleiten Ehrenamtliche Neuankommende.</p>")
					.with("en", "<p>Volunteers have accompanied newcomers for ten years.</p>"),
				"Redaktion", ArticleKind.NEWS, Set.of(NewsTopic.PARTICIPATION), now.minus(Duration.ofHours(1)), null));
		news.addImage(article.id(), new ImageDetails(LocalizedText.german("Torte mit einer Zehn"), false,
				LocalizedText.german("Die Feier in Gießen"), "Foto: Projekt"), "image/png", NewsFixtures.PNG);
		var withdrawn = news.create(NewsFixtures.article("Zurückgezogene Meldung", now.minus(Duration.ofDays(2)),
				now.minus(Duration.ofDays(1))));
		var issue = NewsletterFixtures.issue(editing, 71, "Integrationsbrief Nr. 71", "Integration letter no. 71");
		var editor = user("redaktion@example.org").roles("EDITOR");

		mvc.perform(post("/admin/integrationsbrief/" + issue.id() + "/nachricht").param("article", article.id().toString())
			.with(editor).with(csrf())).andExpect(redirectedUrl("/admin/integrationsbrief/" + issue.id() + "?artikel"));
		mvc.perform(post("/admin/integrationsbrief/" + issue.id() + "/nachricht").param("article", withdrawn.id().toString())
			.with(editor).with(csrf())).andExpect(redirectedUrl("/admin/integrationsbrief/" + issue.id() + "?nichtGefunden"));

		var german = preview(issue.id(), "de", editor);
		var english = preview(issue.id(), "en", editor);
		assertThat(german).contains("Lotsinnen feiern Jubiläum", "Seit zehn Jahren begleiten Ehrenamtliche",
				"Torte mit einer Zehn", "Foto: Projekt").doesNotContain("Zurückgezogene Meldung");
		assertThat(english).contains("Integration guides celebrate", "Volunteers have accompanied newcomers");
	}

	@Test
	void translatesAWrittenArticleIntoEnglishWithoutTouchingTheGermanOneAndRefusesItWithoutATitle() throws Exception {
		var issue = NewsletterFixtures.issue(editing, 73, "Integrationsbrief Nr. 73", "Integration letter no. 73");
		var article = articles.findByIssueIdOrderByPosition(issue.id()).get(0);
		var editor = user("redaktion@example.org").roles("EDITOR");
		var path = "/admin/integrationsbrief/" + issue.id() + "/artikel/" + article.id();

		var form = mvc.perform(get(path).param("sprache", "en").with(editor)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		var refused = mvc.perform(post(path).param("sprache", "en").param("articleTitle", " ")
			.param("body", "<p>Guides at work.</p>").with(editor).with(csrf())).andReturn().getResponse();
		mvc.perform(post(path).param("sprache", "en").param("articleTitle", "Guides at work")
			.param("body", "<p>A report <script>alert(1)</script>with a link.</p>").with(editor).with(csrf()))
			.andExpect(redirectedUrl("/admin/integrationsbrief/" + issue.id() + "?sprache=en&artikel"));

		assertThat(form).contains("Lotsinnen im Einsatz").contains("name=\"articleTitle\"");
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
			.contains("Bitte geben Sie einen Titel für den Artikel ein.").contains("Guides at work.");
		assertThat(preview(issue.id(), "en", editor)).contains("Guides at work", "A report with a link.")
			.doesNotContain("alert(1)");
		assertThat(preview(issue.id(), "de", editor)).contains("Lotsinnen im Einsatz").doesNotContain("Guides at work");
		mvc.perform(get("/admin/integrationsbrief/" + issue.id() + "/artikel/999999").with(editor))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
		mvc.perform(get(path).with(user("anbieter@example.org").roles("PROVIDER")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
	}

	private String preview(long issueId, String language,
			org.springframework.test.web.servlet.request.RequestPostProcessor editor) throws Exception {
		return mvc.perform(get("/admin/integrationsbrief/" + issueId + "/vorschau").param("sprache", language).with(editor))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
