package org.integrationskompass.conference.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.integrationskompass.conference.domain.ConferenceAdministration;
import org.integrationskompass.conference.domain.ConferenceSession;
import org.integrationskompass.conference.domain.ConferenceSessionRepository;
import org.integrationskompass.conference.domain.Member;
import org.integrationskompass.conference.domain.MemberRepository;
import org.integrationskompass.conference.domain.SessionDocumentRepository;
import org.integrationskompass.conference.domain.SessionKind;
import org.integrationskompass.conference.domain.WorkingGroup;
import org.integrationskompass.conference.domain.WorkingGroupRepository;
import org.integrationskompass.organisations.OrganisationDirectory;
import org.integrationskompass.organisations.OrganisationId;
import org.integrationskompass.plan.MeasureId;
import org.integrationskompass.plan.MeasureSummary;
import org.integrationskompass.plan.PlanCatalog;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the complete view models of the public pages (open-in-view is off). */
@Component
class ConferenceViews {

	private final MemberRepository members;

	private final WorkingGroupRepository groups;

	private final ConferenceSessionRepository sessions;

	private final SessionDocumentRepository documents;

	private final OrganisationDirectory organisations;

	private final PlanCatalog plan;

	private final Clock clock;

	ConferenceViews(MemberRepository members, WorkingGroupRepository groups, ConferenceSessionRepository sessions,
			SessionDocumentRepository documents, OrganisationDirectory organisations, PlanCatalog plan, Clock clock) {
		this.members = members;
		this.groups = groups;
		this.sessions = sessions;
		this.documents = documents;
		this.organisations = organisations;
		this.plan = plan;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Overview overview(Locale locale) {
		var now = clock.instant();
		var groupNames = groupNames();
		var published = sessions.findByPublishedTrueOrderByStartsAtDesc();
		var upcoming = published.stream().filter(s -> !s.endsAt().isBefore(now))
			.sorted(java.util.Comparator.comparing(ConferenceSession::startsAt))
			.map(s -> card(s, groupNames, locale)).toList();
		var past = published.stream().filter(s -> s.endsAt().isBefore(now)).map(s -> card(s, groupNames, locale)).toList();
		var allMembers = memberViews(members.findAll());
		var groupViews = groups.findAllByOrderByPosition().stream()
			.map(g -> new GroupCard(g.slug(), g.name(), g.remit(), g.memberIds().size()))
			.toList();
		return new Overview(allMembers, memberGroups(allMembers), groupViews, upcoming, past);
	}

	@Transactional(readOnly = true)
	java.util.Optional<GroupPage> group(String slug, Locale locale) {
		return groups.findBySlug(slug).map(group -> {
			var groupNames = groupNames();
			var own = sessions.findByPublishedTrueOrderByStartsAtDesc().stream()
				.filter(s -> group.id().equals(s.workingGroupId()))
				.toList();
			var measures = measures();
			var results = own.stream().flatMap(s -> s.results().stream()
				.map(r -> result(r.text(), r.measureId(), measures, s.title(), s.slug()))).toList();
			return new GroupPage(group.slug(), group.name(), group.remit(),
					memberViews(members.findAllById(group.memberIds())),
					own.stream().map(s -> card(s, groupNames, locale)).toList(), results);
		});
	}

	@Transactional(readOnly = true)
	java.util.Optional<SessionPage> session(String slug, Locale locale) {
		return sessions.findBySlug(slug).filter(ConferenceSession::published).map(session -> {
			var group = session.workingGroupId() == null ? null : groups.findById(session.workingGroupId()).orElse(null);
			var measures = measures();
			var docs = documents.findBySessionIdOrderByUploadedAt(session.id()).stream()
				.map(d -> new DocumentView(d.id(), d.title(), d.fileName(), size(d.sizeBytes(), locale), d.accessible()))
				.toList();
			return new SessionPage(session.slug(), session.kind(), session.title(),
					group == null ? null : group.slug(), group == null ? null : group.name(),
					when(session.startsAt(), session.endsAt(), locale), session.startsAt(), session.place(),
					session.agenda().stream().map(item -> item.title()).toList(), paragraphs(session.minutes()),
					session.results().stream().map(r -> result(r.text(), r.measureId(), measures, null, null)).toList(), docs,
					!session.endsAt().isBefore(clock.instant()));
		});
	}

	private Map<UUID, LocalizedText> groupNames() {
		var names = new HashMap<UUID, LocalizedText>();
		groups.findAll().forEach(g -> names.put(g.id(), g.name()));
		return names;
	}

	private Map<UUID, MeasureSummary> measures() {
		var result = new HashMap<UUID, MeasureSummary>();
		plan.findMeasures().forEach(m -> result.put(m.id().value(), m));
		return result;
	}

	private List<MemberView> memberViews(Collection<Member> list) {
		var ids = list.stream().map(Member::organisationId).filter(java.util.Objects::nonNull).map(OrganisationId::new)
			.toList();
		var found = organisations.findAll(ids);
		var collator = java.text.Collator.getInstance(Locale.GERMAN);
		return list.stream().map(member -> {
			var summary = member.organisationId() == null ? null : found.get(new OrganisationId(member.organisationId()));
			return new MemberView(member.id(), summary == null ? member.name() : summary.name(),
					summary == null ? null : summary.slug(), summary == null ? null : summary.kind().name());
		}).sorted(java.util.Comparator.comparing(MemberView::name, collator)).toList();
	}

	private static ResultView result(LocalizedText text, @Nullable UUID measureId, Map<UUID, MeasureSummary> measures,
			@Nullable LocalizedText sessionTitle, @Nullable String sessionSlug) {
		var measure = measureId == null ? null : measures.get(measureId);
		return new ResultView(text, measure == null ? null : measure.title(),
				measure == null ? null : measure.fieldOfActionSlug(),
				measure == null ? null : "massnahme-" + measure.id().value(), sessionTitle, sessionSlug);
	}

	private static SessionCard card(ConferenceSession session, Map<UUID, LocalizedText> groupNames, Locale locale) {
		return new SessionCard(session.slug(), session.kind(), session.title(),
				session.workingGroupId() == null ? null : groupNames.get(session.workingGroupId()),
				when(session.startsAt(), session.endsAt(), locale), session.startsAt(), session.place());
	}

	static String when(Instant startsAt, Instant endsAt, Locale locale) {
		var start = startsAt.atZone(ConferenceAdministration.BERLIN);
		var end = endsAt.atZone(ConferenceAdministration.BERLIN);
		var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
		var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
		if (start.toLocalDate().equals(end.toLocalDate())) {
			return date.format(start) + ", " + time.format(start) + " – " + time.format(end);
		}
		return date.format(start) + ", " + time.format(start) + " – " + date.format(end) + ", " + time.format(end);
	}

	/** "1,2 MB" or "340 KB" in the page's language. */
	static String size(long bytes, Locale locale) {
		// Latin digits in every language, like the dates and times beside them
		var format = java.text.NumberFormat.getNumberInstance(Locale.forLanguageTag(locale.toLanguageTag() + "-u-nu-latn"));
		format.setMaximumFractionDigits(1);
		if (bytes >= 1024 * 1024) {
			return format.format(bytes / (1024.0 * 1024.0)) + " MB";
		}
		return format.format(Math.max(1, Math.round(bytes / 1024.0))) + " KB";
	}

	/** Minutes are plain text; a blank line starts a new paragraph. */
	static Map<String, List<String>> paragraphs(LocalizedText minutes) {
		var result = new HashMap<String, List<String>>();
		minutes.asMap().forEach((language, text) -> result.put(language, Arrays.stream(text.split("\\R\\s*\\R"))
			.map(String::strip).filter(p -> !p.isEmpty()).toList()));
		return result;
	}

	/** Members of the directory by their kind, in the directory's order of kinds; bodies known by name only last. */
	private static List<MemberGroup> memberGroups(List<MemberView> members) {
		var byKind = new java.util.LinkedHashMap<String, List<MemberView>>();
		for (var kind : org.integrationskompass.organisations.OrganisationKind.values()) {
			byKind.put(kind.name(), new java.util.ArrayList<>());
		}
		byKind.put(OTHERS, new java.util.ArrayList<>());
		members.forEach(member -> byKind.get(member.kind() == null ? OTHERS : member.kind()).add(member));
		return byKind.entrySet().stream().filter(e -> !e.getValue().isEmpty())
			.map(e -> new MemberGroup("conference.members." + e.getKey(), "mitglieder-" + e.getKey().toLowerCase(Locale.ROOT),
					List.copyOf(e.getValue())))
			.toList();
	}

	private static final String OTHERS = "NAME_ONLY";

	record Overview(List<MemberView> members, List<MemberGroup> memberGroups, List<GroupCard> groups,
			List<SessionCard> upcoming, List<SessionCard> past) {
	}

	record MemberGroup(String titleKey, String id, List<MemberView> members) {
	}

	record MemberView(UUID id, String name, @Nullable String organisationSlug, @Nullable String kind) {
	}

	record GroupCard(String slug, LocalizedText name, LocalizedText remit, int members) {
	}

	record SessionCard(String slug, SessionKind kind, LocalizedText title, @Nullable LocalizedText group, String when,
			Instant startsAt, String place) {
	}

	record GroupPage(String slug, LocalizedText name, LocalizedText remit, List<MemberView> members,
			List<SessionCard> sessions, List<ResultView> results) {
	}

	/** {@code measureAnchor} is the id the plan's field page gives a measure's heading; a stale one still opens the page. */
	record ResultView(LocalizedText text, @Nullable LocalizedText measure, @Nullable String fieldOfActionSlug,
			@Nullable String measureAnchor, @Nullable LocalizedText sessionTitle, @Nullable String sessionSlug) {
	}

	record DocumentView(UUID id, String title, String fileName, String size, boolean accessible) {
	}

	record SessionPage(String slug, SessionKind kind, LocalizedText title, @Nullable String groupSlug,
			@Nullable LocalizedText groupName, String when, Instant startsAt, String place, List<LocalizedText> agenda,
			Map<String, List<String>> minutes, List<ResultView> results, List<DocumentView> documents,
			boolean upcoming) {

		/** The minutes' paragraphs in the page language, or German when they are not translated. */
		public List<String> minutesIn(Locale locale) {
			var own = minutes.get(locale.getLanguage());
			return own != null ? own : minutes.getOrDefault(LocalizedText.GERMAN, List.of());
		}

		public boolean minutesTranslated(Locale locale) {
			return minutes.containsKey(locale.getLanguage()) || minutes.isEmpty();
		}
	}
}
