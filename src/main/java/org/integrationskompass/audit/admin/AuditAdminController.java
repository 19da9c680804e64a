package org.integrationskompass.audit.admin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.integrationskompass.audit.domain.AuditLog;
import org.integrationskompass.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for administrators: newest first, filtered by kind of record, record ID, person and period, 50 per
 * page. Filter values that make no sense (an unknown kind, a date like "gestern") are left out with a notice, never
 * an error page.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditAdminController {

	static final String LIST = "/admin/protokoll";

	static final int PAGE_SIZE = 50;

	private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

	private final AuditLog auditLog;

	AuditAdminController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping(LIST)
	String index(@RequestParam(required = false) @Nullable String typ,
			@RequestParam(required = false) @Nullable String kennung, @RequestParam(required = false) @Nullable String wer,
			@RequestParam(required = false) @Nullable String von, @RequestParam(required = false) @Nullable String bis,
			@RequestParam(defaultValue = "1") String seite, Model model) {
		var ignored = new ArrayList<String>();
		var type = blankToNull(typ);
		if (type != null && !auditLog.subjectTypes().contains(type)) {
			ignored.add("typ");
			type = null;
		}
		var from = date(von, "von", ignored);
		var until = date(bis, "bis", ignored);
		var page = page(seite);
		var filter = new AuditLog.Filter(type, shortened(kennung, 100), shortened(wer, 200),
				from == null ? null : from.atStartOfDay(OFFICE_ZONE).toInstant(),
				until == null ? null : until.plusDays(1).atStartOfDay(OFFICE_ZONE).toInstant());
		var result = auditLog.search(filter, page, PAGE_SIZE);
		model.addAttribute("entries", result.entries().stream().map(AuditAdminController::row).toList());
		model.addAttribute("total", result.total());
		model.addAttribute("pages", result.pages());
		model.addAttribute("page", page);
		model.addAttribute("types", auditLog.subjectTypes());
		model.addAttribute("typ", type);
		model.addAttribute("kennung", filter.subjectId());
		model.addAttribute("wer", filter.actor());
		model.addAttribute("von", from == null ? null : from.toString());
		model.addAttribute("bis", until == null ? null : until.toString());
		model.addAttribute("ignored", ignored);
		model.addAttribute("retentionDays", auditLog.retention().getDays() + auditLog.retention().toTotalMonths() * 30);
		return "audit/admin/index";
	}

	@GetMapping(LIST + "/{id:[0-9]{1,18}}")
	String show(@PathVariable long id, Model model) {
		var details = auditLog.find(id).orElseThrow(() -> new NotFoundException("audit entry " + id));
		model.addAttribute("entry", row(details.entry()));
		model.addAttribute("changes", details.changes());
		return "audit/admin/show";
	}

	private static EntryRow row(AuditLog.Entry entry) {
		return new EntryRow(entry.id(), entry.changedAt().atZone(OFFICE_ZONE), entry.actor(), entry.subjectType(),
				entry.subjectId(), entry.subjectLabel(), entry.action(), entry.changeCount());
	}

	private static @Nullable LocalDate date(@Nullable String text, String name, List<String> ignored) {
		var value = blankToNull(text);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException unreadable) {
			ignored.add(name);
			return null;
		}
	}

	private static int page(String text) {
		try {
			return Math.max(1, Math.min(100_000, Integer.parseInt(text.strip())));
		}
		catch (NumberFormatException notANumber) {
			return 1;
		}
	}

	private static @Nullable String shortened(@Nullable String text, int max) {
		var value = blankToNull(text);
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** One line of the log as the page shows it, in the office's time zone. */
	record EntryRow(long id, java.time.ZonedDateTime changedAt, String actor, String subjectType, String subjectId,
			@Nullable String subjectLabel, String action, int changeCount) {
	}
}
