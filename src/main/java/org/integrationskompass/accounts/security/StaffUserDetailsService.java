package org.integrationskompass.accounts.security;

import java.util.List;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.domain.Account;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class StaffUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	StaffUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		var account = accounts.findByLogin(Account.normaliseLogin(username))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		// Accounts that need a second factor get no role from the password alone: only the marker that sends them
		// on to the second step (see SecondFactorSignIn), which grants the roles.
		var authorities = account.needsSecondFactor() ? List.of(new SimpleGrantedAuthority(SecondFactorSignIn.PENDING))
				: account.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
		return User.withUsername(account.login())
			.password(account.passwordHash())
			.disabled(!account.enabled())
			.authorities(authorities)
			.build();
	}
}
