package org.integrationskompass.contracts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.integrationskompass.shared.persistence.ChangeLogged;

/** A measure the partners agreed on in a contract, with its status and progress (entity name apart from the plan's measures). */
@ChangeLogged(value = "contract", part = "measure", owner = "contract")
@Entity(name = "ContractMeasure")
@Table(name = "contracts_measure")
public class Measure {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "contract_id", nullable = false, updatable = false)
	private @Nullable IntegrationContract contract;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private LocalizedText title;

	@Column(nullable = false)
	private LocalizedText description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MeasureStatus status;

	@Column(nullable = false)
	private int progress;

	protected Measure() {
		this.id = UUID.randomUUID();
		this.title = LocalizedText.empty();
		this.description = LocalizedText.empty();
		this.status = MeasureStatus.PLANNED;
	}

	Measure(IntegrationContract contract, int position, MeasureDetails details) {
		this.id = UUID.randomUUID();
		this.contract = contract;
		this.position = position;
		this.title = details.title();
		this.description = details.description();
		this.status = details.progress().status();
		this.progress = details.progress().progress();
		describe(details);
	}

	void describe(MeasureDetails details) {
		this.title = details.title();
		this.description = details.description();
		this.status = details.progress().status();
		// A measure that is done is at 100 %, so the stored number never contradicts the status.
		this.progress = details.progress().effective();
	}

	void position(int position) {
		this.position = position;
	}

	public UUID id() {
		return id;
	}

	public int position() {
		return position;
	}

	public LocalizedText title() {
		return title;
	}

	public LocalizedText description() {
		return description;
	}

	public MeasureStatus status() {
		return status;
	}

	public int progress() {
		return progressState().effective();
	}

	public MeasureProgress progressState() {
		return new MeasureProgress(status, progress);
	}
}
