package org.integrationskompass.news.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of action (Handlungsfelder) an article belongs to: the seven working groups of the integration
 * conference, as in the integration plan. The plan module offers no list of its fields to other modules yet, so
 * news keeps this fixed list; the message key is {@code news.topic.<NAME>}.
 */
public enum NewsTopic {

	LANGUAGE_EDUCATION("sprache-bildung"),
	ECONOMY_LABOUR("wirtschaft-arbeitsmarkt"),
	HEALTH_FAMILY_EQUALITY("gesundheit-familie-gleichberechtigung"),
	PARTICIPATION("partizipation-sport-wohnen-freizeit"),
	RELIGION_CULTURE_MEDIA("religion-kultur-medien"),
	INTERCULTURAL_OPENING("interkulturelle-oeffnung-antidiskriminierung"),
	IMMIGRATION_REFUGEES("zuwanderung-fluechtlinge");

	private final String slug;

	NewsTopic(String slug) {
		this.slug = slug;
	}

	/** The value of the list's and the feeds' {@code handlungsfeld} filter. */
	public String slug() {
		return slug;
	}

	public String messageKey() {
		return "news.topic." + name();
	}

	public static Optional<NewsTopic> ofSlug(String slug) {
		return Arrays.stream(values()).filter(topic -> topic.slug.equals(slug)).findFirst();
	}
}
