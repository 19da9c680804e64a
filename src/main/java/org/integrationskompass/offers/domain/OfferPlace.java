package org.integrationskompass.offers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.integrationskompass.shared.persistence.ChangeLogged;

/** Where an offer takes place; part of the offer, never shared between offers. */
@ChangeLogged(value = "offer", part = "place", owner = "offer")
@Entity
@Table(name = "offers_place")
@GeoPointBinding(fieldName = "location", projectable = Projectable.YES, sortable = Sortable.YES)
public class OfferPlace {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "offer_id", nullable = false, updatable = false)
	private @Nullable Offer offer;

	@Column(nullable = false)
	private int position;

	private @Nullable String label;

	private @Nullable String street;

	@Column(nullable = false)
	private String postcode;

	@Column(nullable = false)
	private String city;

	private @Nullable String ags;

	@Column(name = "kreis_key", nullable = false)
	@KeywordField(aggregable = Aggregable.YES)
	private String kreisKey;

	@Latitude
	@Column(nullable = false)
	private double latitude;

	@Longitude
	@Column(nullable = false)
	private double longitude;

	@Column(name = "opening_hours", nullable = false)
	private LocalizedText openingHours;

	@Column(name = "by_appointment", nullable = false)
	private boolean byAppointment;

	@Column(name = "barrier_free")
	private @Nullable Boolean barrierFree;

	protected OfferPlace() {
		this.postcode = "";
		this.city = "";
		this.kreisKey = "";
		this.openingHours = LocalizedText.empty();
	}

	OfferPlace(Offer offer, int position, PlaceDetails details) {
		this.offer = offer;
		this.position = position;
		this.label = details.label();
		this.street = details.street();
		this.postcode = details.postcode();
		this.city = details.city();
		this.ags = details.ags();
		this.kreisKey = details.kreisKey();
		this.latitude = details.latitude();
		this.longitude = details.longitude();
		this.openingHours = details.openingHours();
		this.byAppointment = details.byAppointment();
		this.barrierFree = details.barrierFree();
	}

	public PlaceDetails details() {
		return new PlaceDetails(label, street, postcode, city, ags, kreisKey, latitude, longitude, openingHours,
				byAppointment, barrierFree);
	}

	public int position() {
		return position;
	}

	public String city() {
		return city;
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
