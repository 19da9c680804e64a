package org.integrationskompass.site.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;
import org.integrationskompass.shared.domain.Slug;
import org.integrationskompass.shared.web.FormErrors;
import org.integrationskompass.shared.web.NotFoundException;
import org.integrationskompass.shared.web.RequestLanguage;
import org.integrationskompass.site.domain.LinkAddress;
import org.integrationskompass.site.domain.LinkAdministration;
import org.integrationskompass.site.domain.LinkCategory;
import org.integrationskompass.site.domain.LinkChecker;
import org.integrationskompass.site.domain.LinkEntry;
import org.integrationskompass.site.domain.LinkSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors keep the link collection: the list with broken links first ("broken since …" and why), create, edit and
 * delete links, check one link or all links now, and keep the categories.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class LinkAdminController {

	static final String LIST = "/admin/links";

	static final String CATEGORIES = LIST + "/kategorien";

	private final LinkAdministration links;

	private final LinkChecker checker;

	private final LinkSettings settings;

	LinkAdminController(LinkAdministration links, LinkChecker checker, LinkSettings settings) {
		this.links = links;
		this.checker = checker;
		this.settings = settings;
	}

	@GetMapping(LIST)
	String index(Locale locale, Model model) {
		var all = links.allForEditors();
		model.addAttribute("links", all.stream().map(link -> row(link, locale)).toList());
		model.addAttribute("broken", all.stream().filter(LinkEntry::isBroken).count());
		model.addAttribute("intervalHours", settings.checkInterval().toHours());
		return "site/admin/links";
	}

	@GetMapping(LIST + "/neu")
	String newForm(Model model) {
		model.addAttribute("form", LinkForm.empty());
		return form(null, model);
	}

	@PostMapping(LIST + "/neu")
	String create(@Valid @ModelAttribute("form") LinkForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletRequest request) {
		var categories = check(form, errors);
		if (errors.hasErrors()) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, LinkForm.FIELDS));
			return form(null, model);
		}
		links.create(form.details(), categories);
		redirect.addFlashAttribute("saved", form.details().title().in("de").text());
		return "redirect:" + RequestLanguage.prefix(request) + LIST;
	}

	@GetMapping(LIST + "/{id}")
	String editForm(@PathVariable String id, Model model) {
		var link = link(id);
		model.addAttribute("form", LinkForm.of(link));
		return form(link, model);
	}

	@PostMapping(LIST + "/{id}")
	String change(@PathVariable String id, @Valid @ModelAttribute("form") LinkForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletRequest request) {
		var link = link(id);
		var categories = check(form, errors);
		if (errors.hasErrors()) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, LinkForm.FIELDS));
			return form(link, model);
		}
		links.change(link.id(), form.details(), categories);
		redirect.addFlashAttribute("saved", form.details().title().in("de").text());
		return "redirect:" + RequestLanguage.prefix(request) + LIST;
	}

	@PostMapping(LIST + "/{id}/pruefen")
	String checkOne(@PathVariable String id, RedirectAttributes redirect, HttpServletRequest request) {
		var link = link(id);
		redirect.addFlashAttribute(checker.checkNow(link.id()) ? "checked" : "checkRunning", link.title().in("de").text());
		return "redirect:" + RequestLanguage.prefix(request) + LIST + "#link-" + link.id();
	}

	@PostMapping(LIST + "/pruefen")
	String checkAll(RedirectAttributes redirect, HttpServletRequest request) {
		checker.checkAllSoon();
		redirect.addFlashAttribute("checkStarted", true);
		return "redirect:" + RequestLanguage.prefix(request) + LIST;
	}

	@GetMapping(LIST + "/{id}/loeschen")
	String confirmDelete(@PathVariable String id, Model model) {
		model.addAttribute("link", link(id));
		return "site/admin/link-delete";
	}

	@PostMapping(LIST + "/{id}/loeschen")
	String delete(@PathVariable String id, RedirectAttributes redirect, HttpServletRequest request) {
		var link = link(id);
		links.delete(link.id());
		redirect.addFlashAttribute("deleted", link.title().in("de").text());
		return "redirect:" + RequestLanguage.prefix(request) + LIST;
	}

	// --- categories ---

	@GetMapping(CATEGORIES)
	String categories(Model model) {
		var all = links.categories();
		model.addAttribute("form", CategoryForm.empty(all.isEmpty() ? 10 : all.get(all.size() - 1).position() + 10));
		return categoryPage(null, model);
	}

	@PostMapping(CATEGORIES)
	String createCategory(@Valid @ModelAttribute("form") CategoryForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletRequest request) {
		var checked = check(form, null, errors);
		if (checked == null) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, CategoryForm.FIELDS));
			return categoryPage(null, model);
		}
		links.createCategory(checked.slug(), LinkForm.localized(form.nameDe(), form.nameEn(), form.nameAr()), checked.position());
		redirect.addFlashAttribute("categorySaved", PageForm.orEmpty(form.nameDe()).strip());
		return "redirect:" + RequestLanguage.prefix(request) + CATEGORIES;
	}

	@GetMapping(CATEGORIES + "/{id}")
	String editCategory(@PathVariable String id, Model model) {
		var category = category(id);
		model.addAttribute("form", CategoryForm.of(category));
		return categoryPage(category, model);
	}

	@PostMapping(CATEGORIES + "/{id}")
	String changeCategory(@PathVariable String id, @Valid @ModelAttribute("form") CategoryForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletRequest request) {
		var category = category(id);
		var checked = check(form, category.id(), errors);
		if (checked == null) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, CategoryForm.FIELDS));
			return categoryPage(category, model);
		}
		links.changeCategory(category.id(), checked.slug(), LinkForm.localized(form.nameDe(), form.nameEn(), form.nameAr()),
				checked.position());
		redirect.addFlashAttribute("categorySaved", PageForm.orEmpty(form.nameDe()).strip());
		return "redirect:" + RequestLanguage.prefix(request) + CATEGORIES;
	}

	@PostMapping(CATEGORIES + "/{id}/loeschen")
	String deleteCategory(@PathVariable String id, RedirectAttributes redirect, HttpServletRequest request) {
		var category = category(id);
		links.deleteCategory(category.id());
		redirect.addFlashAttribute("categoryDeleted", category.name().in("de").text());
		return "redirect:" + RequestLanguage.prefix(request) + CATEGORIES;
	}

	private String form(@Nullable LinkEntry link, Model model) {
		model.addAttribute("link", link);
		model.addAttribute("categories", links.categories());
		return "site/admin/link-form";
	}

	private String categoryPage(@Nullable LinkCategory category, Model model) {
		model.addAttribute("category", category);
		model.addAttribute("categories", links.categories());
		return "site/admin/link-categories";
	}

	private ArrayList<UUID> check(LinkForm form, BindingResult errors) {
		if (!errors.hasFieldErrors("url")) {
			var problem = LinkAddress.check(PageForm.orEmpty(form.url()));
			if (problem != null) {
				errors.rejectValue("url", problem.messageKey());
			}
		}
		var known = links.categories();
		var chosen = new ArrayList<UUID>();
		for (var id : form.chosenCategories()) {
			known.stream().filter(category -> category.id().toString().equals(id)).findFirst()
				.ifPresentOrElse(category -> chosen.add(category.id()),
						() -> errors.rejectValue("categoryIds", "site.admin.links.form.categories.unknown"));
		}
		return chosen;
	}

	private @Nullable CheckedCategory check(CategoryForm form, @Nullable UUID id, BindingResult errors) {
		var slug = PageForm.orEmpty(form.slug()).strip();
		if (slug.isEmpty()) {
			slug = Slug.of(PageForm.orEmpty(form.nameDe()));
		}
		if (!errors.hasFieldErrors("slug") && !errors.hasFieldErrors("nameDe")) {
			if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
				errors.rejectValue("slug", "site.admin.pages.refused.INVALID_SLUG");
			}
			else if (links.slugTaken(slug, id == null ? new UUID(0, 0) : id)) {
				errors.rejectValue("slug", "site.admin.links.categories.slugTaken");
			}
		}
		var position = PageForm.orEmpty(form.position()).strip();
		if (!errors.hasFieldErrors("position") && !position.isEmpty() && !position.matches("-?\\d{1,5}")) {
			errors.rejectValue("position", "site.admin.pages.form.number.invalid");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new CheckedCategory(slug, position.isEmpty() ? 0 : Integer.parseInt(position));
	}

	private LinkEntry link(String id) {
		return links.find(uuid(id)).orElseThrow(() -> new NotFoundException("link " + id));
	}

	private LinkCategory category(String id) {
		return links.category(uuid(id)).orElseThrow(() -> new NotFoundException("category " + id));
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFoundException("no id: " + id);
		}
	}

	private static LinkRow row(LinkEntry link, Locale locale) {
		return new LinkRow(link, link.brokenSince() == null ? null : PageAdminController.moment(link.brokenSince(), locale),
				link.checkedAt() == null ? null : PageAdminController.moment(link.checkedAt(), locale));
	}

	/** A line of the back office's link list. */
	record LinkRow(LinkEntry link, @Nullable String brokenSince, @Nullable String checkedAt) {
	}

	private record CheckedCategory(String slug, int position) {
	}
}
