package org.integrationskompass.offers.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.integrationskompass.shared.web.RequestLanguage;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers an import upload that is larger than the limit with a redirect to the import page and a readable
 * message, before anything reads the body. Without this, the multipart parser fails inside the CSRF check
 * (the token is in the body), and the staff member sees "forbidden" or, with Tomcat's defaults, a reset
 * connection. Tomcat reads and discards the rest of the upload ({@code server.tomcat.max-swallow-size}) so
 * that the browser receives the answer.
 */
class ImportUploadLimit extends OncePerRequestFilter {

	private final DataSize limit;

	ImportUploadLimit(DataSize limit) {
		this.limit = limit;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod()) || !OfferImportAdminController.PATH.equals(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > limit.toBytes()) {
			response.sendRedirect(request.getContextPath() + RequestLanguage.prefix(request)
					+ OfferImportAdminController.PATH + "?" + OfferImportAdminController.TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}
}
