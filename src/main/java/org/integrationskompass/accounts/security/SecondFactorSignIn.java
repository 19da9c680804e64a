package org.integrationskompass.accounts.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Optional;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.shared.web.RequestLanguage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second step of signing in for administrators and editors.
 * <p>
 * The password alone gives such an account no role: its session holds only the authority {@value #PENDING} (besides
 * Spring Security's {@code FACTOR_PASSWORD}), so {@code /admin/**} and every {@code @PreAuthorize} rule stay closed,
 * and the back-office pages send it to {@code /anmelden/zwei-faktor} (or, without a factor yet, to
 * {@code /anmelden/zwei-faktor/einrichten}). A correct code replaces the session's authentication with one that
 * carries the roles and {@value #TOTP_FACTOR}, under a new session id. Spring Security 7's own multi-factor support
 * ({@code @EnableMultiFactorAuthentication}) was not used: it grants the roles with the password and only withholds
 * pages that require the second factor, requires a factor for everyone or needs a custom rule per account, and has
 * no TOTP factor or enrolment; withholding the roles is the safer default here.
 * <p>
 * Every code attempt counts against the sign-in throttle like a password attempt (per login name and per client
 * address); the login name's count starts again only when the second factor is passed, so knowing the password
 * does not buy fresh guesses at the code.
 */
@Component
public class SecondFactorSignIn {

	/** The only authority of a session whose password was right but whose second factor is still missing. */
	public static final String PENDING = "SECOND_FACTOR_PENDING";

	/** Added with the roles once the code was right. */
	public static final String TOTP_FACTOR = "FACTOR_TOTP";

	public static final String CODE_PAGE = "/anmelden/zwei-faktor";

	public static final String ENROLMENT_PAGE = "/anmelden/zwei-faktor/einrichten";

	private static final Logger log = LoggerFactory.getLogger(SecondFactorSignIn.class);

	private final AccountRepository accounts;

	private final SignInThrottle throttle;

	private final HttpSessionRequestCache requestCache;

	private final Clock clock;

	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SecondFactorSignIn(AccountRepository accounts, SignInThrottle throttle, HttpSessionRequestCache requestCache,
			Clock clock) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.requestCache = requestCache;
		this.clock = clock;
	}

	public static boolean isPending(@Nullable Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getAuthorities().stream().anyMatch(a -> PENDING.equals(a.getAuthority()));
	}

	/** The login name of the current session if it waits for its second factor. */
	public static Optional<String> pendingLogin() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return isPending(authentication) ? Optional.of(authentication.getName()) : Optional.empty();
	}

	/** Counts a code attempt against the sign-in limits; empty when it may be checked. */
	public Optional<SignInThrottle.Refusal> tryAttempt(String login, HttpServletRequest request) {
		var refusal = throttle.tryAttempt(login, request.getRemoteAddr());
		refusal.ifPresent(r -> log.warn(
				"Second factor refused unchecked: too many failed attempts ({} limit) for login #{} from {}; next in {} s",
				r.limit(), SignInThrottle.loggable(login), request.getRemoteAddr(), r.retryAfter().toSeconds()));
		return refusal;
	}

	public void refused(String login, HttpServletRequest request, String why) {
		log.warn("Second factor refused for login #{} from {}: {}", SignInThrottle.loggable(login),
				request.getRemoteAddr(), why);
	}

	/**
	 * Finishes the sign-in after a correct code: the session (under a new id) now carries the account's roles.
	 * Returns where to go next: the back-office page asked for before signing in, or the dashboard.
	 */
	@Transactional
	public String complete(HttpServletRequest request, HttpServletResponse response, String how) {
		var pending = SecurityContextHolder.getContext().getAuthentication();
		if (!isPending(pending)) {
			throw new IllegalStateException("No sign-in waiting for its second factor");
		}
		var account = accounts.findByLogin(pending.getName()).orElseThrow();
		var authorities = new ArrayList<GrantedAuthority>();
		account.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).forEach(authorities::add);
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
		authorities.add(FactorGrantedAuthority.fromAuthority(TOTP_FACTOR));
		var signedIn = UsernamePasswordAuthenticationToken.authenticated(pending.getPrincipal(), null, authorities);
		signedIn.setDetails(pending.getDetails());
		request.changeSessionId();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(signedIn);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		throttle.succeeded(account.login(), request.getRemoteAddr());
		accounts.recordSignIn(account.login(), clock.instant());
		log.info("Sign-in of {} from {} with the second factor ({})", account.login(), request.getRemoteAddr(), how);
		return targetAfterSignIn(request, response);
	}

	/** Where a finished sign-in goes: the saved back-office page (in the language of the form), else the dashboard. */
	String targetAfterSignIn(HttpServletRequest request, HttpServletResponse response) {
		var saved = requestCache.getRequest(request, response);
		if (saved != null && "GET".equals(saved.getMethod())) {
			// The saved address lacks the language prefix (it was removed before security saw it).
			requestCache.removeRequest(request, response);
			var uri = URI.create(saved.getRedirectUrl());
			return RequestLanguage.prefix(request) + uri.getRawPath()
					+ (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
		}
		return RequestLanguage.prefix(request) + "/admin";
	}

	/** The password was right: its attempt is given back, but the login name's count goes on. */
	void passwordAccepted(String login, HttpServletRequest request) {
		throttle.passwordAccepted(login, request.getRemoteAddr());
		log.info("Password of {} accepted from {}; second factor required", login, request.getRemoteAddr());
	}
}
