package org.integrationskompass.regions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.integrationskompass.regions.KreisSummary;
import org.integrationskompass.regions.KreisType;
import org.jspecify.annotations.Nullable;

/**
 * A Landkreis or kreisfreie Stadt. The rows are built-in reference data (Flyway); an import only adds outlines.
 * A reform that changes a Kreis key (Hanau, 2026) adds a row with validity dates, so stored keys keep their meaning.
 */
@Entity
@Table(name = "regions_kreis")
public class Kreis {

	@Id
	@Column(name = "kreis_key")
	private String key;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private KreisType kind;

	@Column(name = "regierungsbezirk_key", nullable = false)
	private String regierungsbezirkKey;

	@Column(name = "valid_from")
	private @Nullable LocalDate validFrom;

	@Column(name = "valid_to")
	private @Nullable LocalDate validTo;

	@Column(name = "shape_geojson")
	private @Nullable String shapeGeoJson;

	protected Kreis() {
	}

	public boolean isValidOn(LocalDate day) {
		return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
	}

	/** @return whether the outline changed */
	public boolean outline(String geoJson) {
		if (geoJson.equals(shapeGeoJson)) {
			return false;
		}
		shapeGeoJson = geoJson;
		return true;
	}

	public KreisSummary asSummary(String regierungsbezirkName) {
		return new KreisSummary(key, name, kind, regierungsbezirkKey, regierungsbezirkName, validFrom, validTo);
	}

	public String key() {
		return key;
	}

	public String name() {
		return name;
	}

	public KreisType kind() {
		return kind;
	}

	public String regierungsbezirkKey() {
		return regierungsbezirkKey;
	}

	public @Nullable String shapeGeoJson() {
		return shapeGeoJson;
	}
}
