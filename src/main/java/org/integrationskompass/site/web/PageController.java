package org.integrationskompass.site.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Period;
import org.integrationskompass.shared.web.SiteLanguages;
import org.integrationskompass.site.domain.FeedbackService;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The fixed pages of the public shell: imprint, privacy statement, Leichte Sprache and sign language. */
@Controller
class PageController {

	private final FeedbackService feedback;

	private final @Nullable String video;

	private final @Nullable String captions;

	/** How long registrations for events keep personal data (events module setting, stated here). */
	private final Period eventRetention;

	PageController(FeedbackService feedback, SignLanguageSettings signLanguage, SiteLanguages site,
			@Value("${platform.events.registration-retention:P90D}") Period eventRetention) {
		this.eventRetention = eventRetention;
		this.feedback = feedback;
		this.video = sameHost(signLanguage.signLanguageVideo(), site.baseUrl());
		this.captions = video == null ? null
				: sameHost(signLanguage.signLanguageCaptions() == null || signLanguage.signLanguageCaptions().isBlank()
						? withExtension(video, ".vtt") : signLanguage.signLanguageCaptions(), site.baseUrl());
	}

	/** Fails at start-up rather than showing a video the content security policy would block. */
	private static @Nullable String sameHost(@Nullable String location, String baseUrl) {
		if (location == null || location.isBlank()) {
			return null;
		}
		var value = location.strip();
		if ((value.startsWith("/") && !value.startsWith("//")) || value.startsWith(baseUrl + "/")) {
			return value;
		}
		throw new IllegalStateException("platform.site.sign-language-video and -captions must be a path on this server "
				+ "or a URL under platform.site.base-url (" + baseUrl + "), not " + value);
	}

	private static String withExtension(String path, String extension) {
		var query = path.indexOf('?');
		var plain = query < 0 ? path : path.substring(0, query);
		var dot = plain.lastIndexOf('.');
		return (dot > plain.lastIndexOf('/') ? plain.substring(0, dot) : plain) + extension;
	}

	@GetMapping("/impressum")
	String imprint() {
		return "site/imprint";
	}

	@GetMapping("/datenschutz")
	String privacy(Model model) {
		model.addAttribute("retentionDays", feedback.retention().toDays());
		model.addAttribute("eventRetentionDays", eventRetention.toTotalMonths() * 30 + eventRetention.getDays());
		return "site/privacy";
	}

	@GetMapping("/leichte-sprache")
	String easyRead() {
		return "site/easy-read";
	}

	@GetMapping("/gebaerdensprache")
	String signLanguage(HttpServletRequest request, Model model) {
		if (video != null && captions != null) {
			model.addAttribute("video", new SignLanguageVideo(local(request, video), local(request, captions)));
		}
		return "site/sign-language";
	}

	private static String local(HttpServletRequest request, String location) {
		return location.startsWith("/") ? request.getContextPath() + location : location;
	}
}
