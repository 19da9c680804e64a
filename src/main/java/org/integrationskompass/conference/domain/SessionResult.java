package org.integrationskompass.conference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A result of a session, possibly belonging to a measure of the integration plan (kept by its ID). */
@Embeddable
public class SessionResult {

	@Column(nullable = false)
	private LocalizedText text;

	@Column(name = "measure_id")
	private @Nullable UUID measureId;

	protected SessionResult() {
		this.text = LocalizedText.empty();
	}

	public SessionResult(LocalizedText text, @Nullable UUID measureId) {
		this.text = text;
		this.measureId = measureId;
	}

	public LocalizedText text() {
		return text;
	}

	public @Nullable UUID measureId() {
		return measureId;
	}
}
