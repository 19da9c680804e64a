package org.integrationskompass.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTests {

	@Test
	void showsTheTranslationInTheReadersLanguage() {
		var text = LocalizedText.of(Map.of("de", "Sprachkurs", "en", "Language course"));

		var translation = text.in(Locale.ENGLISH);

		assertThat(translation.text()).isEqualTo("Language course");
		assertThat(translation.fallback()).isFalse();
		assertThat(translation.language()).isEqualTo("en");
	}

	@Test
	void fallsBackToGermanAndSaysSoWhenATranslationIsMissing() {
		var text = LocalizedText.of(Map.of("de", "Sprachkurs", "en", "Language course"));

		var translation = text.in("ar");

		assertThat(translation.text()).isEqualTo("Sprachkurs");
		assertThat(translation.fallback()).isTrue();
		assertThat(translation.language()).isEqualTo("de");
		assertThat(translation.direction()).isEqualTo("ltr");
	}

	@Test
	void fallsBackToAnyLanguageWhenEvenGermanIsMissing() {
		var translation = LocalizedText.of(Map.of("ar", "دورة لغة")).in("en");

		assertThat(translation.text()).isEqualTo("دورة لغة");
		assertThat(translation.fallback()).isTrue();
		assertThat(translation.direction()).isEqualTo("rtl");
	}

	@Test
	void treatsBlankTranslationsAsMissing() {
		var text = LocalizedText.of(Map.of("de", "Beratung", "en", "   "));

		assertThat(text.get("en")).isEmpty();
		assertThat(text.in("en").fallback()).isTrue();
	}

	@Test
	void normalisesLanguageCodes() {
		var text = LocalizedText.german("Beratung").with("EN", "Counselling");

		assertThat(text.get("en")).contains("Counselling");
		assertThat(text.in(Locale.forLanguageTag("en-GB")).text()).isEqualTo("Counselling");
	}

	@Test
	void isEqualWhenAllTranslationsAreEqual() {
		assertThat(LocalizedText.of(Map.of("de", "A", "en", "B")))
			.isEqualTo(LocalizedText.german("A").with("en", "B"))
			.isNotEqualTo(LocalizedText.german("A"));
	}

	@Test
	void anEmptyTextRendersAsEmptyString() {
		assertThat(LocalizedText.empty().isEmpty()).isTrue();
		assertThat(LocalizedText.empty().in("de").text()).isEmpty();
	}
}
