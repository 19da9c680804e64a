package org.integrationskompass.accounts.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.integrationskompass.shared.web.FormRecovery;
import org.integrationskompass.shared.web.RequestLanguage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Web security: public pages are open, {@code /admin/**} needs a staff role, every form carries a CSRF token,
 * and every answer carries the security headers. Anonymous visitors get no cookie (see
 * {@link SessionlessCsrfTokenRepository}); a session starts only with sign-in.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String SIGN_IN = "/anmelden";

	static final String SIGN_OUT = "/abmelden";

	static final String CONTENT_SECURITY_POLICY = String.join("; ",
			"default-src 'self'",
			"script-src 'self'",
			"style-src 'self'",
			"img-src 'self' data:",
			"font-src 'self'",
			"connect-src 'self'",
			"form-action 'self'",
			"frame-ancestors 'none'",
			"base-uri 'self'",
			"object-src 'none'");

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * Remembers the back-office page someone wanted before signing in. Only non-public pages send people to sign in,
	 * so only they can start a session this way; public pages never do.
	 */
	@Bean
	HttpSessionRequestCache requestCache() {
		var requestCache = new HttpSessionRequestCache();
		requestCache.setMatchingRequestParameterName(null);
		return requestCache;
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccountSettings settings, Clock clock,
			SignInEvents signInEvents, SignInThrottle signInThrottle, HttpSessionRequestCache requestCache,
			List<FormRecovery> formRecoveries) throws Exception {
		http
			.addFilterBefore(new SignInThrottleFilter(signInThrottle), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests
				.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
				.requestMatchers("/admin", "/admin/**").hasAnyRole("ADMIN", "EDITOR", "FACHSTELLE")
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
				.requestMatchers("/actuator/**").hasRole("ADMIN")
				.anyRequest().permitAll())
			.csrf(csrf -> csrf
				.csrfTokenRepository(new SessionlessCsrfTokenRepository(settings.csrfSecret(), clock))
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
				// Machines post here without a session: mail programs (RFC 8058 one-click unsubscribe, the token in
				// the path is the authorisation) and the mail provider's bounce webhook (shared secret).
				.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults()
					.matcher(HttpMethod.POST, "/integrationsbrief/abmelden/*"),
						PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/integrationsbrief/bounces")))
			.requestCache(cache -> cache.requestCache(requestCache))
			.formLogin(form -> form
				.loginPage(SIGN_IN)
				.loginProcessingUrl(SIGN_IN)
				.usernameParameter("username")
				.passwordParameter("password")
				.successHandler(signInEvents)
				.failureHandler(signInEvents)
				.permitAll())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new LanguageKeepingEntryPoint())
				.accessDeniedHandler(new SecondFactorFirst(new FormRecoveringAccessDeniedHandler(formRecoveries))))
			.logout(logout -> logout
				.logoutUrl(SIGN_OUT)
				.logoutSuccessHandler((request, response, authentication) -> response
					.sendRedirect(request.getContextPath() + RequestLanguage.prefix(request) + "/"))
				.deleteCookies("JSESSIONID"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy("geolocation=(self), camera=(), microphone=()"))
				.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
		return http.build();
	}

	/**
	 * A session whose password was right but whose second factor is missing has no role: whatever it is refused,
	 * it is sent to the second step instead of the 403 page.
	 */
	private record SecondFactorFirst(AccessDeniedHandler next) implements AccessDeniedHandler {

		@Override
		public void handle(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
				AccessDeniedException denied) throws java.io.IOException, jakarta.servlet.ServletException {
			if (SecondFactorSignIn.isPending(SecurityContextHolder.getContext().getAuthentication())) {
				response.sendRedirect(request.getContextPath() + RequestLanguage.prefix(request) + SecondFactorSignIn.CODE_PAGE);
				return;
			}
			next.handle(request, response, denied);
		}
	}

	/** Sends someone who is not signed in to the sign-in page in the language they were reading. */
	private static final class LanguageKeepingEntryPoint extends LoginUrlAuthenticationEntryPoint {

		LanguageKeepingEntryPoint() {
			super(SIGN_IN);
		}

		@Override
		protected String determineUrlToUseForThisRequest(HttpServletRequest request,
				jakarta.servlet.http.HttpServletResponse response, AuthenticationException exception) {
			return RequestLanguage.prefix(request) + SIGN_IN;
		}
	}
}
