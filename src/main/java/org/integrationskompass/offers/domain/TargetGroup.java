package org.integrationskompass.offers.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.integrationskompass.shared.domain.LocalizedText;

/** Who an offer is for (Zielgruppe). */
@Entity
@Table(name = "offers_target_group")
public class TargetGroup extends ReferenceTerm {

	protected TargetGroup() {
	}

	public TargetGroup(String slug, LocalizedText name, int position) {
		super(slug, name, position);
	}
}
