package org.integrationskompass.regions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A postcode area (or its part within one municipality) with its centroid. It remembers which data set it came
 * from, because the GeoNames fallback must never overwrite the primary postcode data.
 */
@Entity
@Table(name = "regions_postcode")
public class Postcode {

	@EmbeddedId
	private PostcodeId id;

	@Column(name = "municipality_name", nullable = false)
	private String municipalityName;

	@Column(name = "search_name", nullable = false)
	private String searchName;

	@Column(name = "kreis_key", nullable = false)
	private String kreisKey;

	@Column(nullable = false)
	private double latitude;

	@Column(nullable = false)
	private double longitude;

	@Enumerated(EnumType.STRING)
	@Column(name = "data_set", nullable = false)
	private DataSet dataSet;

	protected Postcode() {
	}

	public Postcode(PostcodeId id, String municipalityName, double latitude, double longitude, DataSet dataSet) {
		this.id = id;
		this.kreisKey = id.ags().substring(0, 5);
		this.municipalityName = municipalityName;
		this.searchName = SearchName.of(municipalityName);
		this.latitude = latitude;
		this.longitude = longitude;
		this.dataSet = dataSet;
	}

	/** @return whether anything changed */
	public boolean update(String municipalityName, double latitude, double longitude, DataSet dataSet) {
		var changed = !this.municipalityName.equals(municipalityName) || Double.compare(this.latitude, latitude) != 0
				|| Double.compare(this.longitude, longitude) != 0 || this.dataSet != dataSet;
		this.municipalityName = municipalityName;
		this.searchName = SearchName.of(municipalityName);
		this.latitude = latitude;
		this.longitude = longitude;
		this.dataSet = dataSet;
		return changed;
	}

	public PostcodeId id() {
		return id;
	}

	public String plz() {
		return id.plz();
	}

	public String ags() {
		return id.ags();
	}

	public String municipalityName() {
		return municipalityName;
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

	public DataSet dataSet() {
		return dataSet;
	}
}
