package org.integrationskompass.plan.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.integrationskompass.plan.domain.DecimalInput;
import org.integrationskompass.plan.domain.Direction;
import org.integrationskompass.plan.domain.FieldOfAction;
import org.integrationskompass.plan.domain.FieldOfActionRepository;
import org.integrationskompass.plan.domain.Indicator;
import org.integrationskompass.plan.domain.IndicatorDetails;
import org.integrationskompass.plan.domain.IndicatorRepository;
import org.integrationskompass.plan.domain.Measure;
import org.integrationskompass.plan.domain.MeasureDetails;
import org.integrationskompass.plan.domain.MeasureRepository;
import org.integrationskompass.plan.domain.MeasureStatus;
import org.integrationskompass.plan.domain.PlanAdministration;
import org.integrationskompass.plan.domain.ValueImport;
import org.integrationskompass.shared.web.NotFoundException;
import org.integrationskompass.shared.web.RequestLanguage;
import org.integrationskompass.shared.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff edit the plan: the texts of a field of action, measures (a sub-measure hangs under a top-level measure of the
 * same field: one level, so the tree can have no cycles) and indicators. Forms with errors come back with 200, an
 * error summary and everything typed.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class PlanEditAdminController {

	private static final String PLAN = PlanAdminController.PLAN;

	private static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(1000);

	private final FieldOfActionRepository fields;

	private final MeasureRepository measures;

	private final IndicatorRepository indicators;

	private final PlanAdministration administration;

	PlanEditAdminController(FieldOfActionRepository fields, MeasureRepository measures, IndicatorRepository indicators,
			PlanAdministration administration) {
		this.fields = fields;
		this.measures = measures;
		this.indicators = indicators;
		this.administration = administration;
	}

	@ModelAttribute("statuses")
	MeasureStatus[] statuses() {
		return MeasureStatus.values();
	}

	@ModelAttribute("directions")
	Direction[] directions() {
		return Direction.values();
	}

	// fields of action

	@GetMapping(PLAN + "/handlungsfelder/{id}")
	String fieldForm(@PathVariable String id, Model model) {
		var field = field(id);
		model.addAttribute("form", FieldForm.of(field));
		model.addAttribute("field", field);
		return "plan/admin/field-form";
	}

	@PostMapping(PLAN + "/handlungsfelder/{id}")
	String updateField(@PathVariable String id, @Valid @ModelAttribute("form") FieldForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletRequest request) {
		var field = field(id);
		if (errors.hasErrors()) {
			model.addAttribute("field", field);
			return "plan/admin/field-form";
		}
		administration.describeField(field.id(), form.title(), form.description());
		redirect.addFlashAttribute("saved", true);
		return "redirect:" + RequestLanguage.prefix(request) + PLAN + "/handlungsfelder/" + field.id();
	}

	// measures

	@GetMapping(PLAN + "/handlungsfelder/{id}/massnahmen/neu")
	String newMeasure(@PathVariable String id, Model model) {
		model.addAttribute("form", MeasureForm.empty());
		return measurePage(field(id), null, model);
	}

	@PostMapping(PLAN + "/handlungsfelder/{id}/massnahmen/neu")
	String createMeasure(@PathVariable String id, @Valid @ModelAttribute("form") MeasureForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletRequest request) {
		var field = field(id);
		var details = check(form, errors, field, null);
		if (details == null) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, MeasureForm.FIELDS));
			return measurePage(field, null, model);
		}
		var created = administration.createMeasure(field.id(), details, false);
		redirect.addFlashAttribute("saved", true);
		return "redirect:" + RequestLanguage.prefix(request) + PLAN + "/massnahmen/" + created.id();
	}

	@GetMapping(PLAN + "/massnahmen/{id}")
	String editMeasure(@PathVariable String id, Model model) {
		var measure = measure(id);
		model.addAttribute("form", MeasureForm.of(measure));
		return measurePage(fieldOf(measure), measure, model);
	}

	@PostMapping(PLAN + "/massnahmen/{id}")
	String updateMeasure(@PathVariable String id, @Valid @ModelAttribute("form") MeasureForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletRequest request) {
		var measure = measure(id);
		var field = fieldOf(measure);
		var details = check(form, errors, field, measure);
		if (details == null) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, MeasureForm.FIELDS));
			return measurePage(field, measure, model);
		}
		administration.updateMeasure(measure.id(), details);
		redirect.addFlashAttribute("saved", true);
		return "redirect:" + RequestLanguage.prefix(request) + PLAN + "/massnahmen/" + measure.id();
	}

	// indicators

	@GetMapping(PLAN + "/massnahmen/{id}/indikatoren/neu")
	String newIndicator(@PathVariable String id, Model model) {
		model.addAttribute("form", IndicatorForm.empty());
		return indicatorPage(measure(id), null, model);
	}

	@PostMapping(PLAN + "/massnahmen/{id}/indikatoren/neu")
	String createIndicator(@PathVariable String id, @Valid @ModelAttribute("form") IndicatorForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletRequest request) {
		var measure = measure(id);
		var code = form.code() == null ? "" : form.code().strip();
		if (!errors.hasFieldErrors("code")) {
			if (!code.matches("[a-z0-9][a-z0-9-]{1,79}")) {
				errors.rejectValue("code", "plan.admin.indicatorForm.code.invalid");
			}
			else if (indicators.existsByCode(code)) {
				errors.rejectValue("code", "plan.admin.indicatorForm.code.taken");
			}
		}
		var details = check(form, errors, measure);
		if (details != null) {
			try {
				var created = administration.createIndicator(code, details);
				redirect.addFlashAttribute("saved", true);
				return "redirect:" + RequestLanguage.prefix(request) + PLAN + "/indikatoren/" + created.id();
			}
			catch (DataIntegrityViolationException sameCodeMeanwhile) {
				errors.rejectValue("code", "plan.admin.indicatorForm.code.taken");
			}
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, IndicatorForm.FIELDS));
		return indicatorPage(measure, null, model);
	}

	@GetMapping(PLAN + "/indikatoren/{id}/bearbeiten")
	String editIndicator(@PathVariable String id, Model model) {
		var indicator = indicator(id);
		model.addAttribute("form", IndicatorForm.of(indicator));
		return indicatorPage(measures.findById(indicator.measureId()).orElseThrow(), indicator, model);
	}

	@PostMapping(PLAN + "/indikatoren/{id}/bearbeiten")
	String updateIndicator(@PathVariable String id, @Valid @ModelAttribute("form") IndicatorForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletRequest request) {
		var indicator = indicator(id);
		var measure = measures.findById(indicator.measureId()).orElseThrow();
		var details = check(form, errors, measure);
		if (details == null) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, IndicatorForm.FIELDS));
			return indicatorPage(measure, indicator, model);
		}
		administration.updateIndicator(indicator.id(), details);
		redirect.addFlashAttribute("saved", true);
		return "redirect:" + RequestLanguage.prefix(request) + PLAN + "/indikatoren/" + indicator.id();
	}

	@PostMapping(PLAN + "/indikatoren/{id}/entfernen")
	String removeIndicator(@PathVariable String id, @RequestParam(name = "confirm", required = false) @Nullable String confirm,
			RedirectAttributes redirect, HttpServletRequest request) {
		var indicator = indicator(id);
		if (!"yes".equals(confirm)) {
			redirect.addFlashAttribute("notConfirmed", true);
			return "redirect:" + RequestLanguage.prefix(request) + PLAN + "/indikatoren/" + indicator.id() + "/bearbeiten";
		}
		administration.removeIndicator(indicator.id());
		redirect.addFlashAttribute("removed", indicator.title().in("de").text());
		return "redirect:" + RequestLanguage.prefix(request) + PLAN + "/massnahmen/" + indicator.measureId();
	}

	@PostMapping(PLAN + "/massnahmen/{id}/entfernen")
	String removeMeasure(@PathVariable String id, @RequestParam(name = "confirm", required = false) @Nullable String confirm,
			RedirectAttributes redirect, HttpServletRequest request) {
		var measure = measure(id);
		var back = "redirect:" + RequestLanguage.prefix(request) + PLAN + "/massnahmen/" + measure.id();
		if (!"yes".equals(confirm)) {
			redirect.addFlashAttribute("notConfirmed", true);
			return back;
		}
		if (!administration.removeMeasure(measure.id())) {
			redirect.addFlashAttribute("hasParts", true);
			return back;
		}
		redirect.addFlashAttribute("removed", measure.title().in("de").text());
		return "redirect:" + RequestLanguage.prefix(request) + PLAN;
	}

	private String measurePage(FieldOfAction field, @Nullable Measure measure, Model model) {
		model.addAttribute("field", field);
		model.addAttribute("measure", measure);
		model.addAttribute("parents", parents(field, measure));
		return "plan/admin/measure-form";
	}

	private String indicatorPage(Measure measure, @Nullable Indicator indicator, Model model) {
		model.addAttribute("measure", measure);
		model.addAttribute("indicator", indicator);
		return "plan/admin/indicator-form";
	}

	/** Top-level measures of the field other than this one, and none when this one has sub-measures of its own. */
	private List<Measure> parents(FieldOfAction field, @Nullable Measure measure) {
		var all = measures.findByFieldOfActionIdOrderByCreatedAt(field.id());
		if (measure != null && all.stream().anyMatch(m -> measure.id().equals(m.parentId()))) {
			return List.of();
		}
		return all.stream().filter(m -> m.parentId() == null)
			.filter(m -> measure == null || !m.id().equals(measure.id()))
			.sorted(Comparator.comparing(Measure::createdAt))
			.toList();
	}

	private @Nullable MeasureDetails check(MeasureForm form, BindingResult errors, FieldOfAction field,
			@Nullable Measure measure) {
		UUID parent = null;
		if (form.parentId() != null && !form.parentId().isBlank()) {
			parent = parents(field, measure).stream().map(Measure::id)
				.filter(id -> id.toString().equals(form.parentId())).findFirst().orElse(null);
			if (parent == null) {
				errors.rejectValue("parentId", "plan.admin.measureForm.parent.invalid");
			}
		}
		var startsOn = optionalDate(form.startsOn(), "startsOn", errors);
		var endsOn = optionalDate(form.endsOn(), "endsOn", errors);
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			errors.rejectValue("endsOn", "plan.admin.measureForm.end.beforeStart");
		}
		var status = parse(MeasureStatus.class, form.status());
		if (status == null) {
			errors.rejectValue("status", "typeMismatch");
		}
		var weight = weight(form.weight(), errors);
		if (errors.hasErrors() || status == null || weight == null) {
			return null;
		}
		return new MeasureDetails(parent, form.title(), form.description(),
				form.responsibleBody() == null ? "" : form.responsibleBody().strip(), startsOn, endsOn, status, weight);
	}

	private @Nullable IndicatorDetails check(IndicatorForm form, BindingResult errors, Measure measure) {
		var direction = parse(Direction.class, form.direction());
		if (direction == null) {
			errors.rejectValue("direction", "typeMismatch");
		}
		BigDecimal baseline = null;
		if (form.baselineValue() != null && !form.baselineValue().isBlank()) {
			baseline = number(form.baselineValue(), "baselineValue", errors);
		}
		var baselineOn = optionalDate(form.baselineOn(), "baselineOn", errors);
		if (baselineOn != null && baseline == null && !errors.hasFieldErrors("baselineValue")) {
			errors.rejectValue("baselineValue", "plan.admin.indicatorForm.baseline.missing");
		}
		BigDecimal target = null;
		if (!errors.hasFieldErrors("targetValue")) {
			target = number(form.targetValue(), "targetValue", errors);
		}
		LocalDate targetOn = null;
		if (!errors.hasFieldErrors("targetOn")) {
			targetOn = optionalDate(form.targetOn(), "targetOn", errors);
		}
		if (baselineOn != null && targetOn != null && !targetOn.isAfter(baselineOn)) {
			errors.rejectValue("targetOn", "plan.admin.indicatorForm.target.beforeBaseline");
		}
		if (direction != null && baseline != null && target != null) {
			var way = target.compareTo(baseline);
			if (direction == Direction.HIGHER_IS_BETTER && way < 0 || direction == Direction.LOWER_IS_BETTER && way > 0) {
				errors.rejectValue("targetValue", "plan.admin.indicatorForm.target.wrongWay");
			}
		}
		var weight = weight(form.weight(), errors);
		if (errors.hasErrors() || direction == null || target == null || targetOn == null || weight == null) {
			return null;
		}
		return new IndicatorDetails(measure.id(), form.title(), form.goal(), form.unit(), direction, baseline, baselineOn,
				target, targetOn, form.dataSource() == null ? "" : form.dataSource().strip(), weight,
				Boolean.TRUE.equals(form.demo()));
	}

	private static @Nullable LocalDate optionalDate(@Nullable String text, String field, BindingResult errors) {
		if (text == null || text.isBlank() || errors.hasFieldErrors(field)) {
			return null;
		}
		var date = ValueImport.date(text);
		if (date == null) {
			errors.rejectValue(field, "plan.value.problem.DATE_INVALID");
		}
		return date;
	}

	private static @Nullable BigDecimal number(@Nullable String text, String field, BindingResult errors) {
		var result = DecimalInput.parse(text);
		if (!result.ok()) {
			errors.rejectValue(field, result.problem() == DecimalInput.Problem.AMBIGUOUS
					? "plan.value.problem.AMBIGUOUS_NUMBER" : "plan.value.problem.NOT_A_NUMBER");
			return null;
		}
		if (result.value().abs().compareTo(new BigDecimal("1e14")) >= 0) {
			errors.rejectValue(field, "plan.admin.number.tooLarge");
			return null;
		}
		return result.value();
	}

	private static @Nullable BigDecimal weight(@Nullable String text, BindingResult errors) {
		if (errors.hasFieldErrors("weight")) {
			return null;
		}
		var weight = number(text, "weight", errors);
		if (weight != null && (weight.signum() < 0 || weight.compareTo(MAX_WEIGHT) > 0 || weight.scale() > 2)) {
			errors.rejectValue("weight", "plan.admin.weight.invalid");
			return null;
		}
		return weight;
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		try {
			return value == null ? null : Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	/** "1,5" for a form field (German, as staff type it). */
	static String german(BigDecimal value) {
		return plain(value);
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString().replace('.', ',');
	}

	private FieldOfAction field(String id) {
		return fields.findById(uuid(id)).orElseThrow(() -> new NotFoundException("field of action " + id));
	}

	private FieldOfAction fieldOf(Measure measure) {
		return fields.findById(measure.fieldOfActionId()).orElseThrow();
	}

	private Measure measure(String id) {
		return measures.findById(uuid(id)).orElseThrow(() -> new NotFoundException("measure " + id));
	}

	private Indicator indicator(String id) {
		return indicators.findById(uuid(id)).orElseThrow(() -> new NotFoundException("indicator " + id));
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFoundException("plan item " + id);
		}
	}
}
