package org.integrationskompass.plan.web;

import java.util.Locale;
import org.integrationskompass.plan.domain.PlanOverview;
import org.integrationskompass.shared.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public plan: the fields of action with their progress, a page per field, a page per indicator. */
@Controller
class PlanController {

	static final String PLAN = "/integrationsplan";

	private final PlanOverview overview;

	private final MessageSource messages;

	PlanController(PlanOverview overview, MessageSource messages) {
		this.overview = overview;
		this.messages = messages;
	}

	@GetMapping(PLAN)
	String index(Locale locale, Model model) {
		var format = new PlanFormat(locale, messages);
		var fields = overview.plan().stream().map(node -> PlanViews.field(node, format)).toList();
		model.addAttribute("fields", fields);
		model.addAttribute("demo", fields.stream().anyMatch(PlanViews.FieldView::demo));
		return "plan/index";
	}

	@GetMapping(PLAN + "/{slug}")
	String field(@PathVariable String slug, Locale locale, Model model) {
		var format = new PlanFormat(locale, messages);
		var node = overview.field(slug).orElseThrow(() -> new NotFoundException("field of action " + slug));
		model.addAttribute("field", PlanViews.field(node, format));
		return "plan/field";
	}

	@GetMapping(PLAN + "/indikatoren/{code}")
	String indicator(@PathVariable String code, Locale locale, Model model) {
		var format = new PlanFormat(locale, messages);
		for (var field : overview.plan()) {
			for (var measure : field.measures()) {
				for (var candidate : measure.allIndicators()) {
					if (candidate.indicator().code().equals(code)) {
						model.addAttribute("field", PlanViews.field(field, format));
						model.addAttribute("indicator", PlanViews.indicator(candidate, format));
						return "plan/indicator";
					}
				}
			}
		}
		throw new NotFoundException("indicator " + code);
	}
}
