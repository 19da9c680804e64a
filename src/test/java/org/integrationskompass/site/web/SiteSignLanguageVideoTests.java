package org.integrationskompass.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.util.List;
import org.integrationskompass.shared.web.SiteLanguages;
import org.integrationskompass.site.domain.FeedbackService;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.ui.ExtendedModelMap;

/** The sign-language page shows a configured video with captions, and only from the portal's own host. */
class SiteSignLanguageVideoTests {

	private static final SiteLanguages SITE = new SiteLanguages(List.of("de", "en", "ar"), "https://kompass.example.org");

	@Test
	void showsTheConfiguredVideoWithCaptionsBesideIt() {
		var model = new ExtendedModelMap();

		controller("/media/dgs/integrationskompass.mp4", null).signLanguage(new MockHttpServletRequest(), model);

		assertThat(model.get("video"))
			.isEqualTo(new SignLanguageVideo("/media/dgs/integrationskompass.mp4", "/media/dgs/integrationskompass.vtt"));
	}

	@Test
	void takesExplicitCaptionsAndTheContextPath() {
		var model = new ExtendedModelMap();
		var request = new MockHttpServletRequest();
		request.setContextPath("/portal");

		controller("/media/dgs.webm", "/media/dgs-untertitel.vtt").signLanguage(request, model);

		assertThat(model.get("video")).isEqualTo(new SignLanguageVideo("/portal/media/dgs.webm", "/portal/media/dgs-untertitel.vtt"));
	}

	@Test
	void acceptsAUrlOnThePortalsOwnHost() {
		var model = new ExtendedModelMap();

		controller("https://kompass.example.org/media/dgs.mp4", null).signLanguage(new MockHttpServletRequest(), model);

		assertThat(model.get("video"))
			.isEqualTo(new SignLanguageVideo("https://kompass.example.org/media/dgs.mp4", "https://kompass.example.org/media/dgs.vtt"));
	}

	@Test
	void refusesToStartWithAVideoFromAnotherHost() {
		assertThatThrownBy(() -> controller("https://videos.example.com/dgs.mp4", null))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("platform.site.sign-language-video");
		assertThatThrownBy(() -> controller("//videos.example.com/dgs.mp4", null)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void showsNoVideoWhenNoneIsConfigured() {
		var model = new ExtendedModelMap();

		controller(" ", null).signLanguage(new MockHttpServletRequest(), model);

		assertThat(model.containsAttribute("video")).isFalse();
	}

	private static PageController controller(String video, String captions) {
		return new PageController(mock(FeedbackService.class), new SignLanguageSettings(video, captions), SITE,
				java.time.Period.ofDays(90));
	}
}
