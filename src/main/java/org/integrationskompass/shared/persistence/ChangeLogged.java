package org.integrationskompass.shared.persistence;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity whose changes go into the administrators' audit log (who changed what and when; Hibernate's own {@code @Audited} tables are not used). The audit
 * module reads this marker; the entity's module does not depend on it.
 * <p>
 * A record that belongs to another one (an offer's places, an event's picture) names that one as its
 * {@link #value() subject} and its own {@link #part() part}: its changes are listed under the owner, with the part's
 * name before each property ({@code place.city}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ChangeLogged {

	/** What the log calls the record, e.g. {@code offer}; the message key {@code audit.subject.<value>} names it. */
	String value();

	/** The property whose value names the record in the log, e.g. {@code name}; empty for parts. */
	String label() default "";

	/** For a part: its name, written before each of its properties. */
	String part() default "";

	/**
	 * For a part: the property holding its owner (the owning entity or the owner's ID); empty when the part's own
	 * ID is the owner's ID (a logo stored under its organisation's ID).
	 */
	String owner() default "";

	/** Properties whose changes are not worth an entry (counters, technical flags). */
	String[] ignore() default {};
}
