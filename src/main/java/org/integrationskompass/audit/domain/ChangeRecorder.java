package org.integrationskompass.audit.domain;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.ComponentType;
import org.hibernate.type.Type;
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.shared.persistence.ChangeLogged;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes the audit log from Hibernate's own change events, so that no save of a {@link ChangeLogged} entity can
 * bypass it, whichever module, form or job made it. The changes of one transaction are gathered per record and
 * written just before it commits, on the same connection: a rolled-back change leaves no entry, a committed one
 * always has its entry. Values are kept short ({@value #MAX_VALUE} characters); pictures and files appear by size
 * only.
 */
@Component
class ChangeRecorder implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

	static final int MAX_VALUE = 500;

	/** Bookkeeping that changes with every save and says nothing about what changed. */
	private static final Set<String> TECHNICAL = Set.of("version", "created", "createdAt", "updated", "updatedAt",
			"uploadedAt");

	private static final String SYSTEM = "system";

	private final ClassValue<Optional<ChangeLogged>> markers = new ClassValue<>() {
		@Override
		protected Optional<ChangeLogged> computeValue(Class<?> type) {
			return Optional.ofNullable(type.getAnnotation(ChangeLogged.class));
		}
	};

	private final Map<SharedSessionContractImplementor, Map<String, PendingEntry>> pending = Collections
		.synchronizedMap(new WeakHashMap<>());

	private final Clock clock;

	ChangeRecorder(EntityManagerFactory entityManagerFactory, Clock clock) {
		this.clock = clock;
		var registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getEventListenerRegistry();
		registry.appendListeners(EventType.POST_INSERT, this);
		registry.appendListeners(EventType.POST_UPDATE, this);
		registry.appendListeners(EventType.POST_DELETE, this);
		registry.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
		registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
		registry.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		var marker = marker(event.getPersister());
		if (marker == null) {
			return;
		}
		var entry = entry(event.getSession(), marker, event.getPersister(), event.getId(), event.getState(),
				Action.CREATED);
		record(entry, marker, prefix(marker, event.getId()), event.getPersister(), event.getSession(), null,
				event.getState(), null);
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		var marker = marker(event.getPersister());
		if (marker == null) {
			return;
		}
		var entry = entry(event.getSession(), marker, event.getPersister(), event.getId(), event.getState(),
				Action.CHANGED);
		record(entry, marker, prefix(marker, event.getId()), event.getPersister(), event.getSession(),
				event.getOldState(), event.getState(), event.getDirtyProperties());
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		var marker = marker(event.getPersister());
		if (marker == null) {
			return;
		}
		var entry = entry(event.getSession(), marker, event.getPersister(), event.getId(), event.getDeletedState(),
				marker.part().isEmpty() ? Action.DELETED : Action.CHANGED);
		if (!marker.part().isEmpty()) {
			var prefix = prefix(marker, event.getId());
			entry.change(prefix.substring(0, prefix.length() - 1), describeEntity(event.getPersister(), event.getDeletedState()), null);
		}
	}

	@Override
	public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
		collectionChanged(event, null);
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		collectionChanged(event, event.getCollection().getStoredSnapshot());
	}

	@Override
	public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
		var owner = event.getAffectedOwnerOrNull();
		if (owner == null) {
			return;
		}
		var persister = event.getSession().getEntityPersister(event.getAffectedOwnerEntityName(), owner);
		var marker = marker(persister);
		if (marker == null || event.getCollectionPersister().isOneToMany()) {
			return;
		}
		var entry = entry(event.getSession(), marker, persister, event.getAffectedOwnerIdOrNull(), null,
				Action.CHANGED);
		entry.change(prefixed(marker, role(event)), describeElements(event.getSession(), event.getCollection().getStoredSnapshot()), null);
	}

	private void collectionChanged(AbstractCollectionEvent event, @Nullable Object snapshot) {
		var owner = event.getAffectedOwnerOrNull();
		if (owner == null || event.getCollectionPersister().isOneToMany()) {
			return;
		}
		var persister = event.getSession().getEntityPersister(event.getAffectedOwnerEntityName(), owner);
		var marker = marker(persister);
		if (marker == null || ignored(marker, role(event))) {
			return;
		}
		var entry = entry(event.getSession(), marker, persister, event.getAffectedOwnerIdOrNull(), null,
				Action.CHANGED);
		var before = snapshot == null ? null : describeElements(event.getSession(), snapshot);
		var after = describeElements(event.getSession(), event.getCollection());
		if (before == null || !before.equals(after)) {
			entry.change(prefixed(marker, role(event)), before, after);
		}
	}

	private static String role(AbstractCollectionEvent event) {
		var role = event.getCollection().getRole();
		return role == null ? "?" : role.substring(role.lastIndexOf('.') + 1);
	}

	private @Nullable ChangeLogged marker(EntityPersister persister) {
		return markers.get(persister.getMappedClass()).orElse(null);
	}

	private static boolean ignored(ChangeLogged marker, String property) {
		if (TECHNICAL.contains(property)) {
			return true;
		}
		for (var ignored : marker.ignore()) {
			if (ignored.equals(property)) {
				return true;
			}
		}
		return false;
	}

	private static String prefixed(ChangeLogged marker, String property) {
		return marker.part().isEmpty() ? property : marker.part() + "." + property;
	}

	/** "" for a record itself; "logo." for a part stored under its owner's ID; "place#12." for one of several. */
	private static String prefix(ChangeLogged marker, @Nullable Object id) {
		if (marker.part().isEmpty()) {
			return "";
		}
		return marker.part() + (marker.owner().isEmpty() ? "" : "#" + id) + ".";
	}

	/** Writes the property changes of one insert, update or delete into the record's entry. */
	private void record(PendingEntry entry, ChangeLogged marker, String prefix, EntityPersister persister,
			SharedSessionContractImplementor session, Object @Nullable [] oldState, Object[] state,
			int @Nullable [] dirty) {
		var names = persister.getPropertyNames();
		var types = persister.getPropertyTypes();
		for (var index = 0; index < names.length; index++) {
			if (dirty != null && !contains(dirty, index)) {
				continue;
			}
			var name = names[index];
			var type = types[index];
			if (type.isCollectionType() || ignored(marker, name) || name.equals(marker.owner())) {
				continue;
			}
			var before = oldState == null ? null : oldState[index];
			var after = state[index];
			if (type instanceof ComponentType component) {
				var parts = component.getPropertyNames();
				var beforeValues = before == null ? null : component.getPropertyValues(before, session);
				var afterValues = after == null ? null : component.getPropertyValues(after, session);
				for (var part = 0; part < parts.length; part++) {
					var partBefore = beforeValues == null ? null : beforeValues[part];
					var partAfter = afterValues == null ? null : afterValues[part];
					change(entry, prefix + name + "." + parts[part], session, component.getSubtypes()[part],
							oldState == null, partBefore, partAfter);
				}
			}
			else {
				change(entry, prefix + name, session, type, oldState == null, before, after);
			}
		}
	}

	private static void change(PendingEntry entry, String property, SharedSessionContractImplementor session, Type type,
			boolean created, @Nullable Object before, @Nullable Object after) {
		var oldText = created ? null : describe(session, type, before);
		var newText = describe(session, type, after);
		if (created && newText == null) {
			return;
		}
		if (created || !java.util.Objects.equals(oldText, newText)) {
			entry.change(property, oldText, newText);
		}
	}

	private static boolean contains(int[] values, int value) {
		for (var each : values) {
			if (each == value) {
				return true;
			}
		}
		return false;
	}

	private PendingEntry entry(SharedSessionContractImplementor session, ChangeLogged marker, EntityPersister persister,
			@Nullable Object id, Object @Nullable [] state, Action action) {
		var subjectId = marker.owner().isEmpty() ? String.valueOf(id) : ownerId(session, persister, marker, state);
		var label = marker.label().isEmpty() || state == null ? null
				: text(state[persister.getPropertyIndex(marker.label())]);
		var entries = pending.get(session);
		if (entries == null) {
			var created = new LinkedHashMap<String, PendingEntry>();
			pending.put(session, created);
			entries = created;
			session.getTransactionCompletionCallbacks()
				.registerCallback((org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback) this::write);
			session.getTransactionCompletionCallbacks()
				.registerCallback((org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback) (
						success, completed) -> pending.remove(completed));
		}
		var key = marker.value() + "/" + subjectId;
		var entry = entries.computeIfAbsent(key,
				ignored -> new PendingEntry(marker.value(), subjectId, actor(), clock.instant()));
		entry.merge(marker.part().isEmpty() ? action : Action.CHANGED, label);
		return entry;
	}

	private static String ownerId(SharedSessionContractImplementor session, EntityPersister persister,
			ChangeLogged marker, Object @Nullable [] state) {
		var owner = state == null ? null : state[persister.getPropertyIndex(marker.owner())];
		if (owner == null) {
			return "?";
		}
		var type = persister.getPropertyTypes()[persister.getPropertyIndex(marker.owner())];
		if (type.isEntityType()) {
			var id = session.getContextEntityIdentifier(owner);
			return String.valueOf(id != null ? id
					: session.getFactory().getMappingMetamodel().getEntityDescriptor(owner.getClass()).getIdentifier(owner, session));
		}
		return String.valueOf(owner);
	}

	private static String actor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return SYSTEM;
		}
		return shorten(authentication.getName(), 200);
	}

	private void write(SharedSessionContractImplementor session) {
		var entries = pending.remove(session);
		if (entries == null || entries.isEmpty()) {
			return;
		}
		var written = entries.values().stream().filter(PendingEntry::worthWriting).toList();
		if (written.isEmpty()) {
			return;
		}
		session.doWork(connection -> {
			for (var entry : written) {
				insert(connection, entry);
			}
		});
	}

	private static void insert(Connection connection, PendingEntry entry) throws SQLException {
		var label = entry.label;
		if (label == null) {
			try (var select = connection.prepareStatement("SELECT subject_label FROM audit_entry WHERE subject_type = ?"
					+ " AND subject_id = ? AND subject_label IS NOT NULL ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")) {
				select.setString(1, entry.type);
				select.setString(2, entry.id);
				try (var rows = select.executeQuery()) {
					label = rows.next() ? rows.getString(1) : null;
				}
			}
		}
		long entryId;
		try (var insert = connection.prepareStatement("INSERT INTO audit_entry (changed_at, actor, subject_type,"
				+ " subject_id, subject_label, action) VALUES (?, ?, ?, ?, ?, ?)", new String[] { "id" })) {
			insert.setTimestamp(1, Timestamp.from(entry.at));
			insert.setString(2, entry.actor);
			insert.setString(3, entry.type);
			insert.setString(4, shorten(entry.id, 100));
			insert.setString(5, label == null ? null : shorten(label, 300));
			insert.setString(6, entry.action.name());
			insert.executeUpdate();
			try (var keys = insert.getGeneratedKeys()) {
				keys.next();
				entryId = keys.getLong(1);
			}
		}
		if (entry.changes.isEmpty()) {
			return;
		}
		try (var insert = connection.prepareStatement(
				"INSERT INTO audit_change (entry_id, position, property, old_value, new_value) VALUES (?, ?, ?, ?, ?)")) {
			var position = 0;
			for (var change : entry.changes.values()) {
				insert.setLong(1, entryId);
				insert.setInt(2, position++);
				insert.setString(3, shorten(change.property(), 200));
				insert.setString(4, change.before());
				insert.setString(5, change.after());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private static @Nullable String describe(SharedSessionContractImplementor session, Type type,
			@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (type.isEntityType()) {
			var id = session.getContextEntityIdentifier(value);
			return id == null ? "?" : String.valueOf(id);
		}
		return describeValue(value);
	}

	private static @Nullable String describeValue(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof byte[] bytes) {
			return "(" + bytes.length + " bytes)";
		}
		if (value instanceof LocalizedText text) {
			if (text.isEmpty()) {
				return null;
			}
			return shorten(text.asMap()
				.entrySet()
				.stream()
				.map(each -> each.getKey() + ": " + each.getValue())
				.collect(Collectors.joining(" | ")), MAX_VALUE);
		}
		if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
			return null;
		}
		var text = String.valueOf(value);
		return text.isEmpty() ? null : shorten(text, MAX_VALUE);
	}

	private static String describeEntity(EntityPersister persister, Object @Nullable [] state) {
		if (state == null) {
			return "";
		}
		var names = persister.getPropertyNames();
		var parts = new ArrayList<String>();
		for (var index = 0; index < names.length; index++) {
			if (persister.getPropertyTypes()[index].isEntityType() || TECHNICAL.contains(names[index])) {
				continue;
			}
			var text = describeValue(state[index]);
			if (text != null) {
				parts.add(names[index] + "=" + text);
			}
		}
		return shorten(String.join(", ", parts), MAX_VALUE);
	}

	private static @Nullable String describeElements(SharedSessionContractImplementor session, @Nullable Object collection) {
		if (collection == null) {
			return null;
		}
		Collection<?> elements;
		if (collection instanceof PersistentCollection<?> persistent && !persistent.wasInitialized()) {
			return null;
		}
		if (collection instanceof Map<?, ?> map) {
			elements = map.values();
		}
		else if (collection instanceof Collection<?> values) {
			elements = values;
		}
		else {
			return null;
		}
		var described = new ArrayList<String>();
		for (var element : elements) {
			if (element == null) {
				continue;
			}
			var id = element instanceof String || element instanceof Enum<?> || element instanceof Number ? null
					: session.getContextEntityIdentifier(element);
			described.add(id != null ? String.valueOf(id) : String.valueOf(element));
		}
		Collections.sort(described);
		return described.isEmpty() ? null : shorten(String.join(", ", described), MAX_VALUE);
	}

	private static @Nullable String text(@Nullable Object value) {
		if (value instanceof LocalizedText text) {
			return text.get(LocalizedText.GERMAN).or(() -> text.asMap().values().stream().findFirst()).orElse(null);
		}
		return value == null ? null : String.valueOf(value);
	}

	static String shorten(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	enum Action {
		CREATED, CHANGED, DELETED
	}

	record Change(String property, @Nullable String before, @Nullable String after) {
	}

	/** What one transaction did to one record; several saves and parts merge into it. */
	private static final class PendingEntry {

		final String type;

		final String id;

		final String actor;

		final Instant at;

		@Nullable String label;

		@Nullable Action action;

		final Map<String, Change> changes = new LinkedHashMap<>();

		PendingEntry(String type, String id, String actor, Instant at) {
			this.type = type;
			this.id = id;
			this.actor = actor;
			this.at = at;
		}

		void merge(Action next, @Nullable String newLabel) {
			if (newLabel != null) {
				label = newLabel;
			}
			if (action == null || next == Action.DELETED) {
				action = next;
			}
		}

		/** Keeps the first old value and the last new value of a property changed twice in one transaction. */
		void change(String property, @Nullable String before, @Nullable String after) {
			var earlier = changes.get(property);
			changes.put(property, new Change(property, earlier == null ? before : earlier.before(), after));
		}

		boolean worthWriting() {
			if (action != Action.CHANGED) {
				return true;
			}
			changes.values().removeIf(change -> java.util.Objects.equals(change.before(), change.after()));
			return !changes.isEmpty();
		}
	}
}
