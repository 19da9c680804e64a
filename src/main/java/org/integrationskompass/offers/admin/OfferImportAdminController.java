package org.integrationskompass.offers.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.integrationskompass.offers.domain.OfferCsvFile;
import org.integrationskompass.offers.domain.OfferCsvFormat;
import org.integrationskompass.offers.domain.OfferImportService;
import org.integrationskompass.shared.web.NotFoundException;
import org.integrationskompass.shared.web.RequestLanguage;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * CSV import of offers: the upload page (with the documented columns and a template), the status page of a
 * running import (a progress bar that htmx refreshes; without JavaScript the page itself is reloaded) and the
 * row-by-row report. The file as a whole is checked before the import starts, so a wrong file is answered at
 * once on the upload page.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class OfferImportAdminController {

	static final String PATH = "/admin/angebote/import";

	static final String RECOVERY_PATH = PATH + "/wiederherstellen";

	static final String TOO_LARGE = "zu-gross";

	/** A report longer than this is cut on the page (the counts stay complete). */
	static final int REPORT_SHOWN = 2000;

	/** htmx stops polling when it gets this status (and still shows the answer). */
	static final int STOP_POLLING = 286;

	/** docs/offers-csv.md, copied into the application by the build (pom.xml, execution copy-csv-docs). */
	static final String DOCUMENTATION = "docs/offers-csv.md";

	private final OfferImportService imports;

	private final DataSize limit;

	OfferImportAdminController(OfferImportService imports,
			@Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize limit) {
		this.imports = imports;
		this.limit = limit;
	}

	@GetMapping(PATH)
	String form(@RequestParam(name = TOO_LARGE, required = false) @Nullable String tooLarge, Model model) {
		var form = ImportUploadForm.empty();
		model.addAttribute("upload", form);
		if (tooLarge != null) {
			var errors = new BeanPropertyBindingResult(form, "upload");
			errors.rejectValue("datei", "offers.import.refused.tooLarge", new Object[] { limit.toMegabytes() }, null);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "upload", errors);
		}
		return page(model);
	}

	@PostMapping(PATH)
	String upload(@ModelAttribute("upload") ImportUploadForm form, BindingResult errors, Principal staff,
			HttpServletRequest request, Model model) throws IOException {
		var file = form.datei();
		if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			errors.rejectValue("datei", "offers.import.refused.noFile");
			return page(model);
		}
		if (file.getSize() > limit.toBytes()) {
			errors.rejectValue("datei", "offers.import.refused.tooLarge", new Object[] { limit.toMegabytes() }, null);
			return page(model);
		}
		try {
			var checked = OfferCsvFile.read(file.getBytes());
			var name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "import.csv"
					: file.getOriginalFilename();
			var started = imports.start(name, checked, staff.getName());
			return "redirect:" + RequestLanguage.prefix(request) + PATH + "/" + started.id();
		}
		catch (OfferCsvFile.Refused refused) {
			errors.rejectValue("datei", "offers.import.refused." + refused.reason(),
					new Object[] { refused.detail() == null ? "" : refused.detail() }, null);
			return page(model);
		}
	}

	/**
	 * Reached by a forward from security when the form's CSRF token was missing or stale (see FormRecovery): the
	 * file cannot be kept, so the page asks to choose it again. Never imports anything.
	 */
	@PostMapping(RECOVERY_PATH)
	String recover(Model model) {
		var form = ImportUploadForm.empty();
		model.addAttribute("upload", form);
		var errors = new BeanPropertyBindingResult(form, "upload");
		errors.rejectValue("datei", "offers.import.refused.expired");
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "upload", errors);
		return page(model);
	}

	@GetMapping(PATH + "/vorlage.csv")
	void template(HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"angebote-vorlage.csv\"");
		var header = OfferCsvFormat.header(1);
		var example = header.stream().map(OfferImportAdminController::example).toList();
		var out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		out.write('\uFEFF');
		try (var printer = CSVFormat.DEFAULT.print(out)) {
			printer.printRecord(header);
			printer.printRecord(example);
		}
	}

	/** A plausible example row, so that the template shows the format of every column. */
	private static String example(String column) {
		return switch (column) {
			case OfferCsvFormat.EXTERNAL_ID -> "beispiel-001";
			case OfferCsvFormat.ORGANISATION -> "slug-der-organisation";
			case OfferCsvFormat.STATUS -> "DRAFT";
			case "titel_de" -> "Sprachcafé am Nachmittag";
			case "kurzbeschreibung_de" -> "Deutsch üben bei Kaffee und Tee, ohne Anmeldung.";
			case "beschreibung_de" -> "<p>Jeden Mittwoch treffen sich Lernende und Ehrenamtliche.</p>";
			case OfferCsvFormat.TOPICS -> "sprache-bildung";
			case OfferCsvFormat.TARGET_GROUPS -> "neu-zugewanderte|frauen";
			case OfferCsvFormat.LANGUAGES -> "de|ar";
			case OfferCsvFormat.MODE -> "IN_PERSON";
			case OfferCsvFormat.FREE -> "ja";
			case OfferCsvFormat.STARTS_ON -> "2027-01-13";
			case OfferCsvFormat.LAST_CONFIRMED -> "2026-11-23";
			case "ort1_strasse" -> "Marktplatz 1";
			case "ort1_plz" -> "35390";
			case "ort1_gemeinde" -> "Gießen";
			case "ort1_oeffnungszeiten_de" -> "mittwochs 15–17 Uhr";
			case "ort1_nach_vereinbarung" -> "nein";
			case "ort1_barrierefrei" -> "ja";
			default -> "";
		};
	}

	/** The column documentation of the repository, as plain text (the same file the README links to). */
	@GetMapping(PATH + "/spalten")
	void documentation(HttpServletResponse response) throws IOException {
		var resource = new ClassPathResource(DOCUMENTATION);
		if (!resource.exists()) {
			throw new NotFoundException(DOCUMENTATION);
		}
		response.setContentType("text/plain;charset=UTF-8");
		try (var in = resource.getInputStream()) {
			in.transferTo(response.getOutputStream());
		}
	}

	@GetMapping(PATH + "/{id}")
	String status(@PathVariable String id, Model model) {
		model.addAttribute("run", summary(id));
		return "offers/admin/import-status";
	}

	/** The progress part of the status page, for htmx; stops the polling once the import is over. */
	@GetMapping(PATH + "/{id}/fortschritt")
	String progress(@PathVariable String id, Model model, HttpServletResponse response) {
		var run = summary(id);
		model.addAttribute("run", run);
		if (run.over()) {
			response.setStatus(STOP_POLLING);
		}
		return "offers/admin/import-status :: progress";
	}

	@GetMapping(PATH + "/{id}/bericht")
	String report(@PathVariable String id, Model model) {
		var run = summary(id);
		model.addAttribute("run", run);
		model.addAttribute("lines", imports.report(run.id(), REPORT_SHOWN).stream().map(ReportLine::of).toList());
		model.addAttribute("lineCount", imports.reportSize(run.id()));
		model.addAttribute("shown", REPORT_SHOWN);
		return "offers/admin/import-report";
	}

	private ImportSummary summary(String id) {
		UUID uuid;
		try {
			uuid = UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFoundException("offer import " + id);
		}
		return imports.find(uuid).map(ImportSummary::of).orElseThrow(() -> new NotFoundException("offer import " + id));
	}

	private String page(Model model) {
		model.addAttribute("limitMegabytes", limit.toMegabytes());
		model.addAttribute("columns", columns());
		model.addAttribute("recent", imports.recent().stream().map(ImportSummary::of).toList());
		return "offers/admin/import";
	}

	/** The columns as the page documents them: one line per column or per set of language columns. */
	static List<ColumnHelp> columns() {
		var groups = new java.util.LinkedHashMap<String, List<String>>();
		for (var column : OfferCsvFormat.header(1)) {
			var base = column.replaceAll("_(de|en|ar)$", "").replaceAll("^ort1_", "ort_");
			groups.computeIfAbsent(base, key -> new java.util.ArrayList<>()).add(column);
		}
		return groups.entrySet().stream()
			.map(group -> new ColumnHelp(group.getValue(),
					group.getValue().stream().anyMatch(OfferCsvFormat.REQUIRED::contains),
					"offers.import.column." + group.getKey()))
			.toList();
	}

	record ColumnHelp(List<String> names, boolean required, String descriptionKey) {
	}
}
