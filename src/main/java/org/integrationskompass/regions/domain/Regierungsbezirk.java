package org.integrationskompass.regions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.integrationskompass.regions.RegierungsbezirkSummary;

/** Built-in reference data (Flyway); the application only reads it. */
@Entity
@Table(name = "regions_regierungsbezirk")
public class Regierungsbezirk {

	@Id
	@Column(name = "bezirk_key")
	private String key;

	@Column(nullable = false)
	private String name;

	protected Regierungsbezirk() {
	}

	public String key() {
		return key;
	}

	public String name() {
		return name;
	}

	public RegierungsbezirkSummary asSummary() {
		return new RegierungsbezirkSummary(key, name);
	}
}
