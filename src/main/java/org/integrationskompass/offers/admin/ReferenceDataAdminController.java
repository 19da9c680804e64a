package org.integrationskompass.offers.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.integrationskompass.offers.domain.ReferenceData;
import org.integrationskompass.offers.domain.ReferenceData.Kind;
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.shared.web.NotFoundException;
import org.integrationskompass.shared.web.RequestLanguage;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators maintain the fields of action ({@code /admin/themen}) and target groups
 * ({@code /admin/zielgruppen}): rename, translate, reorder, add, deactivate. Slugs never change.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ReferenceDataAdminController {

	private final ReferenceData referenceData;

	ReferenceDataAdminController(ReferenceData referenceData) {
		this.referenceData = referenceData;
	}

	@GetMapping({ "/admin/themen", "/admin/zielgruppen" })
	String index(HttpServletRequest request, Model model) {
		var kind = kind(request);
		model.addAttribute("kind", key(kind));
		model.addAttribute("base", base(kind));
		model.addAttribute("terms", referenceData.all(kind));
		return "offers/admin/terms";
	}

	@GetMapping({ "/admin/themen/neu", "/admin/zielgruppen/neu" })
	String newTerm(HttpServletRequest request, Model model) {
		var kind = kind(request);
		var form = new TermForm(Texts.EMPTY, "", "true");
		return form(kind, null, form, new BeanPropertyBindingResult(form, "form"), model);
	}

	@GetMapping({ "/admin/themen/{id}", "/admin/zielgruppen/{id}" })
	String edit(@PathVariable String id, HttpServletRequest request, Model model) {
		var kind = kind(request);
		var term = referenceData.find(kind, parseId(id)).orElseThrow(() -> new NotFoundException("term " + id));
		var form = new TermForm(Texts.of(term.name()), String.valueOf(term.position()), term.active() ? "true" : "");
		return form(kind, term, form, new BeanPropertyBindingResult(form, "form"), model);
	}

	@PostMapping({ "/admin/themen/neu", "/admin/zielgruppen/neu" })
	String create(@ModelAttribute("form") TermForm form, HttpServletRequest request, RedirectAttributes redirect,
			Model model) {
		var kind = kind(request);
		var errors = new BeanPropertyBindingResult(form, "form");
		var name = check(form, errors, false);
		if (errors.hasErrors()) {
			return form(kind, null, form, errors, model);
		}
		var created = referenceData.create(kind, name.over(LocalizedText.empty()));
		redirect.addFlashAttribute("saved", created.slug());
		return "redirect:" + RequestLanguage.prefix(request) + base(kind);
	}

	@PostMapping({ "/admin/themen/{id}", "/admin/zielgruppen/{id}" })
	String update(@PathVariable String id, @ModelAttribute("form") TermForm form, HttpServletRequest request,
			RedirectAttributes redirect, Model model) {
		var kind = kind(request);
		var term = referenceData.find(kind, parseId(id)).orElseThrow(() -> new NotFoundException("term " + id));
		var errors = new BeanPropertyBindingResult(form, "form");
		var name = check(form, errors, true);
		if (errors.hasErrors()) {
			return form(kind, term, form, errors, model);
		}
		referenceData.update(kind, term.id(), name.over(term.name()), Integer.parseInt(form.position().strip()),
				"true".equals(form.active()));
		redirect.addFlashAttribute("saved", term.slug());
		return "redirect:" + RequestLanguage.prefix(request) + base(kind);
	}

	private static Texts check(TermForm form, BindingResult errors, boolean positionRequired) {
		var name = Texts.orEmpty(form.name());
		if (name.german().isEmpty()) {
			errors.rejectValue("name.de", "offers.admin.form.error.required");
		}
		for (var language : new String[] { "de", "en", "ar" }) {
			var value = switch (language) {
				case "de" -> name.de();
				case "en" -> name.en();
				default -> name.ar();
			};
			if (value != null && value.strip().length() > 200) {
				errors.rejectValue("name." + language, "offers.admin.form.error.tooLong", new Object[] { 200 }, null);
			}
		}
		var position = form.position() == null ? "" : form.position().strip();
		if (!position.isEmpty() || positionRequired) {
			try {
				var number = Integer.parseInt(position);
				if (number < 0 || number > 10_000) {
					errors.rejectValue("position", "offers.admin.terms.error.position");
				}
			}
			catch (NumberFormatException e) {
				errors.rejectValue("position", "offers.admin.terms.error.position");
			}
		}
		return name;
	}

	private String form(Kind kind, ReferenceData.@Nullable Term term, TermForm form, BindingResult errors,
			Model model) {
		model.addAttribute("kind", key(kind));
		model.addAttribute("base", base(kind));
		model.addAttribute("term", term);
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		return "offers/admin/term-form";
	}

	private static Kind kind(HttpServletRequest request) {
		return request.getRequestURI().contains("/admin/themen") ? Kind.TOPIC : Kind.TARGET_GROUP;
	}

	private static String key(Kind kind) {
		return kind == Kind.TOPIC ? "topics" : "targetGroups";
	}

	private static String base(Kind kind) {
		return kind == Kind.TOPIC ? "/admin/themen" : "/admin/zielgruppen";
	}

	private static long parseId(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException e) {
			throw new NotFoundException("term " + id);
		}
	}
}
