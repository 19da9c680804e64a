package org.integrationskompass.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Applies every module's {@link UploadLimit}: one filter, ahead of Spring Security. It also turns a multipart form
 * whose text fields exceed Tomcat's {@code max-http-form-post-size} (2 MB; a page body pasted many times over) into
 * 413 with the "input too large" page: Tomcat reports that as an {@link IllegalStateException} from the first
 * {@code getParameter}, which would otherwise be a 500. (A plain form over the limit gets 413 from Tomcat itself.)
 */
class UploadLimitFilter extends OncePerRequestFilter {

	private final List<UploadLimit> limits;

	UploadLimitFilter(List<UploadLimit> limits) {
		this.limits = List.copyOf(limits);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		var length = request.getContentLengthLong();
		for (var limit : limits) {
			var redirect = limit.redirectFor(path, length);
			if (redirect.isPresent()) {
				response.sendRedirect(request.getContextPath() + RequestLanguage.prefix(request) + redirect.get());
				return;
			}
		}
		try {
			chain.doFilter(request, response);
		}
		catch (IllegalStateException | ServletException e) {
			if (!formTooLarge(e) || response.isCommitted()) {
				throw e;
			}
			// Marked as a failed multipart parse, the error dispatch renders the page instead of parsing again.
			request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new MaxUploadSizeExceededException(-1, e));
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		}
	}

	private static boolean formTooLarge(Throwable failure) {
		for (var cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof IllegalStateException && cause.getMessage() != null
					&& cause.getMessage().contains("maxPostSize")) {
				return true;
			}
		}
		return false;
	}
}
