package org.integrationskompass.accounts.web;

import java.security.Principal;
import org.integrationskompass.accounts.CurrentAccount;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives templates the signed-in account ({@code currentAccount}), or null for anonymous visitors. */
@ControllerAdvice
class CurrentAccountAdvice {

	private final AccountRepository accounts;

	CurrentAccountAdvice(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("currentAccount")
	@Nullable CurrentAccount currentAccount(@Nullable Principal principal) {
		if (principal == null) {
			return null;
		}
		return accounts.findByLogin(principal.getName()).map(a -> a.asCurrent()).orElse(null);
	}
}
