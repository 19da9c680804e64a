package org.integrationskompass.accounts.admin;

import org.integrationskompass.accounts.domain.AccountRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Administrators see who may sign in, and with which roles. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AccountAdminController {

	private final AccountRepository accounts;

	AccountAdminController(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/admin/konten")
	@Transactional(readOnly = true)
	String index(Model model) {
		model.addAttribute("accounts", accounts.findAllByOrderByDisplayNameAsc().stream()
			.map(a -> new AccountSummary(a.login(), a.displayName(), a.roles().stream().sorted().toList(), a.lastSignInAt()))
			.toList());
		return "accounts/admin/index";
	}
}
