package org.integrationskompass.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the language prefix off the path before anything else sees it, so {@code /en/impressum} is handled
 * (and secured) exactly like {@code /impressum}, with the language remembered as a request attribute.
 * The default language has no prefix: {@code /de/…} answers with a permanent redirect to the unprefixed URL.
 * An unknown prefix such as {@code /xx/…} is not touched and so ends as an ordinary 404.
 */
class LanguagePrefixFilter extends OncePerRequestFilter {

	static final String LANGUAGE = LanguagePrefixFilter.class.getName() + ".language";

	static final String ORIGINAL_PATH = LanguagePrefixFilter.class.getName() + ".path";

	private final SiteLanguages languages;

	LanguagePrefixFilter(SiteLanguages languages) {
		this.languages = languages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var context = request.getContextPath();
		var path = request.getRequestURI().substring(context.length());
		var segment = firstSegment(path);
		if (segment.equals(languages.defaultLanguage())
				&& ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
			// Never let "/de//other.host" become "Location: //other.host" (an open redirect).
			var rest = withSingleLeadingSlash(path.substring(segment.length() + 1));
			var query = request.getQueryString();
			response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
			response.setHeader("Location", context + (rest.isEmpty() ? "/" : rest) + (query == null ? "" : "?" + query));
			return;
		}
		if (languages.isPrefixed(segment)) {
			var rest = path.substring(segment.length() + 1);
			var stripped = rest.isEmpty() ? "/" : rest;
			// The servlet path is the container's decoded, normalised path ("/en/%C3%BCber" -> "/en/über"):
			// keep it that way, or the firewall would reject every encoded character under a prefix.
			var servletPath = request.getServletPath().substring(Math.min(segment.length() + 1,
					request.getServletPath().length()));
			request.setAttribute(LANGUAGE, segment);
			request.setAttribute(RequestLanguage.PREFIX, languages.prefixOf(segment));
			request.setAttribute(ORIGINAL_PATH, withSingleLeadingSlash(stripped));
			chain.doFilter(new StrippedRequest(request, context + stripped, servletPath.isEmpty() ? "/" : servletPath),
					response);
			return;
		}
		request.setAttribute(LANGUAGE, languages.defaultLanguage());
		request.setAttribute(RequestLanguage.PREFIX, "");
		request.setAttribute(ORIGINAL_PATH, path.isEmpty() ? "/" : withSingleLeadingSlash(path));
		chain.doFilter(request, response);
	}

	/** "//x" and "/\x" are protocol-relative addresses in a browser; a path must start with exactly one slash. */
	static String withSingleLeadingSlash(String path) {
		return path.isEmpty() ? path : path.replaceFirst("^[/\\\\]+", "/");
	}

	private static String firstSegment(String path) {
		if (path.length() < 2 || path.charAt(0) != '/') {
			return "";
		}
		var end = path.indexOf('/', 1);
		return end < 0 ? path.substring(1) : path.substring(1, end);
	}

	private static final class StrippedRequest extends HttpServletRequestWrapper {

		private final String uri;

		private final String servletPath;

		StrippedRequest(HttpServletRequest request, String uri, String servletPath) {
			super(request);
			this.uri = uri;
			this.servletPath = servletPath;
		}

		/**
		 * A forward or include inside the application (for example to a form's recovery handler) has its own path,
		 * which the container provides; only the original request is seen without its prefix.
		 */
		private boolean isOriginalDispatch() {
			var type = getDispatcherType();
			return type == DispatcherType.REQUEST || type == DispatcherType.ASYNC;
		}

		@Override
		public String getRequestURI() {
			return isOriginalDispatch() ? uri : super.getRequestURI();
		}

		@Override
		public StringBuffer getRequestURL() {
			if (!isOriginalDispatch()) {
				return super.getRequestURL();
			}
			var url = new StringBuffer();
			url.append(getScheme()).append("://").append(getServerName());
			var port = getServerPort();
			if (!("http".equals(getScheme()) && port == 80) && !("https".equals(getScheme()) && port == 443)) {
				url.append(':').append(port);
			}
			return url.append(uri);
		}

		@Override
		public String getServletPath() {
			return isOriginalDispatch() ? servletPath : super.getServletPath();
		}

		@Override
		public String getPathInfo() {
			return isOriginalDispatch() ? null : super.getPathInfo();
		}
	}
}
