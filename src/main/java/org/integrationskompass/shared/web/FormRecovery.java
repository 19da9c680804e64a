package org.integrationskompass.shared.web;

import java.util.Optional;

/**
 * Rescues what a visitor typed when a form's CSRF token was missing or had expired (a long pause, a restart of
 * the server): instead of a bare 403 page, the request is forwarded to {@code recoveryPath}, which shows the form
 * again with the typed values, a fresh token and a note to send it once more. The recovery handler must never act
 * on the submission; it only renders.
 *
 * @param formPath the path the form posts to, without language prefix; may hold variables such as
 * {@code /veranstaltungen/{slug}/anmeldung}
 * @param recoveryPath a POST handler that re-renders that form from the posted values; the variables of
 * {@code formPath} are filled in
 */
public record FormRecovery(String formPath, String recoveryPath) {

	/** @return where to forward a stale post to {@code path}, or empty when this recovery is not for that form */
	public Optional<String> recoveryFor(String path) {
		return PathTemplate.expandIfMatches(formPath, recoveryPath, path);
	}
}
