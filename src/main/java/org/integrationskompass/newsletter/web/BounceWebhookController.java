package org.integrationskompass.newsletter.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.integrationskompass.newsletter.domain.NewsletterSettings;
import org.integrationskompass.newsletter.domain.Subscriptions;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bounces reported by the mail provider: {@code POST /integrationsbrief/bounces} with the shared secret in
 * {@code X-Bounce-Secret} and {@code {"email": …, "type": "hard"|"soft", "reason": …}}. No CSRF token (a machine
 * calls it; security exempts exactly this path), but nothing happens without the secret. An address that is not on
 * the list is answered like one that is.
 */
@RestController
class BounceWebhookController {

	static final String PATH = SubscriptionController.PAGE + "/bounces";

	private final Subscriptions subscriptions;

	private final NewsletterSettings settings;

	BounceWebhookController(Subscriptions subscriptions, NewsletterSettings settings) {
		this.subscriptions = subscriptions;
		this.settings = settings;
	}

	record BounceReport(@Nullable String email, @Nullable String type, @Nullable String reason) {
	}

	@PostMapping(path = PATH, consumes = "application/json")
	ResponseEntity<String> bounce(@RequestHeader(name = "X-Bounce-Secret", required = false) @Nullable String secret,
			@RequestBody BounceReport report) {
		if (!authorised(secret)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body("secret missing or wrong\n");
		}
		var type = report.type() == null ? "" : report.type().strip().toLowerCase(java.util.Locale.ROOT);
		if (report.email() == null || report.email().isBlank() || !(type.equals("hard") || type.equals("soft"))) {
			return ResponseEntity.badRequest().body("email and type (hard or soft) are required\n");
		}
		subscriptions.bounce(report.email(), type.equals("hard"), report.reason() == null ? "" : report.reason());
		return ResponseEntity.accepted().body("accepted\n");
	}

	private boolean authorised(@Nullable String secret) {
		var expected = settings.bounceSecret();
		return !expected.isEmpty() && secret != null && MessageDigest.isEqual(
				expected.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
	}
}
