package org.integrationskompass.accounts.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Arrays;
import java.util.UUID;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.domain.AccountRegistration;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.accounts.domain.SecondFactors;
import org.integrationskompass.shared.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.integrationskompass.shared.web.RequestLanguage;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators see who may sign in, with which roles and whether their second factor is set up, give colleagues
 * access and reset a colleague's second factor.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AccountAdminController {

	private final AccountRepository accounts;

	private static final Logger log = LoggerFactory.getLogger(AccountAdminController.class);

	private final AccountRegistration registration;

	private final SecondFactors secondFactors;

	AccountAdminController(AccountRepository accounts, AccountRegistration registration, SecondFactors secondFactors) {
		this.accounts = accounts;
		this.registration = registration;
		this.secondFactors = secondFactors;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Arrays.stream(Role.values()).filter(Role::isStaff).toArray(Role[]::new);
	}

	@GetMapping("/admin/konten")
	@Transactional(readOnly = true)
	String index(Model model) {
		model.addAttribute("accounts", accounts.findAllByOrderByDisplayNameAsc().stream()
			.map(a -> new AccountSummary(a.id(), a.login(), a.displayName(), a.roles().stream().sorted().toList(),
					a.lastSignInAt(), a.needsSecondFactor(), a.hasSecondFactor()))
			.toList());
		return "accounts/admin/index";
	}

	/**
	 * Removes a colleague's second factor (a lost phone, no recovery codes left): their next sign-in sets up a new
	 * one. Their sessions already signed in go on. Logged with who did it.
	 */
	@PostMapping("/admin/konten/{id}/zwei-faktor-zuruecksetzen")
	String resetSecondFactor(@PathVariable UUID id, Principal admin, RedirectAttributes redirect,
			HttpServletRequest request) {
		var account = accounts.findById(id).orElseThrow(() -> new NotFoundException("account " + id));
		if (secondFactors.reset(account.login())) {
			log.warn("Second factor of {} reset by {} from {}", account.login(), admin.getName(), request.getRemoteAddr());
			redirect.addFlashAttribute("secondFactorReset", account.login());
		}
		return "redirect:" + RequestLanguage.prefix(request) + "/admin/konten";
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
