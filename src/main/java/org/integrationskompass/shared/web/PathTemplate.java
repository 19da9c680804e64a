package org.integrationskompass.shared.web;

import java.util.Optional;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.UriTemplate;
import org.springframework.web.util.pattern.PathPatternParser;

/** Matches a request path against a pattern such as {@code /a/{id}/b} and fills its variables into another path. */
final class PathTemplate {

	private PathTemplate() {
	}

	/** @return {@code target} with the variables of {@code pattern} filled in, or empty when {@code path} does not match */
	static Optional<String> expandIfMatches(String pattern, String target, String path) {
		var match = PathPatternParser.defaultInstance.parse(pattern).matchAndExtract(PathContainer.parsePath(path));
		if (match == null) {
			return Optional.empty();
		}
		return Optional.of(match.getUriVariables().isEmpty() ? target
				: new UriTemplate(target).expand(match.getUriVariables()).toString());
	}
}
