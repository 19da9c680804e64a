package org.integrationskompass.conference.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.integrationskompass.conference.domain.ConferenceAdministration;
import org.integrationskompass.conference.domain.ConferenceSession;
import org.integrationskompass.conference.domain.ConferenceSessionRepository;
import org.integrationskompass.conference.domain.Member;
import org.integrationskompass.conference.domain.MemberRepository;
import org.integrationskompass.conference.domain.SessionDetails;
import org.integrationskompass.conference.domain.SessionDocumentRepository;
import org.integrationskompass.conference.domain.SessionKind;
import org.integrationskompass.conference.domain.WorkingGroup;
import org.integrationskompass.conference.domain.WorkingGroupRepository;
import org.integrationskompass.organisations.OrganisationDirectory;
import org.integrationskompass.organisations.OrganisationSummary;
import org.integrationskompass.plan.MeasureSummary;
import org.integrationskompass.plan.PlanCatalog;
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.shared.web.NotFoundException;
import org.integrationskompass.shared.web.RequestLanguage;
import org.integrationskompass.shared.web.PdfUpload;
import org.integrationskompass.shared.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff keep the conference: members, working groups, sessions with agenda, minutes, results and PDF documents, and
 * publish or withdraw sessions. A form with errors comes back with 200, an error summary and everything typed (only
 * a chosen file has to be chosen again).
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class ConferenceAdminController {

	static final String ADMIN = "/admin/integrationskonferenz";

	static final String TOO_LARGE = "dokumentZuGross";

	private final ConferenceAdministration administration;

	private final MemberRepository members;

	private final WorkingGroupRepository groups;

	private final ConferenceSessionRepository sessions;

	private final SessionDocumentRepository documents;

	private final OrganisationDirectory organisations;

	private final PlanCatalog plan;

	private final DocumentLimit limit;

	ConferenceAdminController(ConferenceAdministration administration, MemberRepository members,
			WorkingGroupRepository groups, ConferenceSessionRepository sessions, SessionDocumentRepository documents,
			OrganisationDirectory organisations, PlanCatalog plan, DocumentLimit limit) {
		this.administration = administration;
		this.members = members;
		this.groups = groups;
		this.sessions = sessions;
		this.documents = documents;
		this.organisations = organisations;
		this.plan = plan;
		this.limit = limit;
	}

	@GetMapping(ADMIN)
	String index(Model model) {
		model.addAttribute("memberForm", MemberForm.empty());
		return index(model, false);
	}

	@PostMapping(ADMIN + "/mitglieder")
	String addMember(@Valid @ModelAttribute("memberForm") MemberForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletRequest request) {
		var organisationId = Texts.blankToNull(form.organisationId());
		var name = Texts.blankToNull(form.name());
		OrganisationSummary organisation = null;
		if (organisationId != null) {
			organisation = organisations().stream().filter(o -> o.id().value().toString().equals(organisationId))
				.findFirst().orElse(null);
			if (organisation == null) {
				errors.rejectValue("organisationId", "typeMismatch");
			}
			else if (name != null) {
				errors.rejectValue("name", "conference.admin.member.both");
			}
		}
		else if (name == null && !errors.hasFieldErrors("name")) {
			errors.rejectValue("organisationId", "conference.admin.member.required");
		}
		if (!errors.hasErrors()) {
			var added = organisation != null ? administration.addMember(organisation.id().value(), organisation.name())
					: administration.addMember(null, Objects.requireNonNull(name));
			if (added.isPresent()) {
				redirect.addFlashAttribute("memberAdded", added.get().name());
				return "redirect:" + RequestLanguage.prefix(request) + ADMIN + "#mitglieder";
			}
			errors.rejectValue(organisation != null ? "organisationId" : "name", "conference.admin.member.duplicate");
		}
		return index(model, true);
	}

	@PostMapping(ADMIN + "/mitglieder/{id}/entfernen")
	String removeMember(@PathVariable String id, RedirectAttributes redirect, HttpServletRequest request) {
		var member = members.findById(uuid(id)).orElseThrow(() -> new NotFoundException("member " + id));
		administration.removeMember(member.id());
		redirect.addFlashAttribute("memberRemoved", member.name());
		return "redirect:" + RequestLanguage.prefix(request) + ADMIN + "#mitglieder";
	}

	@GetMapping(ADMIN + "/arbeitsgruppen/neu")
	String newGroup(Model model) {
		model.addAttribute("form", GroupForm.empty());
		return groupForm(null, model);
	}

	@PostMapping(ADMIN + "/arbeitsgruppen/neu")
	String createGroup(@Valid @ModelAttribute("form") GroupForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletRequest request) {
		var chosen = checkMembers(form, errors);
		if (errors.hasErrors()) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, GroupForm.FIELDS));
			return groupForm(null, model);
		}
		var group = administration.createWorkingGroup(form.name(), form.remit(), chosen);
		redirect.addFlashAttribute("saved", group.name().in("de").text());
		return "redirect:" + RequestLanguage.prefix(request) + ADMIN + "/arbeitsgruppen/" + group.id();
	}

	@GetMapping(ADMIN + "/arbeitsgruppen/{id}")
	String editGroup(@PathVariable String id, Model model) {
		var group = group(id);
		model.addAttribute("form", GroupForm.of(group));
		return groupForm(group, model);
	}

	@PostMapping(ADMIN + "/arbeitsgruppen/{id}")
	String changeGroup(@PathVariable String id, @Valid @ModelAttribute("form") GroupForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletRequest request) {
		var group = group(id);
		var chosen = checkMembers(form, errors);
		if (errors.hasErrors()) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, GroupForm.FIELDS));
			return groupForm(group, model);
		}
		administration.changeWorkingGroup(group.id(), form.name(), form.remit(), chosen);
		redirect.addFlashAttribute("saved", form.name().in("de").text());
		return "redirect:" + RequestLanguage.prefix(request) + ADMIN + "/arbeitsgruppen/" + group.id();
	}

	@GetMapping(ADMIN + "/sitzungen/neu")
	String newSession(Model model) {
		model.addAttribute("form", SessionForm.empty());
		return sessionPage(null, model);
	}

	@PostMapping(ADMIN + "/sitzungen/neu")
	String createSession(@Valid @ModelAttribute("form") SessionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletRequest request) {
		var details = check(form, errors);
		if (details == null) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, SessionForm.FIELDS));
			return sessionPage(null, model);
		}
		var session = administration.createSession(details);
		redirect.addFlashAttribute("saved", session.title().in("de").text());
		return "redirect:" + RequestLanguage.prefix(request) + ADMIN + "/sitzungen/" + session.id();
	}

	@GetMapping(ADMIN + "/sitzungen/{id}")
	String editSession(@PathVariable String id, @RequestParam(name = TOO_LARGE, required = false) @Nullable String tooLarge,
			Model model) {
		var session = session(id);
		model.addAttribute("form", SessionForm.of(session));
		if (tooLarge != null) {
			var form = DocumentForm.empty();
			var errors = new BeanPropertyBindingResult(form, "documentForm");
			errors.rejectValue("file", "conference.admin.document.tooLarge", new Object[] { Long.toString(limit.megabytes()) }, null);
			model.addAttribute("documentForm", form);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "documentForm", errors);
		}
		return sessionPage(session, model);
	}

	@PostMapping(ADMIN + "/sitzungen/{id}")
	String changeSession(@PathVariable String id, @Valid @ModelAttribute("form") SessionForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletRequest request) {
		var session = session(id);
		var details = check(form, errors);
		if (details == null) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, SessionForm.FIELDS));
			return sessionPage(session, model);
		}
		administration.changeSession(session.id(), details);
		redirect.addFlashAttribute("saved", details.title().in("de").text());
		return "redirect:" + RequestLanguage.prefix(request) + ADMIN + "/sitzungen/" + session.id();
	}

	@PostMapping(ADMIN + "/sitzungen/{id}/veroeffentlichen")
	String publish(@PathVariable String id, @RequestParam(name = "published", defaultValue = "true") boolean published,
			RedirectAttributes redirect, HttpServletRequest request) {
		var session = session(id);
		administration.publish(session.id(), published);
		redirect.addFlashAttribute(published ? "published" : "withdrawn", true);
		return "redirect:" + RequestLanguage.prefix(request) + ADMIN + "/sitzungen/" + session.id();
	}

	@PostMapping(ADMIN + "/sitzungen/{id}/ergebnisse")
	String addResult(@PathVariable String id, @Valid @ModelAttribute("resultForm") ResultForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletRequest request) {
		var session = session(id);
		UUID measure = null;
		var chosen = Texts.blankToNull(form.measureId());
		if (chosen != null) {
			measure = plan.findMeasures().stream().map(m -> m.id().value()).filter(m -> m.toString().equals(chosen))
				.findFirst().orElse(null);
			if (measure == null) {
				errors.rejectValue("measureId", "typeMismatch");
			}
		}
		if (errors.hasErrors()) {
			model.addAttribute("form", SessionForm.of(session));
			return sessionPage(session, model);
		}
		administration.addResult(session.id(), form.text(), measure);
		redirect.addFlashAttribute("resultAdded", true);
		return "redirect:" + RequestLanguage.prefix(request) + ADMIN + "/sitzungen/" + session.id() + "#ergebnisse";
	}

	@PostMapping(ADMIN + "/sitzungen/{id}/ergebnisse/{index}/entfernen")
	String removeResult(@PathVariable String id, @PathVariable int index, RedirectAttributes redirect,
			HttpServletRequest request) {
		var session = session(id);
		administration.removeResult(session.id(), index);
		redirect.addFlashAttribute("resultRemoved", true);
		return "redirect:" + RequestLanguage.prefix(request) + ADMIN + "/sitzungen/" + session.id() + "#ergebnisse";
	}

	@PostMapping(ADMIN + "/sitzungen/{id}/dokumente")
	String addDocument(@PathVariable String id, @Valid @ModelAttribute("documentForm") DocumentForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletRequest request) {
		var session = session(id);
		var upload = PdfUpload.of(form.file(), limit.bytes());
		var problem = upload.isEmpty() ? PdfUpload.Problem.EMPTY : upload.get().problem();
		if (problem == PdfUpload.Problem.TOO_LARGE) {
			errors.rejectValue("file", "conference.admin.document.tooLarge",
					new Object[] { Long.toString(limit.megabytes()) }, null);
		}
		else if (problem == PdfUpload.Problem.NOT_A_PDF) {
			errors.rejectValue("file", "conference.admin.document.notPdf");
		}
		else if (problem == PdfUpload.Problem.EMPTY) {
			errors.rejectValue("file", "conference.admin.document.missing");
		}
		if (errors.hasErrors() || problem != null) {
			model.addAttribute("form", SessionForm.of(session));
			return sessionPage(session, model);
		}
		var pdf = upload.orElseThrow();
		administration.addDocument(session.id(), Objects.requireNonNull(Texts.blankToNull(form.documentTitle())),
				pdf.fileName(), Boolean.TRUE.equals(form.accessible()), Objects.requireNonNull(pdf.data()));
		redirect.addFlashAttribute("documentAdded", form.documentTitle());
		return "redirect:" + RequestLanguage.prefix(request) + ADMIN + "/sitzungen/" + session.id() + "#dokumente";
	}

	@PostMapping(ADMIN + "/sitzungen/{id}/dokumente/{document}/entfernen")
	String removeDocument(@PathVariable String id, @PathVariable String document, RedirectAttributes redirect,
			HttpServletRequest request) {
		var session = session(id);
		administration.removeDocument(session.id(), uuid(document));
		redirect.addFlashAttribute("documentRemoved", true);
		return "redirect:" + RequestLanguage.prefix(request) + ADMIN + "/sitzungen/" + session.id() + "#dokumente";
	}

	/** A document as stored, also of drafts (the public address serves published sessions only). */
	@GetMapping(ADMIN + "/sitzungen/{id}/dokumente/{document}")
	ResponseEntity<byte[]> document(@PathVariable String id, @PathVariable String document) {
		var session = session(id);
		var stored = documents.findById(uuid(document)).filter(d -> d.sessionId().equals(session.id()))
			.orElseThrow(() -> new NotFoundException("document " + document));
		var data = administration.content(stored.id()).orElseThrow(() -> new NotFoundException("document " + document));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(stored.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(data);
	}

	private String index(Model model, boolean memberErrors) {
		var collator = java.text.Collator.getInstance(Locale.GERMAN);
		model.addAttribute("members", members.findAll().stream()
			.sorted(Comparator.comparing(Member::name, collator)).toList());
		model.addAttribute("organisations", organisations());
		model.addAttribute("groups", groups.findAllByOrderByPosition());
		model.addAttribute("sessions", sessions.findAllByOrderByStartsAtDesc().stream()
			.map(s -> new SessionRow(s, when(s))).toList());
		model.addAttribute("memberErrors", memberErrors);
		return "conference/admin/index";
	}

	private String groupForm(@Nullable WorkingGroup group, Model model) {
		var collator = java.text.Collator.getInstance(Locale.GERMAN);
		model.addAttribute("group", group);
		model.addAttribute("members", members.findAll().stream()
			.sorted(Comparator.comparing(Member::name, collator)).toList());
		return "conference/admin/group";
	}

	private String sessionPage(@Nullable ConferenceSession session, Model model) {
		model.addAttribute("meeting", session);
		model.addAttribute("kinds", SessionKind.values());
		model.addAttribute("groups", groups.findAllByOrderByPosition());
		model.addAttribute("measures", measures());
		model.addAttribute("maxDocumentMegabytes", limit.megabytes());
		if (!model.containsAttribute("resultForm")) {
			model.addAttribute("resultForm", ResultForm.empty());
		}
		if (!model.containsAttribute("documentForm")) {
			model.addAttribute("documentForm", DocumentForm.empty());
		}
		if (session != null) {
			var titles = measures().stream().collect(java.util.stream.Collectors.toMap(m -> m.id().value(), m -> m.title()));
			model.addAttribute("results", session.results().stream()
				.map(r -> new ResultRow(r.text(), r.measureId() == null ? null : titles.get(r.measureId()))).toList());
			model.addAttribute("documents", documents.findBySessionIdOrderByUploadedAt(session.id()));
			model.addAttribute("when", when(session));
		}
		return "conference/admin/session";
	}

	private List<OrganisationSummary> organisations() {
		return organisations.all();
	}

	private List<MeasureSummary> measures() {
		return plan.findMeasures();
	}

	/** Checks what Bean Validation cannot; null when something is wrong ({@code errors} says what). */
	private @Nullable SessionDetails check(SessionForm form, BindingResult errors) {
		SessionKind kind = null;
		try {
			kind = SessionKind.valueOf(Texts.orEmpty(form.kind()));
		}
		catch (IllegalArgumentException unknown) {
			errors.rejectValue("kind", "typeMismatch");
		}
		UUID group = null;
		var chosen = Texts.blankToNull(form.workingGroupId());
		if (kind == SessionKind.WORKING_GROUP) {
			if (chosen == null) {
				errors.rejectValue("workingGroupId", "conference.admin.session.group.required");
			}
			else {
				group = groups.findAll().stream().map(WorkingGroup::id).filter(g -> g.toString().equals(chosen)).findFirst()
					.orElse(null);
				if (group == null) {
					errors.rejectValue("workingGroupId", "typeMismatch");
				}
			}
		}
		var startsAt = SessionForm.instant(form.date(), form.startTime());
		if (startsAt.isEmpty() && !errors.hasFieldErrors("date") && !errors.hasFieldErrors("startTime")) {
			errors.rejectValue("date", "conference.admin.session.dateTime.invalid");
		}
		var endsAt = SessionForm.instant(form.date(), form.endTime());
		if (endsAt.isEmpty() && !errors.hasFieldErrors("date") && !errors.hasFieldErrors("endTime")) {
			errors.rejectValue("endTime", "conference.admin.session.dateTime.invalid");
		}
		if (startsAt.isPresent() && endsAt.isPresent() && endsAt.get().isBefore(startsAt.get())) {
			errors.rejectValue("endTime", "conference.admin.session.end.beforeStart");
		}
		var agenda = form.agenda();
		if (agenda.isEmpty()) {
			errors.rejectValue("agendaEn", "conference.admin.session.agenda.moreLines");
		}
		if (errors.hasErrors() || kind == null || startsAt.isEmpty() || endsAt.isEmpty() || agenda.isEmpty()) {
			return null;
		}
		return new SessionDetails(kind, group, form.title(), startsAt.get(), endsAt.get(),
				Objects.requireNonNull(Texts.blankToNull(form.place())), agenda.get(), form.minutes());
	}

	private HashSet<UUID> checkMembers(GroupForm form, BindingResult errors) {
		var known = new HashSet<UUID>();
		for (var id : form.memberIds()) {
			var member = members.findAll().stream().map(Member::id).filter(m -> m.toString().equals(id)).findFirst();
			if (member.isEmpty()) {
				errors.rejectValue("members", "typeMismatch");
				break;
			}
			known.add(member.get());
		}
		return known;
	}

	private WorkingGroup group(String id) {
		return groups.findById(uuid(id)).orElseThrow(() -> new NotFoundException("working group " + id));
	}

	private ConferenceSession session(String id) {
		return sessions.findById(uuid(id)).orElseThrow(() -> new NotFoundException("session " + id));
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFoundException(id);
		}
	}

	private static String when(ConferenceSession session) {
		return java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
			.format(session.startsAt().atZone(ConferenceAdministration.BERLIN));
	}

	record SessionRow(ConferenceSession session, String when) {
	}

	record ResultRow(LocalizedText text, @Nullable LocalizedText measure) {
	}
}
