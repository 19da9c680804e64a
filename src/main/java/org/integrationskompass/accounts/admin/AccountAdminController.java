package org.integrationskompass.accounts.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Arrays;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.domain.AccountRegistration;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.shared.web.RequestLanguage;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators see who may sign in, with which roles, and give colleagues access. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AccountAdminController {

	private final AccountRepository accounts;

	private final AccountRegistration registration;

	AccountAdminController(AccountRepository accounts, AccountRegistration registration) {
		this.accounts = accounts;
		this.registration = registration;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Arrays.stream(Role.values()).filter(Role::isStaff).toArray(Role[]::new);
	}

	@GetMapping("/admin/konten")
	@Transactional(readOnly = true)
	String index(Model model) {
		model.addAttribute("accounts", accounts.findAllByOrderByDisplayNameAsc().stream()
			.map(a -> new AccountSummary(a.login(), a.displayName(), a.roles().stream().sorted().toList(), a.lastSignInAt()))
			.toList());
		return "accounts/admin/index";
	}

	@GetMapping("/admin/konten/neu")
	String form(Model model) {
		model.addAttribute("form", AccountForm.empty());
		return "accounts/admin/form";
	}

	@PostMapping("/admin/konten/neu")
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors, RedirectAttributes redirect,
			HttpServletRequest request) {
		if (!errors.hasFieldErrors("email") && registration.isTaken(form.email())) {
			errors.rejectValue("email", "accounts.admin.form.email.taken");
		}
		if (form.roles() != null && form.roles().contains(Role.PROVIDER)) {
			errors.rejectValue("roles", "accounts.admin.form.roles.required");
		}
		if (errors.hasErrors()) {
			return "accounts/admin/form";
		}
		try {
			var registered = registration.register(form.email(), form.displayName(), form.roles());
			redirect.addFlashAttribute("created", registered.account().login());
			redirect.addFlashAttribute("firstPassword", registered.firstPassword());
		}
		catch (DataIntegrityViolationException takenInTheMeantime) {
			errors.rejectValue("email", "accounts.admin.form.email.taken");
			return "accounts/admin/form";
		}
		return "redirect:" + RequestLanguage.prefix(request) + "/admin/konten";
	}
}
