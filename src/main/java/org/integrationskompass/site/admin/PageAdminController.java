package org.integrationskompass.site.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.integrationskompass.accounts.CurrentAccount;
import org.integrationskompass.shared.domain.Slug;
import org.integrationskompass.shared.web.FormErrors;
import org.integrationskompass.shared.web.NotFoundException;
import org.integrationskompass.shared.web.RequestLanguage;
import org.integrationskompass.site.domain.MenuPlacement;
import org.integrationskompass.site.domain.PageAdministration;
import org.integrationskompass.site.domain.PageRefused;
import org.integrationskompass.site.domain.PageStructure;
import org.integrationskompass.site.domain.PageTree;
import org.integrationskompass.site.domain.PublicPages;
import org.integrationskompass.site.domain.SitePage;
import org.integrationskompass.site.domain.SitePageVersion;
import org.integrationskompass.site.web.ContentPage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
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
 * Editors keep the portal's pages: the tree, create and edit (every save a new version), preview of the draft as the
 * public would see it, publish and withdraw, the version history with restore and comparison, and delete. A form with
 * errors comes back with 200, an error summary and everything typed.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class PageAdminController {

	static final String LIST = "/admin/seiten";

	static final String RECOVERY = "erneut";

	private final PageAdministration administration;

	private final PublicPages publicPages;

	PageAdminController(PageAdministration administration, PublicPages publicPages) {
		this.administration = administration;
		this.publicPages = publicPages;
	}

	@GetMapping(LIST)
	String index(Model model) {
		var tree = administration.tree();
		model.addAttribute("rows", tree.depthFirst().stream()
			.map(placed -> new PageRow(placed.page(), placed.depth(), tree.path(placed.page().id()),
					tree.isPublic(placed.page().id())))
			.toList());
		return "site/admin/pages";
	}

	@GetMapping(LIST + "/neu")
	String newForm(@RequestParam(name = "unter", required = false) @Nullable String parent, Model model) {
		var parentId = parent == null ? null : administration.find(uuid(parent)).map(p -> p.id().toString()).orElse(null);
		model.addAttribute("form", PageForm.empty(parentId));
		return form(null, model);
	}

	@PostMapping(LIST + "/neu")
	String create(@Valid @ModelAttribute("form") PageForm form, BindingResult errors, Model model, Principal principal,
			RedirectAttributes redirect, HttpServletRequest request) {
		var structure = structure(form, errors);
		if (!errors.hasErrors() && structure != null) {
			try {
				var page = administration.create(structure, form.content(), author(model, principal), note(form));
				redirect.addFlashAttribute("saved", true);
				return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + page.id();
			}
			catch (PageRefused refused) {
				reject(refused, errors);
			}
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, PageForm.FIELDS));
		return form(null, model);
	}

	/**
	 * A new page posted with a stale CSRF token (a long pause, a restart) comes back here with everything typed and a
	 * note to save once more; nothing is stored.
	 */
	@PostMapping(LIST + "/neu/" + RECOVERY)
	String recoverNew(@ModelAttribute("form") PageForm form, BindingResult errors, Model model) {
		errors.reject("site.admin.pages.form.expired");
		return form(null, model);
	}

	@PostMapping(LIST + "/{id}/" + RECOVERY)
	String recoverEdit(@PathVariable String id, @ModelAttribute("form") PageForm form, BindingResult errors, Model model) {
		errors.reject("site.admin.pages.form.expired");
		return form(page(id), model);
	}

	@GetMapping(LIST + "/{id}")
	String editForm(@PathVariable String id, Model model) {
		var page = page(id);
		model.addAttribute("form", PageForm.of(page, draft(page).content()));
		return form(page, model);
	}

	@PostMapping(LIST + "/{id}")
	String save(@PathVariable String id, @Valid @ModelAttribute("form") PageForm form, BindingResult errors, Model model,
			Principal principal, RedirectAttributes redirect, HttpServletRequest request, Locale locale) {
		var page = page(id);
		var structure = structure(form, errors);
		if (form.editedFrom() != null && !form.editedFrom().equals(page.updatedAt().toString())) {
			// Saving now would silently undo the other person's changes: say so first, and let a second save decide.
			errors.reject("site.admin.pages.form.editConflict", new Object[] { moment(page.updatedAt(), locale) }, null);
			model.addAttribute("editedFrom", page.updatedAt().toString());
		}
		if (!errors.hasErrors() && structure != null) {
			try {
				administration.save(page.id(), structure, form.content(), author(model, principal), note(form));
				redirect.addFlashAttribute("saved", true);
				return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + page.id();
			}
			catch (PageRefused refused) {
				reject(refused, errors);
			}
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, PageForm.FIELDS));
		return form(page, model);
	}

	@PostMapping(LIST + "/{id}/veroeffentlichen")
	String publish(@PathVariable String id, RedirectAttributes redirect, HttpServletRequest request) {
		administration.publish(page(id).id());
		redirect.addFlashAttribute("published", true);
		return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + id;
	}

	@PostMapping(LIST + "/{id}/zurueckziehen")
	String unpublish(@PathVariable String id, RedirectAttributes redirect, HttpServletRequest request) {
		administration.unpublish(page(id).id());
		redirect.addFlashAttribute("unpublished", true);
		return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + id;
	}

	/** The draft (or an older version) exactly as the public page would show it; reachable only in the back office. */
	@GetMapping(LIST + "/{id}/vorschau")
	String preview(@PathVariable String id, @RequestParam(name = "version", required = false) @Nullable Integer number,
			Locale locale, Model model, HttpServletResponse response) {
		var page = page(id);
		var version = number == null ? draft(page) : administration.version(page.id(), number)
			.orElseThrow(() -> new NotFoundException("version " + number));
		response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		model.addAttribute("page", ContentPage.of(page, version, administration.tree(), publicPages, locale));
		model.addAttribute("preview", new Preview(page.id(), version.number(), page.publishedNumber()));
		return "site/page";
	}

	@GetMapping(LIST + "/{id}/versionen")
	String history(@PathVariable String id, Locale locale, Model model) {
		var page = page(id);
		model.addAttribute("page", page);
		model.addAttribute("pageTitle", draft(page).content().title().in("de").text());
		model.addAttribute("versions", administration.versions(page.id()).stream()
			.map(version -> new VersionRow(version, moment(version.createdAt(), locale),
					page.publishedNumber() != null && page.publishedNumber() == version.number(),
					version.number() == page.latestNumber()))
			.toList());
		return "site/admin/page-versions";
	}

	@PostMapping(LIST + "/{id}/versionen/{number}/wiederherstellen")
	String restore(@PathVariable String id, @PathVariable int number, Model model, Principal principal,
			RedirectAttributes redirect, HttpServletRequest request) {
		var page = page(id);
		administration.version(page.id(), number).orElseThrow(() -> new NotFoundException("version " + number));
		var restored = administration.restore(page.id(), number, author(model, principal));
		redirect.addFlashAttribute("restored", new int[] { number, restored.number() });
		return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + id;
	}

	/** Two versions side by side, paragraph by paragraph: what was removed and what was added. */
	@GetMapping(LIST + "/{id}/vergleich")
	String compare(@PathVariable String id, @RequestParam(name = "von", required = false) @Nullable Integer from,
			@RequestParam(name = "bis", required = false) @Nullable Integer to, Locale locale, Model model) {
		var page = page(id);
		var older = from == null ? null : administration.version(page.id(), from).orElse(null);
		var newer = to == null ? null : administration.version(page.id(), to).orElse(null);
		if (older == null || newer == null) {
			throw new NotFoundException("versions " + from + " and " + to);
		}
		if (older.number() > newer.number()) {
			var swap = older;
			older = newer;
			newer = swap;
		}
		model.addAttribute("page", page);
		model.addAttribute("pageTitle", draft(page).content().title().in("de").text());
		model.addAttribute("older", older);
		model.addAttribute("newer", newer);
		model.addAttribute("sections", VersionComparison.of(older.content(), newer.content()));
		return "site/admin/page-compare";
	}

	@GetMapping(LIST + "/{id}/loeschen")
	String confirmDelete(@PathVariable String id, Model model) {
		var page = page(id);
		var tree = administration.tree();
		model.addAttribute("page", page);
		model.addAttribute("pageTitle", draft(page).content().title().in("de").text());
		model.addAttribute("children", tree.children(page.id()).size());
		model.addAttribute("path", tree.path(page.id()));
		return "site/admin/page-delete";
	}

	@PostMapping(LIST + "/{id}/loeschen")
	String delete(@PathVariable String id, Model model, RedirectAttributes redirect, HttpServletRequest request) {
		var page = page(id);
		var title = draft(page).content().title().in("de").text();
		try {
			administration.delete(page.id());
		}
		catch (PageRefused hasChildren) {
			return confirmDelete(id, model);
		}
		redirect.addFlashAttribute("deleted", title);
		return "redirect:" + RequestLanguage.prefix(request) + LIST;
	}

	private String form(@Nullable SitePage page, Model model) {
		var tree = administration.tree();
		model.addAttribute("page", page);
		model.addAttribute("menus", MenuPlacement.values());
		model.addAttribute("parents", tree.depthFirst().stream()
			.filter(placed -> page == null || !placed.page().id().equals(page.id()))
			.map(placed -> new ParentOption(placed.page().id().toString(), label(placed), tree.path(placed.page().id())))
			.toList());
		if (page != null) {
			model.addAttribute("path", tree.path(page.id()));
			model.addAttribute("isPublic", tree.isPublic(page.id()));
			model.addAttribute("children", tree.children(page.id()).size());
		}
		return "site/admin/page-form";
	}

	private static String label(PageTree.Placed placed) {
		var title = placed.page().publishedTitle().in("de").text();
		return "– ".repeat(placed.depth()) + (title.isEmpty() ? placed.page().slug() : title);
	}

	/** Parses the tree fields; null when something is wrong ({@code errors} says what). */
	private @Nullable PageStructure structure(PageForm form, BindingResult errors) {
		var slug = PageForm.orEmpty(form.slug()).strip();
		if (slug.isEmpty()) {
			slug = Slug.of(PageForm.orEmpty(form.titleDe()));
			if (slug.isEmpty() && !errors.hasFieldErrors("titleDe")) {
				errors.rejectValue("slug", "site.admin.pages.form.slug.required");
			}
		}
		UUID parent = null;
		var typedParent = PageForm.orEmpty(form.parentId()).strip();
		if (!typedParent.isEmpty()) {
			try {
				parent = UUID.fromString(typedParent);
			}
			catch (IllegalArgumentException notAnId) {
				errors.rejectValue("parentId", "site.admin.pages.refused.UNKNOWN_PARENT");
			}
		}
		var position = number(form.position(), "position", errors);
		var menuOrder = number(form.menuOrder(), "menuOrder", errors);
		MenuPlacement menu = null;
		for (var candidate : MenuPlacement.values()) {
			if (candidate.name().equals(form.menu())) {
				menu = candidate;
			}
		}
		if (menu == null) {
			errors.rejectValue("menu", "site.admin.pages.form.menu.required");
		}
		if (errors.hasErrors() || slug.isEmpty() || menu == null || position == null || menuOrder == null) {
			return null;
		}
		return new PageStructure(parent, slug, position, menu, menuOrder);
	}

	private static @Nullable Integer number(@Nullable String typed, String field, BindingResult errors) {
		if (errors.hasFieldErrors(field)) {
			return null;
		}
		var text = PageForm.orEmpty(typed).strip();
		if (text.isEmpty()) {
			return 0;
		}
		if (!text.matches("-?\\d{1,5}")) {
			errors.rejectValue(field, "site.admin.pages.form.number.invalid");
			return null;
		}
		return Integer.valueOf(text);
	}

	private static void reject(PageRefused refused, BindingResult errors) {
		var field = switch (refused.reason()) {
			case CYCLE, UNKNOWN_PARENT -> "parentId";
			default -> "slug";
		};
		errors.rejectValue(field, "site.admin.pages.refused." + refused.reason().name());
	}

	private static String note(PageForm form) {
		return PageForm.orEmpty(form.note()).strip();
	}

	private static String author(Model model, Principal principal) {
		return model.getAttribute("currentAccount") instanceof CurrentAccount account ? account.displayName()
				: principal.getName();
	}

	private SitePage page(String id) {
		return administration.find(uuid(id)).orElseThrow(() -> new NotFoundException("page " + id));
	}

	private SitePageVersion draft(SitePage page) {
		return administration.version(page.id(), page.latestNumber()).orElseThrow();
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFoundException("no id: " + id);
		}
	}

	static String moment(java.time.Instant instant, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
			.withZone(ZoneId.of("Europe/Berlin")).format(instant);
	}

	/** A line of the page tree in the back office. */
	record PageRow(SitePage page, int depth, String path, boolean isPublic) {
	}

	/** A choice of parent page, indented by depth. */
	record ParentOption(String id, String label, String path) {
	}

	/** A line of the version history. */
	record VersionRow(SitePageVersion version, String savedAt, boolean published, boolean draft) {
	}

	/** Which version the preview shows, and which one the public sees. */
	record Preview(UUID pageId, int number, @Nullable Integer publishedNumber) {
	}

}
