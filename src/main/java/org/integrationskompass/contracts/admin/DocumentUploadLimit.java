package org.integrationskompass.contracts.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.integrationskompass.shared.web.RequestLanguage;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a document upload larger than the limit with a redirect back to the upload form and a readable message,
 * before anything reads the body. Without this, the multipart parser fails inside the CSRF check (the token is in
 * the body) and the editor sees "forbidden" or a reset connection. Tomcat reads and discards the rest of the upload
 * ({@code server.tomcat.max-swallow-size}) so that the browser receives the answer.
 */
class DocumentUploadLimit extends OncePerRequestFilter {

	private static final Pattern UPLOAD = Pattern
		.compile(Pattern.quote(ContractAdminController.LIST) + "/[0-9a-fA-F-]{36}/dokumente/neu");

	private final DataSize limit;

	DocumentUploadLimit(DataSize limit) {
		this.limit = limit;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !UPLOAD.matcher(path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > limit.toBytes()) {
			response.sendRedirect(request.getContextPath() + RequestLanguage.prefix(request) + path(request) + "?"
					+ ContractAdminController.TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
