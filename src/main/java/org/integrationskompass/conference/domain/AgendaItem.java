package org.integrationskompass.conference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.integrationskompass.shared.domain.LocalizedText;

/** An item of a session's agenda; the order is the session's list order. */
@Embeddable
public class AgendaItem {

	@Column(nullable = false)
	private LocalizedText title;

	protected AgendaItem() {
		this.title = LocalizedText.empty();
	}

	public AgendaItem(LocalizedText title) {
		this.title = title;
	}

	public LocalizedText title() {
		return title;
	}
}
