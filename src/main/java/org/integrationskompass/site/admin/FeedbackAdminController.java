package org.integrationskompass.site.admin;

import java.time.ZoneId;
import org.integrationskompass.site.domain.AccessibilityFeedback;
import org.integrationskompass.site.domain.FeedbackService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The editors read accessibility feedback here; they answer it by mail. */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class FeedbackAdminController {

	/** The retention period keeps the list short; this bounds one page if the form is flooded. */
	static final int SHOWN = 500;

	private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

	private final FeedbackService feedback;

	FeedbackAdminController(FeedbackService feedback) {
		this.feedback = feedback;
	}

	@GetMapping("/admin/rueckmeldungen")
	String index(Model model) {
		model.addAttribute("feedback", feedback.newest(SHOWN).stream().map(FeedbackAdminController::summary).toList());
		model.addAttribute("total", feedback.count());
		model.addAttribute("shown", SHOWN);
		model.addAttribute("retentionDays", feedback.retention().toDays());
		return "site/admin/feedback";
	}

	private static FeedbackSummary summary(AccessibilityFeedback item) {
		var retriesOver = item.mailAttempts() >= AccessibilityFeedback.MAX_MAIL_ATTEMPTS;
		return new FeedbackSummary(item.id(), item.receivedAt().atZone(OFFICE_ZONE), item.page().orElse(null),
				item.message(), item.senderName().orElse(null), item.senderEmail().orElse(null), item.language(),
				MailStatus.of(item.officeNotifiedAt().isPresent(), true, retriesOver),
				MailStatus.of(item.senderConfirmedAt().isPresent(), item.senderEmail().isPresent(), retriesOver),
				item.mailAttempts());
	}
}
