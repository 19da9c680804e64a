package org.integrationskompass.accounts.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.accounts.domain.SecondFactors;
import org.integrationskompass.shared.web.RequestLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Component;

/**
 * Records sign-ins (and starts the throttle's count again), logs failures (without the password) and keeps the
 * visitor's language across the redirect. A right password of an account that needs a second factor is not yet a
 * sign-in: it leads on to the code (or enrolment) page of {@link SecondFactorSignIn}.
 */
@Component
class SignInEvents extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	private static final Logger log = LoggerFactory.getLogger(SignInEvents.class);

	private final AccountRepository accounts;

	private final Clock clock;

	private final HttpSessionRequestCache requestCache;

	private final SignInThrottle throttle;

	private final SecondFactorSignIn secondFactor;

	private final SecondFactors secondFactors;

	SignInEvents(AccountRepository accounts, Clock clock, HttpSessionRequestCache requestCache,
			SignInThrottle throttle, SecondFactorSignIn secondFactor, SecondFactors secondFactors) {
		this.accounts = accounts;
		this.secondFactor = secondFactor;
		this.secondFactors = secondFactors;
		this.throttle = throttle;
		this.clock = clock;
		this.requestCache = requestCache;
		setRequestCache(requestCache);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		if (SecondFactorSignIn.isPending(authentication)) {
			secondFactor.passwordAccepted(authentication.getName(), request);
			var next = secondFactors.isEnrolled(authentication.getName()) ? SecondFactorSignIn.CODE_PAGE
					: SecondFactorSignIn.ENROLMENT_PAGE;
			getRedirectStrategy().sendRedirect(request, response, RequestLanguage.prefix(request) + next);
			return;
		}
		accounts.recordSignIn(authentication.getName(), clock.instant());
		throttle.succeeded(request.getParameter("username"), request.getRemoteAddr());
		log.info("Sign-in of {} from {}", authentication.getName(), request.getRemoteAddr());
		var saved = requestCache.getRequest(request, response);
		if (saved != null && "GET".equals(saved.getMethod())) {
			// The saved address lacks the language prefix (it was removed before security saw it): go back to the
			// page in the language of the sign-in form.
			requestCache.removeRequest(request, response);
			clearAuthenticationAttributes(request);
			var uri = URI.create(saved.getRedirectUrl());
			var target = RequestLanguage.prefix(request) + uri.getRawPath()
					+ (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
			getRedirectStrategy().sendRedirect(request, response, target);
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
		return RequestLanguage.prefix(request) + "/admin";
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		log.warn("Failed sign-in for '{}' from {}: {}", loggable(request.getParameter("username")), request.getRemoteAddr(),
				exception.getClass().getSimpleName());
		response.sendRedirect(request.getContextPath() + RequestLanguage.prefix(request) + SecurityConfiguration.SIGN_IN + "?error");
	}

	private static String loggable(String value) {
		if (value == null) {
			return "";
		}
		var clean = value.replaceAll("[\\p{Cntrl}]", "_");
		return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
	}
}
