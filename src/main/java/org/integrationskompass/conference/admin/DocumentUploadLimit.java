package org.integrationskompass.conference.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.integrationskompass.shared.web.RequestLanguage;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a document upload larger than the limit with a redirect to the session's page and a readable message,
 * before anything reads the body: otherwise the multipart parser would fail inside the CSRF check (the token is in
 * the body) and the staff member would see "forbidden". Tomcat discards the rest of the upload
 * ({@code server.tomcat.max-swallow-size}) so that the browser receives the answer.
 */
class DocumentUploadLimit extends OncePerRequestFilter {

	private static final Pattern UPLOAD = Pattern
		.compile(Pattern.quote(ConferenceAdminController.ADMIN) + "/sitzungen/([0-9a-fA-F-]{36})/dokumente");

	private final DocumentLimit limit;

	DocumentUploadLimit(DocumentLimit limit) {
		this.limit = limit;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !UPLOAD.matcher(path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// The whole request is measured, so a file just under the limit may be refused: never one that is over it.
		if (request.getContentLengthLong() > limit.bytes()) {
			var matcher = UPLOAD.matcher(path(request));
			matcher.matches();
			response.sendRedirect(request.getContextPath() + RequestLanguage.prefix(request) + ConferenceAdminController.ADMIN
					+ "/sitzungen/" + matcher.group(1) + "?" + ConferenceAdminController.TOO_LARGE + "#dokumente");
			return;
		}
		chain.doFilter(request, response);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
