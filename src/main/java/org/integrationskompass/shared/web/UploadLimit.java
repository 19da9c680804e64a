package org.integrationskompass.shared.web;

import java.util.Optional;

/**
 * Answers an upload larger than {@code maxBytes} with a redirect to {@code redirectPath} (which shows a readable
 * message), before anything reads the body. Without it, the multipart parser fails inside the CSRF check (the token
 * is in the body) and the staff member sees "forbidden" or a reset connection. The whole request is measured, so a
 * file just under the limit may be turned away, never one over it. Tomcat reads and discards the rest of the upload
 * ({@code server.tomcat.max-swallow-size}) so that the browser receives the answer.
 *
 * @param uploadPath the path the form posts to, without language prefix; may hold variables, also with a pattern
 * ({@code /admin/x/{id:[0-9a-f-]{36}}/dokumente})
 * @param redirectPath where to send the browser; the variables of {@code uploadPath} are filled in
 * @param maxBytes the largest request accepted
 */
public record UploadLimit(String uploadPath, String redirectPath, long maxBytes) {

	/** @return where to redirect a POST to {@code path} of {@code length} bytes, or empty to let it through */
	Optional<String> redirectFor(String path, long length) {
		return length > maxBytes ? PathTemplate.expandIfMatches(uploadPath, redirectPath, path) : Optional.empty();
	}
}
