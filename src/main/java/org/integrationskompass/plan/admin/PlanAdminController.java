package org.integrationskompass.plan.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import org.integrationskompass.plan.domain.DecimalInput;
import org.integrationskompass.plan.domain.IndicatorValueRepository;
import org.integrationskompass.plan.domain.IndicatorValues;
import org.integrationskompass.plan.domain.PlanOverview;
import org.integrationskompass.plan.domain.ValueImport;
import org.integrationskompass.plan.domain.ValueProblem;
import org.integrationskompass.shared.web.NotFoundException;
import org.integrationskompass.shared.web.RequestLanguage;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan in the back office: every field of action with its measures and indicators, and per indicator its values
 * with a form to record one by hand (publishing {@code IndicatorValueRecorded}) or remove a mistaken one.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class PlanAdminController {

	static final String PLAN = "/admin/integrationsplan";

	private final PlanOverview overview;

	private final IndicatorValues values;

	private final IndicatorValueRepository valueRepository;

	PlanAdminController(PlanOverview overview, IndicatorValues values, IndicatorValueRepository valueRepository) {
		this.overview = overview;
		this.values = values;
		this.valueRepository = valueRepository;
	}

	@GetMapping(PLAN)
	String index(Model model) {
		model.addAttribute("fields", overview.plan());
		return "plan/admin/index";
	}

	@GetMapping(PLAN + "/indikatoren/{id}")
	String indicator(@PathVariable String id, Model model) {
		model.addAttribute("form", ValueForm.empty());
		return indicatorPage(id, model);
	}

	@PostMapping(PLAN + "/indikatoren/{id}/werte")
	String record(@PathVariable String id, @Valid @ModelAttribute("form") ValueForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletRequest request) {
		var node = node(id);
		var date = form.date() == null || form.date().isBlank() ? null : ValueImport.date(form.date());
		if (date == null && !errors.hasFieldErrors("date")) {
			errors.rejectValue("date", ValueProblem.DATE_INVALID.messageKey());
		}
		var number = DecimalInput.parse(form.value());
		if (!number.ok() && !errors.hasFieldErrors("value")) {
			errors.rejectValue("value", number.problem() == DecimalInput.Problem.AMBIGUOUS
					? ValueProblem.AMBIGUOUS_NUMBER.messageKey() : ValueProblem.NOT_A_NUMBER.messageKey());
		}
		if (!errors.hasErrors() && date != null && number.value() != null) {
			var note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
			Optional<ValueProblem> problem;
			try {
				problem = values.record(node.indicator().id(), date, number.value(), note);
			}
			catch (DataIntegrityViolationException storedMeanwhile) {
				problem = Optional.of(ValueProblem.ALREADY_RECORDED);
			}
			if (problem.isEmpty()) {
				redirect.addFlashAttribute("recorded", true);
				return "redirect:" + RequestLanguage.prefix(request) + PLAN + "/indikatoren/" + node.indicator().id();
			}
			errors.rejectValue(problem.get() == ValueProblem.NOTE_TOO_LONG ? "note" : "date", problem.get().messageKey());
		}
		return indicatorPage(id, model);
	}

	@PostMapping(PLAN + "/indikatoren/{id}/werte/{valueId}/entfernen")
	String remove(@PathVariable String id, @PathVariable String valueId, RedirectAttributes redirect,
			HttpServletRequest request) {
		var node = node(id);
		var value = valueRepository.findById(uuid(valueId))
			.filter(found -> found.indicatorId().equals(node.indicator().id()))
			.orElseThrow(() -> new NotFoundException("value " + valueId));
		values.remove(value.id());
		redirect.addFlashAttribute("removed", true);
		return "redirect:" + RequestLanguage.prefix(request) + PLAN + "/indikatoren/" + node.indicator().id();
	}

	private String indicatorPage(String id, Model model) {
		model.addAttribute("node", node(id));
		return "plan/admin/indicator";
	}

	private PlanOverview.IndicatorNode node(String id) {
		var wanted = uuid(id);
		return overview.plan().stream()
			.flatMap(field -> field.allIndicators().stream())
			.filter(node -> node.indicator().id().equals(wanted))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("indicator " + id));
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFoundException("indicator " + id);
		}
	}
}
