package org.integrationskompass.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The site module's messages exist in every language, and the Leichte Sprache text is the same German everywhere. */
class SiteBundleTests {

	@Test
	void hasTheSameKeysInGermanEnglishAndArabic() throws IOException {
		var german = bundle("site").keySet();

		assertThat(bundle("site_en").keySet()).isEqualTo(german);
		assertThat(bundle("site_ar").keySet()).isEqualTo(german);
		assertThat(german).allMatch(key -> key.startsWith("site."));
	}

	@Test
	void keepsTheLeichteSpracheTextGermanInEveryBundle() throws IOException {
		var german = easyReadText(bundle("site"));

		assertThat(german).isNotEmpty();
		assertThat(easyReadText(bundle("site_en"))).isEqualTo(german);
		assertThat(easyReadText(bundle("site_ar"))).isEqualTo(german);
	}

	@Test
	void leavesNoValueEmpty() throws IOException {
		for (var name : new String[] { "site", "site_en", "site_ar" }) {
			assertThat(bundle(name)).as(name).allSatisfy((key, value) -> assertThat(value).as(key).isNotBlank());
		}
	}

	private static Map<String, String> easyReadText(Map<String, String> bundle) {
		var text = new TreeMap<String, String>();
		bundle.forEach((key, value) -> {
			if (key.startsWith("site.easyRead.text.") || key.equals("site.easyRead.germanPage")) {
				text.put(key, value);
			}
		});
		return text;
	}

	private static Map<String, String> bundle(String name) throws IOException {
		var properties = new Properties();
		try (var in = SiteBundleTests.class.getResourceAsStream("/i18n/" + name + ".properties")) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		var values = new TreeMap<String, String>();
		properties.forEach((key, value) -> values.put((String) key, (String) value));
		return values;
	}
}
