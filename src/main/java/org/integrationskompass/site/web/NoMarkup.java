package org.integrationskompass.site.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text must not look like HTML or a script URL. See {@link NoMarkupValidator} for the exact rule.
 * This is a courtesy check, not the protection: everything is stored as plain text and always printed escaped.
 */
@Documented
@Constraint(validatedBy = NoMarkupValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface NoMarkup {

	String message() default "{validation.noMarkup}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
