package org.integrationskompass.plan.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.integrationskompass.plan.domain.PlanOverview;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The integration monitor: per field of action every indicator's chart, summary and data table; a print view of
 * the same (all on one page, no navigation); and the CSV download of all indicator data.
 */
@Controller
class MonitorController {

	static final String MONITOR = PlanController.PLAN + "/monitor";

	private final PlanOverview overview;

	private final MessageSource messages;

	MonitorController(PlanOverview overview, MessageSource messages) {
		this.overview = overview;
		this.messages = messages;
	}

	@GetMapping(MONITOR)
	String monitor(@RequestParam(name = "druck", required = false) @Nullable String print, Locale locale, Model model) {
		return page(print != null, locale, model);
	}

	@GetMapping(MONITOR + "/druck")
	String printView(Locale locale, Model model) {
		return page(true, locale, model);
	}

	@GetMapping(MONITOR + "/indikatoren.csv")
	ResponseEntity<byte[]> csv(Locale locale) {
		var csv = MonitorCsv.of(overview.plan(), new PlanFormat(locale, messages));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header("Content-Disposition", ContentDisposition.attachment()
				.filename("integrationsmonitor-indikatoren.csv").build().toString())
			.body(csv);
	}

	private String page(boolean print, Locale locale, Model model) {
		var format = new PlanFormat(locale, messages);
		var fields = overview.plan().stream().map(node -> PlanViews.field(node, format)).toList();
		model.addAttribute("fields", fields);
		model.addAttribute("print", print);
		model.addAttribute("demo", fields.stream().anyMatch(PlanViews.FieldView::demo));
		return "plan/monitor";
	}
}
