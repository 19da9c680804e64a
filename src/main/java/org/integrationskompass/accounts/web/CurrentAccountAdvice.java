package org.integrationskompass.accounts.web;

import java.security.Principal;
import org.integrationskompass.accounts.CurrentAccount;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.accounts.security.SecondFactorSignIn;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
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
		// Not signed in yet while the second factor is missing.
		if (principal == null || principal instanceof Authentication authentication
				&& SecondFactorSignIn.isPending(authentication)) {
			return null;
		}
		return accounts.findByLogin(principal.getName()).map(a -> a.asCurrent()).orElse(null);
	}
}
