package org.integrationskompass.regions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A municipality, identified by its AGS. Its Kreis is the first five digits of the AGS, so a municipality that
 * changes Kreis gets a new AGS (and thus a new row), as Hanau did in 2026.
 */
@Entity
@Table(name = "regions_gemeinde")
public class Gemeinde {

	@Id
	private String ags;

	@Column(nullable = false)
	private String name;

	@Column(name = "official_name", nullable = false)
	private String officialName;

	@Column(name = "search_name", nullable = false)
	private String searchName;

	@Column(name = "kreis_key", nullable = false)
	private String kreisKey;

	@Column(nullable = false)
	private double latitude;

	@Column(nullable = false)
	private double longitude;

	@Column(name = "valid_from")
	private @Nullable LocalDate validFrom;

	@Column(name = "valid_to")
	private @Nullable LocalDate validTo;

	protected Gemeinde() {
	}

	public Gemeinde(String ags, String name, String officialName, double latitude, double longitude) {
		this.ags = ags;
		this.kreisKey = ags.substring(0, 5);
		this.name = name;
		this.officialName = officialName;
		this.searchName = SearchName.of(name);
		this.latitude = latitude;
		this.longitude = longitude;
	}

	/** @return whether anything changed */
	public boolean update(String name, String officialName, double latitude, double longitude) {
		var changed = !this.name.equals(name) || !this.officialName.equals(officialName)
				|| Double.compare(this.latitude, latitude) != 0 || Double.compare(this.longitude, longitude) != 0;
		this.name = name;
		this.officialName = officialName;
		this.searchName = SearchName.of(name);
		this.latitude = latitude;
		this.longitude = longitude;
		return changed;
	}

	public boolean isValidOn(LocalDate day) {
		return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
	}

	public String ags() {
		return ags;
	}

	public String name() {
		return name;
	}

	public String officialName() {
		return officialName;
	}

	public String searchName() {
		return searchName;
	}

	public String kreisKey() {
		return kreisKey;
	}

	public double latitude() {
		return latitude;
	}

	public double longitude() {
		return longitude;
	}
}
