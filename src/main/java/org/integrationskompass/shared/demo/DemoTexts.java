package org.integrationskompass.shared.demo;

import java.util.HashMap;
import java.util.Map;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/** Demo texts in the portal's three languages; a missing translation is left out (and shows as such). */
public final class DemoTexts {

	private DemoTexts() {
	}

	public static LocalizedText text(String german, @Nullable String english, @Nullable String arabic) {
		var values = new HashMap<String, String>();
		values.put("de", german);
		if (english != null) {
			values.put("en", english);
		}
		if (arabic != null) {
			values.put("ar", arabic);
		}
		return LocalizedText.of(Map.copyOf(values));
	}
}
