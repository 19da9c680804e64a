package org.integrationskompass.audit.domain;

import jakarta.persistence.EntityManagerFactory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.integrationskompass.shared.persistence.ChangeLogged;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit log, and forgetting it after {@code platform.audit.retention} (default two years): the entries
 * name the staff and providers who made a change, which is personal data kept only as long as the office needs to
 * answer "who changed this?". Deleting old entries is one idempotent statement, safe with several instances.
 */
@Service
public class AuditLog {

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Period retention;

	private final SortedSet<String> subjectTypes = new TreeSet<>();

	AuditLog(JdbcClient jdbc, Clock clock, EntityManagerFactory entityManagerFactory,
			@Value("${platform.audit.retention:P730D}") Period retention) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.retention = retention;
		for (var entity : entityManagerFactory.getMetamodel().getEntities()) {
			var marker = entity.getJavaType().getAnnotation(ChangeLogged.class);
			if (marker != null) {
				subjectTypes.add(marker.value());
			}
		}
	}

	/** The kinds of records the log covers, for the filter. */
	public SortedSet<String> subjectTypes() {
		return subjectTypes;
	}

	public Period retention() {
		return retention;
	}

	@Transactional(readOnly = true)
	public EntryPage search(Filter filter, int page, int size) {
		var where = new StringBuilder(" WHERE 1 = 1");
		var parameters = new ArrayList<Object>();
		if (filter.subjectType() != null) {
			where.append(" AND e.subject_type = ?");
			parameters.add(filter.subjectType());
		}
		if (filter.subjectId() != null) {
			where.append(" AND e.subject_id = ?");
			parameters.add(filter.subjectId());
		}
		if (filter.actor() != null) {
			where.append(" AND LOWER(e.actor) LIKE ? ESCAPE '\\'");
			parameters.add("%" + escapeLike(filter.actor().toLowerCase(java.util.Locale.ROOT)) + "%");
		}
		if (filter.from() != null) {
			where.append(" AND e.changed_at >= ?");
			parameters.add(Timestamp.from(filter.from()));
		}
		if (filter.until() != null) {
			where.append(" AND e.changed_at < ?");
			parameters.add(Timestamp.from(filter.until()));
		}
		var total = jdbc.sql("SELECT COUNT(*) FROM audit_entry e" + where).params(parameters).query(Long.class).single();
		var pageParameters = new ArrayList<>(parameters);
		pageParameters.add((long) Math.max(0, page - 1) * size);
		pageParameters.add(size);
		var entries = jdbc
			.sql("SELECT e.*, (SELECT COUNT(*) FROM audit_change c WHERE c.entry_id = e.id) AS change_count"
					+ " FROM audit_entry e" + where + " ORDER BY e.changed_at DESC, e.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
			.params(pageParameters)
			.query(AuditLog::entry)
			.list();
		return new EntryPage(entries, total, size);
	}

	@Transactional(readOnly = true)
	public Optional<EntryDetails> find(long id) {
		return jdbc
			.sql("SELECT e.*, (SELECT COUNT(*) FROM audit_change c WHERE c.entry_id = e.id) AS change_count"
					+ " FROM audit_entry e WHERE e.id = ?")
			.param(id)
			.query(AuditLog::entry)
			.optional()
			.map(entry -> new EntryDetails(entry, jdbc
				.sql("SELECT property, old_value, new_value FROM audit_change WHERE entry_id = ? ORDER BY position")
				.param(id)
				.query((rows, number) -> new PropertyChange(rows.getString(1), rows.getString(2), rows.getString(3)))
				.list()));
	}

	@Scheduled(fixedDelayString = "${platform.audit.retention-interval:PT6H}", initialDelayString = "PT5M")
	@Transactional
	public int forgetOldEntries() {
		var deleted = jdbc.sql("DELETE FROM audit_entry WHERE changed_at < ?")
			.param(Timestamp.from(clock.instant().minus(retention)))
			.update();
		if (deleted > 0) {
			log.info("Deleted {} audit log entries older than {}", deleted, retention);
		}
		return deleted;
	}

	private static Entry entry(ResultSet rows, int number) throws SQLException {
		return new Entry(rows.getLong("id"), rows.getTimestamp("changed_at").toInstant(), rows.getString("actor"),
				rows.getString("subject_type"), rows.getString("subject_id"), rows.getString("subject_label"),
				rows.getString("action"), rows.getInt("change_count"));
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** Every part may be null: no restriction. {@code until} is exclusive. */
	public record Filter(@Nullable String subjectType, @Nullable String subjectId, @Nullable String actor,
			@Nullable Instant from, @Nullable Instant until) {
	}

	/** @param action CREATED, CHANGED or DELETED */
	public record Entry(long id, Instant changedAt, String actor, String subjectType, String subjectId,
			@Nullable String subjectLabel, String action, int changeCount) {
	}

	public record PropertyChange(String property, @Nullable String before, @Nullable String after) {
	}

	public record EntryDetails(Entry entry, List<PropertyChange> changes) {
	}

	public record EntryPage(List<Entry> entries, long total, int size) {

		public long pages() {
			return Math.max(1, (total + size - 1) / size);
		}
	}
}
