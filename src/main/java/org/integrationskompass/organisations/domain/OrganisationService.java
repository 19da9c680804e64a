package org.integrationskompass.organisations.domain;

import java.time.Clock;
import java.util.Optional;
import org.integrationskompass.organisations.OrganisationChanged;
import org.integrationskompass.organisations.OrganisationId;
import org.integrationskompass.shared.domain.Slug;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes organisations; the one place that publishes {@link OrganisationChanged}. */
@Service
public class OrganisationService {

	private final OrganisationRepository organisations;

	private final OrganisationLogoRepository logos;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	OrganisationService(OrganisationRepository organisations, OrganisationLogoRepository logos,
			ApplicationEventPublisher publisher, ObjectProvider<Clock> clock) {
		this.organisations = organisations;
		this.logos = logos;
		this.publisher = publisher;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Transactional(readOnly = true)
	public Optional<EditableOrganisation> findForEditing(OrganisationId id) {
		return organisations.findById(id.value())
			.map(organisation -> new EditableOrganisation(organisation.asSummary(), organisation.details(),
					organisation.version()));
	}

	/** An organisation for its public profile page, with when its logo last changed (empty when it has none). */
	@Transactional(readOnly = true)
	public Optional<OrganisationProfile> findProfile(String slug) {
		return organisations.findBySlug(slug)
			.map(organisation -> new OrganisationProfile(organisation.asSummary(), organisation.details(),
					logos.findById(organisation.id().value()).map(OrganisationLogo::updated)));
	}

	@Transactional(readOnly = true)
	public Optional<OrganisationLogo> findLogo(String slug) {
		return organisations.findBySlug(slug).flatMap(organisation -> logos.findById(organisation.id().value()));
	}

	@Transactional(readOnly = true)
	public boolean hasLogo(OrganisationId id) {
		return logos.existsById(id.value());
	}

	/** Stores or replaces the logo; the caller has checked that the bytes really are a PNG, JPEG or WebP image. */
	@Transactional
	public void replaceLogo(OrganisationId id, String contentType, byte[] data) {
		var existing = logos.findById(id.value());
		if (existing.isPresent()) {
			existing.get().replace(contentType, data, clock.instant());
		}
		else {
			logos.save(new OrganisationLogo(id, contentType, data, clock.instant()));
		}
	}

	@Transactional
	public void removeLogo(OrganisationId id) {
		logos.findById(id.value()).ifPresent(logos::delete);
	}

	@Transactional
	public Organisation create(OrganisationDetails details, boolean demo) {
		var id = OrganisationId.random();
		var organisation = organisations.save(new Organisation(id, uniqueSlug(details.name(), id), details, demo,
				clock.instant()));
		publisher.publishEvent(new OrganisationChanged(id, organisation.name()));
		return organisation;
	}

	/**
	 * Changes an organisation unless someone else changed it since {@code expectedVersion} was read (then the
	 * caller shows the current state instead of silently overwriting it).
	 */
	@Transactional
	public Organisation update(OrganisationId id, long expectedVersion, OrganisationDetails details) {
		var organisation = organisations.findById(id.value())
			.orElseThrow(() -> new IllegalArgumentException("No organisation " + id));
		if (organisation.version() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Organisation.class, id.value());
		}
		organisation.update(details, clock.instant());
		publisher.publishEvent(new OrganisationChanged(id, organisation.name()));
		return organisation;
	}

	private String uniqueSlug(String name, OrganisationId id) {
		var base = Slug.of(name);
		if (base.isEmpty()) {
			base = "organisation-" + id.value().toString().substring(0, 8);
		}
		var slug = base;
		for (int n = 2; organisations.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

}
