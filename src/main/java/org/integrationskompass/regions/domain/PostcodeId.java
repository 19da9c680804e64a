package org.integrationskompass.regions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postcode within one municipality: some postcodes span two municipalities. */
@Embeddable
public record PostcodeId(@Column(name = "plz") String plz, @Column(name = "ags") String ags) {
}
