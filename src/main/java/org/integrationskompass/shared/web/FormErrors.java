package org.integrationskompass.shared.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * Bean Validation reports errors in no particular order; a form's error summary should list them in the order of
 * the fields, so that it reads like the form it points into.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/** The same errors: first those about the whole form, then the field errors in the order of {@code fields}. */
	public static BindingResult inFieldOrder(BindingResult errors, List<String> fields) {
		var ordered = new BeanPropertyBindingResult(errors.getTarget(), errors.getObjectName());
		errors.getGlobalErrors().forEach(ordered::addError);
		errors.getFieldErrors().stream()
			.sorted(Comparator.comparingInt(error -> fields.indexOf(error.getField())))
			.forEach(ordered::addError);
		return ordered;
	}
}
