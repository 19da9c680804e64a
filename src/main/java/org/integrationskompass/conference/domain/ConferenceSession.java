package org.integrationskompass.conference.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A session of the conference: a plenary or a working group's meeting, with its time, place, agenda, minutes
 * (plain text with paragraphs) and results. Drafts are visible in the back office only.
 */
@Entity
@Table(name = "conference_session")
public class ConferenceSession {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String slug;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SessionKind kind;

	@Column(name = "working_group_id")
	private @Nullable UUID workingGroupId;

	@Column(nullable = false)
	private LocalizedText title;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "ends_at", nullable = false)
	private Instant endsAt;

	@Column(nullable = false)
	private String place;

	@Column(nullable = false)
	private LocalizedText minutes;

	@Column(nullable = false)
	private boolean published;

	// small lists every page of a session shows; loaded by their own selects, not joined
	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "conference_agenda_item", joinColumns = @JoinColumn(name = "session_id"))
	@OrderColumn(name = "position")
	private List<AgendaItem> agenda = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "conference_result", joinColumns = @JoinColumn(name = "session_id"))
	@OrderColumn(name = "position")
	private List<SessionResult> results = new ArrayList<>();

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected ConferenceSession() {
		this.id = UUID.randomUUID();
		this.slug = "";
		this.kind = SessionKind.PLENARY;
		this.title = LocalizedText.empty();
		this.startsAt = Instant.EPOCH;
		this.endsAt = Instant.EPOCH;
		this.place = "";
		this.minutes = LocalizedText.empty();
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	ConferenceSession(String slug, SessionDetails details, Instant now) {
		this();
		this.slug = slug;
		this.createdAt = now;
		change(details, now);
	}

	void change(SessionDetails details, Instant now) {
		this.kind = details.kind();
		this.workingGroupId = details.kind() == SessionKind.PLENARY ? null : details.workingGroupId();
		this.title = details.title();
		// sessions are planned to the minute; seconds would only show up in machine-readable dates
		this.startsAt = details.startsAt().truncatedTo(ChronoUnit.MINUTES);
		this.endsAt = details.endsAt().truncatedTo(ChronoUnit.MINUTES);
		this.place = details.place();
		this.minutes = details.minutes();
		this.agenda.clear();
		details.agenda().forEach(item -> agenda.add(new AgendaItem(item)));
		this.updatedAt = now;
	}

	void publish(boolean published, Instant now) {
		this.published = published;
		this.updatedAt = now;
	}

	void addResult(SessionResult result, Instant now) {
		results.add(result);
		this.updatedAt = now;
	}

	void removeResult(int index, Instant now) {
		if (index >= 0 && index < results.size()) {
			results.remove(index);
			this.updatedAt = now;
		}
	}

	public UUID id() {
		return id;
	}

	public String slug() {
		return slug;
	}

	public SessionKind kind() {
		return kind;
	}

	public @Nullable UUID workingGroupId() {
		return workingGroupId;
	}

	public LocalizedText title() {
		return title;
	}

	public Instant startsAt() {
		return startsAt;
	}

	public Instant endsAt() {
		return endsAt;
	}

	public String place() {
		return place;
	}

	public LocalizedText minutes() {
		return minutes;
	}

	public boolean published() {
		return published;
	}

	public List<AgendaItem> agenda() {
		return List.copyOf(agenda);
	}

	public List<SessionResult> results() {
		return List.copyOf(results);
	}

	public Instant updatedAt() {
		return updatedAt;
	}
}
