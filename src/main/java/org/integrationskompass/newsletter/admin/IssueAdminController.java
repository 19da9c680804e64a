package org.integrationskompass.newsletter.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.integrationskompass.news.ArticleContent;
import org.integrationskompass.news.ArticleId;
import org.integrationskompass.news.NewsFeed;
import org.integrationskompass.newsletter.domain.BounceRepository;
import org.integrationskompass.newsletter.domain.EmailAddresses;
import org.integrationskompass.newsletter.domain.IssueArticleRepository;
import org.integrationskompass.newsletter.domain.IssueArticle;
import org.integrationskompass.newsletter.domain.IssueEditing;
import org.integrationskompass.newsletter.domain.IssueRepository;
import org.integrationskompass.newsletter.domain.IssueSending;
import org.integrationskompass.newsletter.domain.IssueText;
import org.integrationskompass.newsletter.domain.NewsletterIssue;
import org.integrationskompass.newsletter.domain.SubscriptionStatus;
import org.integrationskompass.newsletter.domain.Subscriptions;
import org.integrationskompass.shared.web.FormErrors;
import org.integrationskompass.shared.web.NotFoundException;
import org.integrationskompass.shared.web.RequestLanguage;
import org.integrationskompass.shared.web.SiteLanguages;
import org.integrationskompass.shared.web.UploadedImage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Integrationsbrief in the back office: issues, composing per language, preview, test send, sending. */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class IssueAdminController {

	static final String LIST = "/admin/integrationsbrief";

	private static final List<String> FIELDS = List.of("number", "year", "publishedOn", "title", "editorial",
			"editorialSigner", "editorialRole", "columnTitle", "column", "quote", "quoteBy", "publisher", "responsible",
			"editors", "contact");

	private static final List<String> ARTICLE_FIELDS = List.of("articleTitle", "body", "image", "imageAlt",
			"imageCaption", "imageCredit");

	private static final long MAX_IMAGE = 5L * 1024 * 1024;

	private static final int MAX_TEXT = 20_000;

	private final IssueRepository issues;

	private final IssueArticleRepository articles;

	private final IssueEditing editing;

	private final IssueSending sending;

	private final Subscriptions subscriptions;

	private final BounceRepository bounces;

	private final NewsFeed news;

	private final SiteLanguages site;

	IssueAdminController(IssueRepository issues, IssueArticleRepository articles, IssueEditing editing,
			IssueSending sending, Subscriptions subscriptions, BounceRepository bounces, NewsFeed news,
			SiteLanguages site) {
		this.issues = issues;
		this.articles = articles;
		this.editing = editing;
		this.sending = sending;
		this.subscriptions = subscriptions;
		this.bounces = bounces;
		this.news = news;
		this.site = site;
	}

	@GetMapping(LIST)
	String list(Model model) {
		model.addAttribute("issues", issues.findAllByOrderByYearDescNumberDesc());
		for (var status : SubscriptionStatus.values()) {
			model.addAttribute("count" + status.name(), subscriptions.count(status));
		}
		model.addAttribute("bounces", bounces.findTop50ByOrderByReceivedAtDesc());
		model.addAttribute("hardBounces", bounces.countByType("HARD"));
		model.addAttribute("softBounces", bounces.countByType("SOFT"));
		return "newsletter/admin/index";
	}

	@GetMapping(LIST + "/neu")
	String newIssue(Model model) {
		model.addAttribute("form", IssueForm.of(editing.proposal()));
		return form(null, "de", model);
	}

	@PostMapping(LIST + "/neu")
	String create(@ModelAttribute("form") IssueForm form, BindingResult errors, HttpServletRequest request,
			Model model) {
		var text = check(form, errors);
		if (text != null) {
			try {
				var issue = editing.create("de", text);
				return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + issue.id() + "?gespeichert";
			}
			catch (IssueEditing.NumberTaken taken) {
				errors.rejectValue("number", "newsletter.admin.form.number.taken");
			}
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, FIELDS));
		return form(null, "de", model);
	}

	@GetMapping(LIST + "/{id:\\d+}")
	String edit(@PathVariable long id, @RequestParam(defaultValue = "de") String sprache, Model model) {
		var issue = issue(id);
		var language = language(sprache);
		model.addAttribute("form", IssueForm.of(issue, language));
		return form(issue, language, model);
	}

	@PostMapping(LIST + "/{id:\\d+}")
	String save(@PathVariable long id, @RequestParam(defaultValue = "de") String sprache,
			@ModelAttribute("form") IssueForm form, BindingResult errors, HttpServletRequest request, Model model) {
		var issue = issue(id);
		var language = language(sprache);
		if (!issue.editable()) {
			errors.reject("newsletter.admin.form.notEditable");
		}
		var text = check(form, errors);
		if (text != null && !errors.hasErrors()) {
			try {
				editing.edit(id, language, text);
				return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + id + "?sprache=" + language
						+ "&gespeichert";
			}
			catch (IssueEditing.NumberTaken taken) {
				errors.rejectValue("number", "newsletter.admin.form.number.taken");
			}
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, FIELDS));
		return form(issue, language, model);
	}

	@PostMapping(LIST + "/{id:\\d+}/artikel")
	String addArticle(@PathVariable long id, @RequestParam(defaultValue = "de") String sprache,
			@ModelAttribute("article") ArticleForm article, BindingResult errors, HttpServletRequest request,
			Model model) {
		var issue = issue(id);
		var language = language(sprache);
		var image = checked(article, errors, false);
		if (!errors.hasErrors()) {
			var added = editing.addArticle(id, language, IssueForm.orEmpty(article.articleTitle()),
					IssueForm.orEmpty(article.body()), IssueForm.orEmpty(article.imageAlt()),
					IssueForm.orEmpty(article.imageCaption()), IssueForm.orEmpty(article.imageCredit()),
					image.map(UploadedImage::data).orElse(null), image.map(UploadedImage::contentType).orElse(null));
			if (added.isPresent()) {
				return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + id + "?sprache=" + language
						+ "&artikel";
			}
			errors.reject("newsletter.admin.form.notEditable");
		}
		model.addAttribute("form", IssueForm.of(issue, language));
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "article", FormErrors.inFieldOrder(errors,
				ARTICLE_FIELDS));
		return form(issue, language, model);
	}

	/** One language of an article in the issue: a translation of it, or a correction. */
	@GetMapping(LIST + "/{id:\\d+}/artikel/{articleId:\\d+}")
	String editArticleForm(@PathVariable long id, @PathVariable long articleId,
			@RequestParam(defaultValue = "de") String sprache, Model model) {
		var issue = issue(id);
		var article = article(issue, articleId);
		var language = language(sprache);
		model.addAttribute("article", new ArticleForm(article.title().get(language).orElse(""),
				article.body().get(language).orElse(""), null, article.imageAlt().get(language).orElse(""),
				article.imageCaption().get(language).orElse(""), article.imageCredit()));
		return articleForm(issue, article, language, model);
	}

	@PostMapping(LIST + "/{id:\\d+}/artikel/{articleId:\\d+}")
	String editArticle(@PathVariable long id, @PathVariable long articleId,
			@RequestParam(defaultValue = "de") String sprache, @ModelAttribute("article") ArticleForm form,
			BindingResult errors, HttpServletRequest request, Model model) {
		var issue = issue(id);
		var article = article(issue, articleId);
		var language = language(sprache);
		var image = checked(form, errors, article.hasImage());
		if (!errors.hasErrors()) {
			var saved = editing.editArticle(id, articleId, language, IssueForm.orEmpty(form.articleTitle()),
					IssueForm.orEmpty(form.body()), IssueForm.orEmpty(form.imageAlt()),
					IssueForm.orEmpty(form.imageCaption()), IssueForm.orEmpty(form.imageCredit()),
					image.map(UploadedImage::data).orElse(null), image.map(UploadedImage::contentType).orElse(null));
			if (saved.isPresent()) {
				return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + id + "?sprache=" + language
						+ "&artikel";
			}
			errors.reject("newsletter.admin.form.notEditable");
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "article", FormErrors.inFieldOrder(errors, ARTICLE_FIELDS));
		return articleForm(issue, article, language, model);
	}

	private String articleForm(NewsletterIssue issue, IssueArticle article, String language, Model model) {
		model.addAttribute("issue", issue);
		model.addAttribute("articleId", article.id());
		model.addAttribute("language", language);
		model.addAttribute("languages", site.languages());
		model.addAttribute("hasImage", article.hasImage());
		model.addAttribute("reference", language.equals(site.defaultLanguage()) ? null
				: article.title().get(site.defaultLanguage()).orElse(null));
		return "newsletter/admin/article";
	}

	private IssueArticle article(NewsletterIssue issue, long articleId) {
		return articles.findById(articleId)
			.filter(found -> found.issueId() == issue.id())
			.orElseThrow(() -> new NotFoundException("article " + articleId + " of issue " + issue.id()));
	}

	/**
	 * Checks an article form: title and text required, text not too long, a picture of an allowed kind and size,
	 * alternative text whenever the article will have a picture.
	 */
	private static java.util.Optional<UploadedImage> checked(ArticleForm article, BindingResult errors,
			boolean hasImageAlready) {
		if (blank(article.articleTitle())) {
			errors.rejectValue("articleTitle", "newsletter.admin.article.title.missing");
		}
		if (blank(article.body())) {
			errors.rejectValue("body", "newsletter.admin.article.body.missing");
		}
		else if (article.body().length() > MAX_TEXT) {
			errors.rejectValue("body", "newsletter.admin.form.tooLong", new Object[] { MAX_TEXT }, null);
		}
		var image = UploadedImage.of(article.image(), MAX_IMAGE);
		if (image.isPresent() && !image.get().ok()) {
			errors.rejectValue("image", "newsletter.admin.article.image." + image.get().problem());
		}
		var willHaveImage = hasImageAlready || (image.isPresent() && image.get().ok());
		if (willHaveImage && blank(article.imageAlt())) {
			errors.rejectValue("imageAlt", "newsletter.admin.article.imageAlt.missing");
		}
		return image.filter(UploadedImage::ok);
	}

	@PostMapping(LIST + "/{id:\\d+}/artikel/{articleId:\\d+}/entfernen")
	String removeArticle(@PathVariable long id, @PathVariable long articleId, HttpServletRequest request) {
		editing.removeArticle(id, articleId);
		return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + id;
	}

	/** Copies a published news article (all its language variants) into the issue. */
	@PostMapping(LIST + "/{id:\\d+}/nachricht")
	String pick(@PathVariable long id, @RequestParam String article, HttpServletRequest request) {
		issue(id);
		ArticleId articleId;
		try {
			articleId = new ArticleId(java.util.UUID.fromString(article));
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException("article " + article);
		}
		var variants = new ArrayList<ArticleContent>();
		var languages = new ArrayList<String>();
		for (var language : site.languages()) {
			news.findPublished(articleId, Locale.forLanguageTag(language)).ifPresent(content -> {
				variants.add(content);
				languages.add(language);
			});
		}
		var picked = editing.pick(id, variants, languages).isPresent();
		return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + id + (picked ? "?artikel" : "?nichtGefunden");
	}

	@GetMapping(path = LIST + "/{id:\\d+}/vorschau", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> preview(@PathVariable long id, @RequestParam(defaultValue = "de") String sprache) {
		issue(id);
		return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
			.body(sending.previewHtml(id, language(sprache)));
	}

	@PostMapping(LIST + "/{id:\\d+}/testversand")
	String testSend(@PathVariable long id, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "de") String sprache, HttpServletRequest request) {
		issue(id);
		var address = EmailAddresses.normalise(to);
		var result = address.isEmpty() ? "testAdresse"
				: sending.sendTest(id, language(sprache), address.get()).isEmpty() ? "testGesendet" : "testFehler";
		return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + id + "?sprache=" + language(sprache) + "&"
				+ result;
	}

	@GetMapping(LIST + "/{id:\\d+}/versenden")
	String confirmSend(@PathVariable long id, Model model) {
		var issue = issue(id);
		model.addAttribute("issue", issue);
		model.addAttribute("recipients", subscriptions.count(SubscriptionStatus.ACTIVE));
		return "newsletter/admin/send";
	}

	@PostMapping(LIST + "/{id:\\d+}/versenden")
	String send(@PathVariable long id, HttpServletRequest request) {
		issue(id);
		sending.start(id);
		return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + id + "/fortschritt";
	}

	@GetMapping(LIST + "/{id:\\d+}/fortschritt")
	String progress(@PathVariable long id, @RequestParam(required = false) @Nullable String teil, Model model) {
		var issue = issue(id);
		model.addAttribute("issue", issue);
		model.addAttribute("run", sending.run(id).orElse(null));
		return teil != null ? "newsletter/admin/progress :: progress" : "newsletter/admin/progress";
	}

	private String form(@Nullable NewsletterIssue issue, String language, Model model) {
		model.addAttribute("issue", issue);
		model.addAttribute("language", language);
		model.addAttribute("languages", site.languages());
		if (issue != null) {
			model.addAttribute("articles", articles.findByIssueIdOrderByPosition(issue.id()));
			model.addAttribute("news", issue.editable() ? news.findLatest(10, Locale.GERMAN) : List.of());
			model.addAttribute("run", sending.run(issue.id()).orElse(null));
			if (!model.containsAttribute("article")) {
				model.addAttribute("article", ArticleForm.empty());
			}
		}
		return "newsletter/admin/form";
	}

	/** The checked text of the form, or null (with errors) when something is missing or malformed. */
	private static @Nullable IssueText check(IssueForm form, BindingResult errors) {
		Integer number = null;
		Integer year = null;
		LocalDate date = null;
		try {
			number = Integer.valueOf(IssueForm.orEmpty(form.number()).strip());
			if (number < 1 || number > 999) {
				errors.rejectValue("number", "newsletter.admin.form.number.invalid");
			}
		}
		catch (NumberFormatException e) {
			errors.rejectValue("number", "newsletter.admin.form.number.invalid");
		}
		try {
			year = Integer.valueOf(IssueForm.orEmpty(form.year()).strip());
			if (year < 2000 || year > 2100) {
				errors.rejectValue("year", "newsletter.admin.form.year.invalid");
			}
		}
		catch (NumberFormatException e) {
			errors.rejectValue("year", "newsletter.admin.form.year.invalid");
		}
		try {
			date = LocalDate.parse(IssueForm.orEmpty(form.publishedOn()).strip());
		}
		catch (DateTimeParseException e) {
			errors.rejectValue("publishedOn", "newsletter.admin.form.publishedOn.invalid");
		}
		if (blank(form.title())) {
			errors.rejectValue("title", "newsletter.admin.form.title.missing");
		}
		for (var field : List.of("editorial", "column")) {
			var value = field.equals("editorial") ? form.editorial() : form.column();
			if (value != null && value.length() > MAX_TEXT) {
				errors.rejectValue(field, "newsletter.admin.form.tooLong", new Object[] { MAX_TEXT }, null);
			}
		}
		if (errors.hasErrors() || number == null || year == null || date == null) {
			return null;
		}
		return new IssueText(number, year, date, IssueForm.orEmpty(form.title()), IssueForm.orEmpty(form.editorial()),
				IssueForm.orEmpty(form.editorialSigner()), IssueForm.orEmpty(form.editorialRole()),
				IssueForm.orEmpty(form.columnTitle()), IssueForm.orEmpty(form.column()), IssueForm.orEmpty(form.quote()),
				IssueForm.orEmpty(form.quoteBy()), IssueForm.orEmpty(form.publisher()),
				IssueForm.orEmpty(form.responsible()), IssueForm.orEmpty(form.editors()),
				IssueForm.orEmpty(form.contact()));
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private String language(String requested) {
		return site.languages().contains(requested) ? requested : site.defaultLanguage();
	}

	private NewsletterIssue issue(long id) {
		return issues.findById(id).orElseThrow(() -> new NotFoundException("issue " + id));
	}
}
