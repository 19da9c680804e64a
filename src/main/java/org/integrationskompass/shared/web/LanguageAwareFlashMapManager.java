package org.integrationskompass.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A redirect to {@code /en/admin/konten} records that path as the flash attributes' target, but the next request
 * reaches Spring MVC with the prefix already removed ({@code /admin/konten}), so the stock manager would drop the
 * flash attributes in every language but German. This one compares without the language prefix.
 */
class LanguageAwareFlashMapManager extends SessionFlashMapManager {

	private final SiteLanguages languages;

	LanguageAwareFlashMapManager(SiteLanguages languages) {
		this.languages = languages;
	}

	@Override
	protected boolean isFlashMapForRequest(FlashMap flashMap, HttpServletRequest request) {
		var target = flashMap.getTargetRequestPath();
		if (target != null) {
			for (var language : languages.languages()) {
				var prefix = languages.prefixOf(language);
				if (!prefix.isEmpty() && (target.equals(prefix) || target.startsWith(prefix + "/"))) {
					flashMap.setTargetRequestPath(target.equals(prefix) ? "/" : target.substring(prefix.length()));
					break;
				}
			}
		}
		return super.isFlashMapForRequest(flashMap, request);
	}
}
