package org.integrationskompass.offers.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.integrationskompass.shared.domain.LocalizedText;

/** A field of action (Handlungsfeld); the seven working groups of the integration conference are the initial ones. */
@Entity
@Table(name = "offers_topic")
public class Topic extends ReferenceTerm {

	protected Topic() {
	}

	public Topic(String slug, LocalizedText name, int position) {
		super(slug, name, position);
	}
}
