package org.integrationskompass.accounts.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the password check of the sign-in form: an attempt over the limit of {@link SignInThrottle} is
 * refused without looking at the password (so guessing learns nothing) and forwarded to the sign-in page, which
 * answers 429 and says how long to wait.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottleFilter.class);

	private final RequestMatcher signIn = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, SecurityConfiguration.SIGN_IN);

	private final SignInThrottle throttle;

	SignInThrottleFilter(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!signIn.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		var login = request.getParameter("username");
		var refusal = throttle.tryAttempt(login, request.getRemoteAddr());
		if (refusal.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		var wait = refusal.get().retryAfter();
		log.warn("Sign-in refused unchecked: too many failed attempts ({} limit) for login #{} from {}; next in {} s",
				refusal.get().limit(), SignInThrottle.loggable(login), request.getRemoteAddr(), wait.toSeconds());
		request.setAttribute(SignInThrottled.ATTRIBUTE, new SignInThrottled(wait));
		request.getRequestDispatcher(SignInThrottled.PAGE).forward(request, response);
	}
}
