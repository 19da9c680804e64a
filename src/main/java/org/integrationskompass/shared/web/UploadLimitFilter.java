package org.integrationskompass.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/** Applies every module's {@link UploadLimit}: one filter, ahead of Spring Security. */
class UploadLimitFilter extends OncePerRequestFilter {

	private final List<UploadLimit> limits;

	UploadLimitFilter(List<UploadLimit> limits) {
		this.limits = List.copyOf(limits);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return limits.isEmpty() || !"POST".equals(request.getMethod());
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
		chain.doFilter(request, response);
	}
}
