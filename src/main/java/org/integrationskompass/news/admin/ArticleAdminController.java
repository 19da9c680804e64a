package org.integrationskompass.news.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.integrationskompass.news.domain.ArticleDetails;
import org.integrationskompass.news.domain.ArticleKind;
import org.integrationskompass.news.domain.ImageDetails;
import org.integrationskompass.news.domain.NewsAdministration;
import org.integrationskompass.news.domain.NewsArticle;
import org.integrationskompass.news.domain.NewsImage;
import org.integrationskompass.news.domain.NewsTopic;
import org.integrationskompass.news.domain.PublicNews;
import org.integrationskompass.news.domain.ReadingTime;
import org.integrationskompass.news.web.ArticleView;
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.shared.domain.TextDirection;
import org.integrationskompass.shared.web.FormErrors;
import org.integrationskompass.shared.web.NotFoundException;
import org.integrationskompass.shared.web.RequestLanguage;
import org.integrationskompass.shared.web.SiteLanguages;
import org.integrationskompass.shared.web.UploadedImage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors keep the news: the list with each article's state, create (in German) and edit per language, publish and
 * unpublish now, a publication window, pictures with alternative texts, a preview exactly as readers will see it,
 * and delete after a confirmation. A form with errors comes back with 200, an error summary and everything typed;
 * an id that is not an article's is 404.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class ArticleAdminController {

	static final String LIST = "/admin/aktuelles";

	static final String RECOVERY = "erneut";

	/** The same limit as the newsletter's pictures; the server refuses uploads over 10 MB before this is asked. */
	static final long MAX_IMAGE = 5L * 1024 * 1024;

	private final NewsAdministration administration;

	private final SiteLanguages site;

	ArticleAdminController(NewsAdministration administration, SiteLanguages site) {
		this.administration = administration;
		this.site = site;
	}

	@GetMapping(LIST)
	String list(Locale locale, Model model) {
		var now = administration.now();
		model.addAttribute("rows", administration.all().stream()
			.sorted(Comparator.comparing(ArticleAdminController::dated).reversed())
			.map(article -> new ArticleRow(article.id(), article.title().in(LocalizedText.GERMAN).text(),
					article.kind().messageKey(), article.stateAt(now).messageKey(), moment(article.publishAt(), locale),
					moment(article.unpublishAt(), locale), Objects.requireNonNull(moment(article.updatedAt(), locale))))
			.toList());
		return "news/admin/index";
	}

	@GetMapping(LIST + "/neu")
	String newForm(Model model) {
		model.addAttribute("form", ArticleForm.empty());
		return form(null, LocalizedText.GERMAN, model);
	}

	@PostMapping(LIST + "/neu")
	String create(@Valid @ModelAttribute("form") ArticleForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletRequest request) {
		var details = check(form, LocalizedText.GERMAN, null, errors);
		if (details != null) {
			var article = administration.create(details);
			redirect.addFlashAttribute("saved", true);
			return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + article.id();
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, ArticleForm.FIELDS));
		return form(null, LocalizedText.GERMAN, model);
	}

	/**
	 * A new article posted with a stale CSRF token (a long pause, a restart) comes back here with everything typed and
	 * a note to save once more; nothing is stored.
	 */
	@PostMapping(LIST + "/neu/" + RECOVERY)
	String recoverNew(@ModelAttribute("form") ArticleForm form, BindingResult errors, Model model) {
		errors.reject("news.admin.form.expired");
		return form(null, LocalizedText.GERMAN, model);
	}

	@PostMapping(LIST + "/{id}/" + RECOVERY)
	String recoverEdit(@PathVariable String id, @RequestParam(defaultValue = "de") String sprache,
			@ModelAttribute("form") ArticleForm form, BindingResult errors, Model model) {
		var article = article(id);
		errors.reject("news.admin.form.expired");
		return form(article, language(sprache), model);
	}

	@GetMapping(LIST + "/{id}")
	String editForm(@PathVariable String id, @RequestParam(defaultValue = "de") String sprache, Model model) {
		var article = article(id);
		var language = language(sprache);
		model.addAttribute("form", ArticleForm.of(article, language));
		return form(article, language, model);
	}

	@PostMapping(LIST + "/{id}")
	String save(@PathVariable String id, @RequestParam(defaultValue = "de") String sprache,
			@Valid @ModelAttribute("form") ArticleForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletRequest request) {
		var article = article(id);
		var language = language(sprache);
		var details = check(form, language, article, errors);
		if (details != null) {
			administration.update(article.id(), details);
			redirect.addFlashAttribute("saved", true);
			return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + article.id() + "?sprache=" + language;
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, ArticleForm.FIELDS));
		return form(article, language, model);
	}

	@PostMapping(LIST + "/{id}/veroeffentlichen")
	String publish(@PathVariable String id, RedirectAttributes redirect, HttpServletRequest request) {
		var article = article(id);
		administration.publishNow(article.id());
		redirect.addFlashAttribute("published", true);
		return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + article.id();
	}

	@PostMapping(LIST + "/{id}/zurueckziehen")
	String unpublish(@PathVariable String id, RedirectAttributes redirect, HttpServletRequest request) {
		var article = article(id);
		if (article.isPublicAt(administration.now())) {
			administration.unpublishNow(article.id());
			redirect.addFlashAttribute("unpublished", true);
		}
		else {
			redirect.addFlashAttribute("notPublic", true);
		}
		return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + article.id();
	}

	@GetMapping(LIST + "/{id}/loeschen")
	String confirmDelete(@PathVariable String id, Model model) {
		var article = article(id);
		model.addAttribute("article", article);
		model.addAttribute("articleTitle", article.title().in(LocalizedText.GERMAN).text());
		model.addAttribute("state", article.stateAt(administration.now()).messageKey());
		model.addAttribute("images", administration.images(article.id()).size());
		return "news/admin/delete";
	}

	@PostMapping(LIST + "/{id}/loeschen")
	String delete(@PathVariable String id, RedirectAttributes redirect, HttpServletRequest request) {
		var article = article(id);
		administration.delete(article.id());
		redirect.addFlashAttribute("deleted", article.title().in(LocalizedText.GERMAN).text());
		return "redirect:" + RequestLanguage.prefix(request) + LIST;
	}

	@GetMapping(LIST + "/{id}/bilder")
	String pictures(@PathVariable String id, Model model) {
		var article = article(id);
		model.addAttribute("image", ImageForm.empty());
		return pictures(article, model);
	}

	@PostMapping(LIST + "/{id}/bilder")
	String addPicture(@PathVariable String id, @Valid @ModelAttribute("image") ImageForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletRequest request) {
		var article = article(id);
		var image = UploadedImage.of(form.image(), MAX_IMAGE);
		if (image.isEmpty()) {
			errors.rejectValue("image", "news.admin.pictures.image.missing");
		}
		else if (!image.get().ok()) {
			errors.rejectValue("image", "news.admin.pictures.image." + image.get().problem());
		}
		if (!form.isDecorative() && ArticleForm.orEmpty(form.altDe()).isBlank()) {
			errors.rejectValue("altDe", "news.admin.pictures.altDe.missing");
		}
		if (errors.hasErrors() || image.isEmpty()) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "image", FormErrors.inFieldOrder(errors, ImageForm.FIELDS));
			return pictures(article, model);
		}
		var checked = image.get();
		administration.addImage(article.id(), new ImageDetails(form.alt(), form.isDecorative(), form.caption(),
				ArticleForm.orEmpty(form.credit()).strip()), Objects.requireNonNull(checked.contentType()),
				Objects.requireNonNull(checked.data()));
		redirect.addFlashAttribute("imageAdded", true);
		return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + article.id() + "/bilder";
	}

	@PostMapping(LIST + "/{id}/bilder/{imageId}/entfernen")
	String removePicture(@PathVariable String id, @PathVariable String imageId, RedirectAttributes redirect,
			HttpServletRequest request) {
		var article = article(id);
		if (!administration.removeImage(article.id(), uuid(imageId))) {
			throw new NotFoundException("news image " + imageId);
		}
		redirect.addFlashAttribute("imageRemoved", true);
		return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + article.id() + "/bilder";
	}

	/** A picture of any article, also a draft's, for the back office only; never kept by a shared cache. */
	@GetMapping(LIST + "/{id}/bilder/{imageId}")
	ResponseEntity<byte[]> picture(@PathVariable String id, @PathVariable String imageId) {
		var article = article(id);
		var imageUuid = uuid(imageId);
		var image = administration.images(article.id()).stream()
			.filter(candidate -> candidate.id().equals(imageUuid))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("news image " + imageId));
		var data = administration.imageData(article.id(), imageUuid)
			.orElseThrow(() -> new NotFoundException("news image " + imageId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.contentType()))
			.cacheControl(CacheControl.noStore())
			.header("Content-Disposition", "inline")
			.header("X-Content-Type-Options", "nosniff")
			.body(data);
	}

	/**
	 * The article exactly as readers will see it on its page, also while it is a draft or scheduled, in the
	 * language of the address; reachable only in the back office, never stored by a cache or indexed.
	 */
	@GetMapping(LIST + "/{id}/vorschau")
	String preview(@PathVariable String id, Locale locale, Model model, HttpServletResponse response) {
		var article = article(id);
		var now = administration.now();
		response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		model.addAttribute("article", ArticleView.preview(article, administration.images(article.id()), locale, now,
				LIST + "/" + article.id()));
		model.addAttribute("preview", new Preview(article.id(), article.stateAt(now).messageKey(),
				moment(article.publishAt(), locale)));
		return "news/admin/preview";
	}

	private String form(@Nullable NewsArticle article, String language, Model model) {
		model.addAttribute("article", article);
		model.addAttribute("language", language);
		model.addAttribute("direction", TextDirection.of(language));
		model.addAttribute("languages", site.languages());
		model.addAttribute("kinds", ArticleKind.values());
		model.addAttribute("topics", NewsTopic.values());
		if (article != null) {
			var now = administration.now();
			model.addAttribute("state", article.stateAt(now));
			model.addAttribute("isPublic", article.isPublicAt(now));
			model.addAttribute("readingMinutes", ReadingTime.minutes(article.body().in(language).text()));
			model.addAttribute("imageCount", administration.images(article.id()).size());
			model.addAttribute("reference", language.equals(LocalizedText.GERMAN) ? null
					: article.title().get(LocalizedText.GERMAN).orElse(null));
			model.addAttribute("publicPath", "/aktuelles/" + article.slug());
		}
		return "news/admin/form";
	}

	private String pictures(NewsArticle article, Model model) {
		model.addAttribute("article", article);
		model.addAttribute("articleTitle", article.title().in(LocalizedText.GERMAN).text());
		model.addAttribute("pictures", administration.images(article.id()).stream()
			.map(image -> PictureRow.of(article, image))
			.toList());
		return "news/admin/pictures";
	}

	/**
	 * Checks the form and merges it into what the article has: the texts of {@code language} replace that language's
	 * texts only, the shared fields replace the shared fields. Null (with errors) when something is missing or wrong.
	 */
	private static @Nullable ArticleDetails check(ArticleForm form, String language, @Nullable NewsArticle article,
			BindingResult errors) {
		var title = ArticleForm.orEmpty(form.title()).strip();
		var teaser = ArticleForm.orEmpty(form.teaser()).strip();
		var body = ArticleForm.orEmpty(form.body());
		var german = language.equals(LocalizedText.GERMAN);
		if (title.isEmpty() && (german || !teaser.isEmpty() || !body.isBlank()) && !errors.hasFieldErrors("title")) {
			errors.rejectValue("title", german ? "news.admin.form.title.missing" : "news.admin.form.title.missingTranslation");
		}
		if (body.length() > NewsAdministration.MAX_BODY_LENGTH) {
			errors.rejectValue("body", "news.admin.form.body.tooLong",
					new Object[] { NewsAdministration.MAX_BODY_LENGTH, body.length() }, null);
		}
		ArticleKind kind = null;
		var typedKind = ArticleForm.orEmpty(form.kind()).strip();
		if (typedKind.isEmpty()) {
			errors.rejectValue("kind", "news.admin.form.kind.missing");
		}
		else {
			kind = java.util.Arrays.stream(ArticleKind.values()).filter(k -> k.name().equals(typedKind)).findFirst()
				.orElse(null);
			if (kind == null) {
				errors.rejectValue("kind", "news.admin.form.kind.unknown");
			}
		}
		var topics = EnumSet.noneOf(NewsTopic.class);
		for (var typed : form.chosenTopics()) {
			var topic = java.util.Arrays.stream(NewsTopic.values()).filter(t -> t.name().equals(typed)).findFirst();
			if (topic.isPresent()) {
				topics.add(topic.get());
			}
			else if (!errors.hasFieldErrors("topics")) {
				errors.rejectValue("topics", "news.admin.form.topics.unknown");
			}
		}
		var publishAt = instant(form.publishAt(), article == null ? null : article.publishAt(), "publishAt", errors);
		var unpublishAt = instant(form.unpublishAt(), article == null ? null : article.unpublishAt(), "unpublishAt",
				errors);
		if (unpublishAt != null && !errors.hasFieldErrors("publishAt")) {
			if (publishAt == null) {
				errors.rejectValue("unpublishAt", "news.admin.form.unpublishAt.withoutPublish");
			}
			else if (!unpublishAt.isAfter(publishAt)) {
				errors.rejectValue("unpublishAt", "news.admin.form.unpublishAt.beforePublish");
			}
		}
		if (errors.hasErrors() || kind == null) {
			return null;
		}
		var titles = article == null ? LocalizedText.empty() : article.title();
		var teasers = article == null ? LocalizedText.empty() : article.teaser();
		var bodies = article == null ? LocalizedText.empty() : article.body();
		return new ArticleDetails(titles.with(language, title), teasers.with(language, teaser),
				bodies.with(language, body), ArticleForm.orEmpty(form.author()).strip(), kind, topics, publishAt,
				unpublishAt);
	}

	/**
	 * The moment typed into a {@code datetime-local} field, in the office's time zone; the stored moment when the
	 * field still shows it (the field has minutes only, a "publish now" has seconds).
	 */
	private static @Nullable Instant instant(@Nullable String typed, @Nullable Instant stored, String field,
			BindingResult errors) {
		var text = ArticleForm.orEmpty(typed).strip();
		if (text.isEmpty()) {
			return null;
		}
		if (stored != null && text.equals(ArticleForm.local(stored))) {
			return stored;
		}
		try {
			return LocalDateTime.parse(text).atZone(PublicNews.OFFICE_ZONE).toInstant();
		}
		catch (DateTimeParseException e) {
			errors.rejectValue(field, "news.admin.form.dateTime.invalid");
			return null;
		}
	}

	private static Instant dated(NewsArticle article) {
		var publishAt = article.publishAt();
		return publishAt != null ? publishAt : article.createdAt();
	}

	private String language(String requested) {
		return site.languages().contains(requested) ? requested : site.defaultLanguage();
	}

	private NewsArticle article(String id) {
		return administration.find(uuid(id)).orElseThrow(() -> new NotFoundException("news article " + id));
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFoundException("no id: " + id);
		}
	}

	static @Nullable String moment(@Nullable Instant instant, Locale locale) {
		return instant == null ? null
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
					.withZone(PublicNews.OFFICE_ZONE).format(instant);
	}

	/** A line of the list. */
	record ArticleRow(UUID id, String title, String kindKey, String stateKey, @Nullable String publishAt,
			@Nullable String unpublishAt, String updatedAt) {
	}

	/** A picture in the back office, with its texts in the German original. */
	record PictureRow(UUID id, String src, boolean decorative, String alt, String caption, String credit,
			String contentType, long kilobytes) {

		static PictureRow of(NewsArticle article, NewsImage image) {
			return new PictureRow(image.id(), LIST + "/" + article.id() + "/bilder/" + image.id(), image.decorative(),
					image.alt().get(LocalizedText.GERMAN).orElse(""),
					image.caption().get(LocalizedText.GERMAN).orElse(""), image.credit(),
					image.contentType(), Math.max(1, (image.sizeBytes() + 1023) / 1024));
		}
	}

	/** What the preview says above the article: its state and, once set, its publish time. */
	record Preview(UUID articleId, String stateKey, @Nullable String publishAt) {
	}
}
