package org.integrationskompass.conference.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.integrationskompass.shared.domain.LocalizedText;

/** A working group (Arbeitsgruppe) of the conference: its name, its remit and the members taking part. */
@Entity
@Table(name = "conference_working_group")
public class WorkingGroup {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String slug;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private LocalizedText name;

	@Column(nullable = false)
	private LocalizedText remit;

	// a handful of IDs that every page showing a group needs
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "conference_group_member", joinColumns = @JoinColumn(name = "working_group_id"))
	@Column(name = "member_id")
	private Set<UUID> memberIds = new HashSet<>();

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected WorkingGroup() {
		this.id = UUID.randomUUID();
		this.slug = "";
		this.name = LocalizedText.empty();
		this.remit = LocalizedText.empty();
		this.updatedAt = Instant.EPOCH;
	}

	WorkingGroup(String slug, int position, LocalizedText name, LocalizedText remit, Instant now) {
		this();
		this.slug = slug;
		this.position = position;
		this.name = name;
		this.remit = remit;
		this.updatedAt = now;
	}

	public UUID id() {
		return id;
	}

	public String slug() {
		return slug;
	}

	public int position() {
		return position;
	}

	public LocalizedText name() {
		return name;
	}

	public LocalizedText remit() {
		return remit;
	}

	public Set<UUID> memberIds() {
		return Set.copyOf(memberIds);
	}

	void change(LocalizedText name, LocalizedText remit, Set<UUID> members, Instant now) {
		this.name = name;
		this.remit = remit;
		this.memberIds.clear();
		this.memberIds.addAll(members);
		this.updatedAt = now;
	}

	void removeMember(UUID member) {
		memberIds.remove(member);
	}
}
