package org.integrationskompass.newsletter.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.integrationskompass.news.ArticleContent;
import org.integrationskompass.shared.domain.HtmlText;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Composing issues: numbers, parts per language, articles written for the issue or copied from news. */
@Service
@Transactional
public class IssueEditing {

	private final IssueRepository issues;

	private final IssueArticleRepository articles;

	private final NewsletterSettings settings;

	private final Clock clock;

	IssueEditing(IssueRepository issues, IssueArticleRepository articles, NewsletterSettings settings, Clock clock) {
		this.issues = issues;
		this.articles = articles;
		this.settings = settings;
		this.clock = clock;
	}

	/** The number proposed for a new issue: the next free one of the current year. */
	@Transactional(readOnly = true)
	public IssueText proposal() {
		var today = LocalDate.now(clock.withZone(Subscriptions.OFFICE_TIME));
		return new IssueText(issues.maxNumberIn(today.getYear()) + 1, today.getYear(), today, "", "", "", "", "", "",
				"", "", settings.publisher(), settings.responsible(), settings.editors(), settings.contact());
	}

	/** @throws NumberTaken when another issue has that number already */
	public NewsletterIssue create(String language, IssueText text) {
		if (issues.findByYearAndNumber(text.year(), text.number()).isPresent()) {
			throw new NumberTaken();
		}
		var issue = new NewsletterIssue(text.number(), text.year(), clock.instant());
		issue.edit(language, sanitised(text));
		return issues.saveAndFlush(issue);
	}

	/** @return empty when the issue is gone or no longer a draft */
	public Optional<NewsletterIssue> edit(long id, String language, IssueText text) {
		var issue = issues.findById(id).filter(NewsletterIssue::editable);
		if (issue.isEmpty()) {
			return Optional.empty();
		}
		var other = issues.findByYearAndNumber(text.year(), text.number());
		if (other.isPresent() && other.get().id() != id) {
			throw new NumberTaken();
		}
		issue.get().edit(language, sanitised(text));
		issues.flush();
		return issue;
	}

	public Optional<IssueArticle> addArticle(long issueId, String language, String title, String bodyHtml,
			String alt, String caption, String credit, byte @Nullable [] image, @Nullable String imageType) {
		if (issues.findById(issueId).filter(NewsletterIssue::editable).isEmpty()) {
			return Optional.empty();
		}
		var article = new IssueArticle(issueId, articles.findByIssueIdOrderByPosition(issueId).size() + 1, null);
		article.edit(language, title.strip(), HtmlText.sanitise(bodyHtml), alt.strip(), caption.strip(), credit.strip());
		if (image != null && imageType != null) {
			article.image(image, imageType);
		}
		return Optional.of(articles.save(article));
	}

	/**
	 * Writes one language of an article that is in the issue already (a translation, or a correction); the other
	 * languages stay as they are. A new picture replaces the old one for all languages; without one the picture stays.
	 * Empty when the article is not in this issue or the issue cannot be changed any more (sending has started).
	 */
	public Optional<IssueArticle> editArticle(long issueId, long articleId, String language, String title,
			String bodyHtml, String alt, String caption, String credit, byte @Nullable [] image,
			@Nullable String imageType) {
		if (issues.findById(issueId).filter(NewsletterIssue::editable).isEmpty()) {
			return Optional.empty();
		}
		var article = articles.findById(articleId).filter(found -> found.issueId() == issueId);
		article.ifPresent(found -> {
			found.edit(language, title.strip(), HtmlText.sanitise(bodyHtml), alt.strip(), caption.strip(), credit.strip());
			if (image != null && imageType != null) {
				found.image(image, imageType);
			}
		});
		return article;
	}

	/**
	 * Copies a news article into the issue, one variant per language the news module answered in; the issue keeps
	 * the copy whatever happens to the news article later.
	 */
	public Optional<IssueArticle> pick(long issueId, List<ArticleContent> variants, List<String> languages) {
		if (variants.isEmpty() || issues.findById(issueId).filter(NewsletterIssue::editable).isEmpty()) {
			return Optional.empty();
		}
		var article = new IssueArticle(issueId, articles.findByIssueIdOrderByPosition(issueId).size() + 1,
				variants.get(0).id().value());
		for (var i = 0; i < variants.size(); i++) {
			var content = variants.get(i);
			var image = content.images().isEmpty() ? null : content.images().get(0);
			article.edit(languages.get(i), content.title(), HtmlText.sanitise(content.bodyHtml()),
					image == null ? "" : image.alt(), image == null ? "" : image.caption(),
					image == null ? "" : image.credit());
			if (image != null && i == 0) {
				article.image(image.data(), image.contentType());
			}
		}
		return Optional.of(articles.save(article));
	}

	public boolean removeArticle(long issueId, long articleId) {
		var article = articles.findById(articleId).filter(found -> found.issueId() == issueId);
		if (article.isEmpty() || issues.findById(issueId).filter(NewsletterIssue::editable).isEmpty()) {
			return false;
		}
		articles.delete(article.get());
		return true;
	}

	private static IssueText sanitised(IssueText text) {
		return new IssueText(text.number(), text.year(), text.publishedOn(), text.title().strip(),
				HtmlText.sanitise(text.editorialHtml()), text.editorialSigner().strip(), text.editorialRole().strip(),
				text.columnTitle().strip(), HtmlText.sanitise(text.columnHtml()), text.quote().strip(),
				text.quoteBy().strip(), text.publisher().strip(), text.responsible().strip(), text.editors().strip(),
				text.contact().strip());
	}

	/** Another issue has the number already. */
	public static final class NumberTaken extends RuntimeException {

		NumberTaken() {
			super("issue number taken", null, false, false);
		}
	}

}
