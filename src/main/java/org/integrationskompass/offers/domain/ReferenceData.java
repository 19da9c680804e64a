package org.integrationskompass.offers.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.shared.domain.Slug;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Fields of action and target groups as staff maintain them. Slugs are fixed at creation (search URLs and CSV files
 * carry them); a term that is no longer wanted is deactivated, never deleted, so old offers keep their labels.
 */
@Service
public class ReferenceData {

	/** Which list. */
	public enum Kind {
		TOPIC, TARGET_GROUP
	}

	/** A term as the back office shows and edits it. */
	public record Term(Kind kind, long id, String slug, LocalizedText name, int position, boolean active) {
	}

	private final TopicRepository topics;

	private final TargetGroupRepository targetGroups;

	private static final Duration CACHE_TIME = Duration.ofMinutes(1);

	private final Map<Kind, Cached> cache = new ConcurrentHashMap<>();

	private record Cached(List<Term> terms, Instant loaded) {
	}

	ReferenceData(TopicRepository topics, TargetGroupRepository targetGroups) {
		this.topics = topics;
		this.targetGroups = targetGroups;
	}

	/**
	 * The public search shows these lists on every page: they are kept for a minute, and dropped at once when this
	 * instance changes them (another instance's change shows after at most a minute).
	 */
	public List<Term> all(Kind kind) {
		var cached = cache.get(kind);
		if (cached != null && cached.loaded().plus(CACHE_TIME).isAfter(Instant.now())) {
			return cached.terms();
		}
		var terms = load(kind);
		cache.put(kind, new Cached(terms, Instant.now()));
		return terms;
	}

	private List<Term> load(Kind kind) {
		return switch (kind) {
			case TOPIC -> topics.findAllByOrderByPositionAsc().stream().map(ReferenceData::term).toList();
			case TARGET_GROUP -> targetGroups.findAllByOrderByPositionAsc().stream().map(ReferenceData::term).toList();
		};
	}

	@Transactional(readOnly = true)
	public Optional<Term> find(Kind kind, long id) {
		return switch (kind) {
			case TOPIC -> topics.findById(id).map(ReferenceData::term);
			case TARGET_GROUP -> targetGroups.findById(id).map(ReferenceData::term);
		};
	}

	/** A new term at the end of the list; its slug comes from the German name and is made unique. */
	@Transactional
	public Term create(Kind kind, LocalizedText name) {
		var base = Slug.of(name.get(LocalizedText.GERMAN).orElse(""));
		if (base.length() > 50) {
			base = base.substring(0, 50).replaceAll("-+$", "");
		}
		if (base.isEmpty()) {
			base = "eintrag";
		}
		var slug = base;
		for (int n = 2; slugTaken(kind, slug); n++) {
			slug = base + "-" + n;
		}
		var position = load(kind).stream().mapToInt(Term::position).max().orElse(0) + 1;
		forgetAfterCommit(kind);
		return switch (kind) {
			case TOPIC -> term(topics.save(new Topic(slug, name, position)));
			case TARGET_GROUP -> term(targetGroups.save(new TargetGroup(slug, name, position)));
		};
	}

	@Transactional
	public void update(Kind kind, long id, LocalizedText name, int position, boolean active) {
		forgetAfterCommit(kind);
		switch (kind) {
			case TOPIC -> topics.findById(id).ifPresent(topic -> {
				topic.rename(name);
				topic.moveTo(position);
				topic.setActive(active);
			});
			case TARGET_GROUP -> targetGroups.findById(id).ifPresent(group -> {
				group.rename(name);
				group.moveTo(position);
				group.setActive(active);
			});
		}
	}

	private void forgetAfterCommit(Kind kind) {
		cache.remove(kind);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				cache.remove(kind);
			}
		});
	}

	private boolean slugTaken(Kind kind, String slug) {
		return switch (kind) {
			case TOPIC -> topics.findBySlug(slug).isPresent();
			case TARGET_GROUP -> targetGroups.findBySlug(slug).isPresent();
		};
	}

	private static Term term(Topic topic) {
		return new Term(Kind.TOPIC, topic.id() == null ? 0 : topic.id(), topic.slug(), topic.name(), topic.position(),
				topic.active());
	}

	private static Term term(TargetGroup group) {
		return new Term(Kind.TARGET_GROUP, group.id() == null ? 0 : group.id(), group.slug(), group.name(),
				group.position(), group.active());
	}
}
