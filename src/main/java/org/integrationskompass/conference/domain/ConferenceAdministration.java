package org.integrationskompass.conference.domain;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.integrationskompass.conference.ConferenceSessionHeld;
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.shared.domain.Slug;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use cases that change the conference: members, working groups, sessions, results and documents. */
@Service
public class ConferenceAdministration {

	/** Dates and times of sessions are those of Hessen. */
	public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final MemberRepository members;

	private final WorkingGroupRepository groups;

	private final ConferenceSessionRepository sessions;

	private final SessionDocumentRepository documents;

	private final DocumentContentRepository contents;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	ConferenceAdministration(MemberRepository members, WorkingGroupRepository groups,
			ConferenceSessionRepository sessions, SessionDocumentRepository documents, DocumentContentRepository contents,
			ApplicationEventPublisher publisher, Clock clock) {
		this.members = members;
		this.groups = groups;
		this.sessions = sessions;
		this.documents = documents;
		this.contents = contents;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** Adds a member; an organisation of the directory or a name is a member only once. */
	@Transactional
	public Optional<Member> addMember(@Nullable UUID organisationId, String name) {
		var taken = organisationId != null ? members.findByOrganisationId(organisationId).isPresent()
				: members.existsByNameIgnoreCase(name.strip());
		if (taken) {
			return Optional.empty();
		}
		return Optional.of(members.save(new Member(organisationId, name.strip(), clock.instant())));
	}

	/** Removes a member, also from every working group. */
	@Transactional
	public void removeMember(UUID id) {
		groups.findAll().forEach(group -> group.removeMember(id));
		members.findById(id).ifPresent(members::delete);
	}

	@Transactional
	public WorkingGroup createWorkingGroup(LocalizedText name, LocalizedText remit, Set<UUID> memberIds) {
		return createWorkingGroup(null, name, remit, memberIds);
	}

	/** Creates a working group under the given address part (e.g. that of its field of action in the plan). */
	@Transactional
	public WorkingGroup createWorkingGroup(@Nullable String preferredSlug, LocalizedText name, LocalizedText remit,
			Set<UUID> memberIds) {
		var base = Slug.of(preferredSlug != null ? preferredSlug : name.in(LocalizedText.GERMAN).text());
		var slug = unique(base.isEmpty() ? "arbeitsgruppe" : base, groups::existsBySlug);
		var position = groups.findAll().stream().mapToInt(WorkingGroup::position).max().orElse(0) + 1;
		var group = new WorkingGroup(slug, position, name, remit, clock.instant());
		group.change(name, remit, known(memberIds), clock.instant());
		return groups.save(group);
	}

	@Transactional
	public void changeWorkingGroup(UUID id, LocalizedText name, LocalizedText remit, Set<UUID> memberIds) {
		groups.findById(id).orElseThrow().change(name, remit, known(memberIds), clock.instant());
	}

	@Transactional
	public ConferenceSession createSession(SessionDetails details) {
		var day = details.startsAt().atZone(BERLIN).toLocalDate();
		var title = Slug.of(details.title().in(LocalizedText.GERMAN).text());
		var slug = unique(day + (title.isEmpty() ? "" : "-" + title), sessions::existsBySlug);
		return sessions.save(new ConferenceSession(slug, details, clock.instant()));
	}

	@Transactional
	public void changeSession(UUID id, SessionDetails details) {
		sessions.findById(id).orElseThrow().change(details, clock.instant());
	}

	/** Publishes or withdraws a session; publishing tells other modules that it is held. */
	@Transactional
	public void publish(UUID id, boolean published) {
		var session = sessions.findById(id).orElseThrow();
		var wasPublished = session.published();
		session.publish(published, clock.instant());
		if (published && !wasPublished) {
			publisher.publishEvent(new ConferenceSessionHeld(session.id(), session.startsAt().atZone(BERLIN).toLocalDate()));
		}
	}

	@Transactional
	public void addResult(UUID sessionId, LocalizedText text, @Nullable UUID measureId) {
		sessions.findById(sessionId).orElseThrow().addResult(new SessionResult(text, measureId), clock.instant());
	}

	@Transactional
	public void removeResult(UUID sessionId, int index) {
		sessions.findById(sessionId).orElseThrow().removeResult(index, clock.instant());
	}

	@Transactional
	public SessionDocument addDocument(UUID sessionId, String title, String fileName, boolean accessible, byte[] pdf) {
		sessions.findById(sessionId).orElseThrow();
		var document = documents.save(new SessionDocument(sessionId, title, fileName, pdf.length, accessible,
				clock.instant()));
		contents.save(new DocumentContent(document.id(), pdf));
		return document;
	}

	@Transactional
	public void removeDocument(UUID sessionId, UUID documentId) {
		documents.findById(documentId).filter(document -> document.sessionId().equals(sessionId)).ifPresent(document -> {
			contents.deleteById(document.id());
			documents.delete(document);
		});
	}

	@Transactional(readOnly = true)
	public Optional<byte[]> content(UUID documentId) {
		return contents.findById(documentId).map(DocumentContent::data);
	}

	private Set<UUID> known(Set<UUID> memberIds) {
		var existing = Set.copyOf(members.findAllById(memberIds).stream().map(Member::id).toList());
		return Set.copyOf(memberIds.stream().filter(existing::contains).toList());
	}

	private static String unique(String base, java.util.function.Predicate<String> taken) {
		var candidate = base;
		for (var n = 2; taken.test(candidate); n++) {
			candidate = base + "-" + n;
		}
		return candidate;
	}
}
