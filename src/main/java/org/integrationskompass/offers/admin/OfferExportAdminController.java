package org.integrationskompass.offers.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.integrationskompass.offers.domain.OfferCsvFormat;
import org.integrationskompass.offers.domain.OfferExport;
import org.integrationskompass.offers.domain.OfferMode;
import org.integrationskompass.offers.domain.OfferQuery;
import org.integrationskompass.offers.domain.OfferStatus;
import org.integrationskompass.offers.domain.PlaceResolver;
import org.integrationskompass.offers.domain.SearchFacet;
import org.integrationskompass.offers.domain.TargetGroupRepository;
import org.integrationskompass.offers.domain.TopicRepository;
import org.integrationskompass.regions.RegionDirectory;
import org.integrationskompass.shared.domain.SpokenLanguages;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Export of an offer search as CSV (the import's columns, so a file can go round: export, edit, import) or as XLSX
 * for people who work in a spreadsheet. The search takes the public search's parameters plus the status.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class OfferExportAdminController {

	static final String PATH = "/admin/angebote/export";

	static final String FILE_PATH = PATH + "/datei";

	private final OfferExport export;

	private final TopicRepository topics;

	private final TargetGroupRepository targetGroups;

	private final RegionDirectory regions;

	private final PlaceResolver places;

	OfferExportAdminController(OfferExport export, TopicRepository topics, TargetGroupRepository targetGroups,
			RegionDirectory regions, PlaceResolver places) {
		this.places = places;
		this.export = export;
		this.topics = topics;
		this.targetGroups = targetGroups;
		this.regions = regions;
	}

	@GetMapping(PATH)
	@Transactional(readOnly = true)
	String page(@ModelAttribute("search") ExportForm search, Model model) {
		model.addAttribute("placeUnknown", !search.getPlace().isEmpty() && centre(search) == null);
		model.addAttribute("topics", topics.findAllByOrderByPositionAsc().stream()
			.map(t -> new Choice(t.slug(), t.name().in(Locale.GERMAN).text(), t.name())).toList());
		model.addAttribute("targetGroups", targetGroups.findAllByOrderByPositionAsc().stream()
			.map(t -> new Choice(t.slug(), t.name().in(Locale.GERMAN).text(), t.name())).toList());
		model.addAttribute("languages", SpokenLanguages.CODES);
		model.addAttribute("modes", OfferMode.values());
		model.addAttribute("statuses", OfferStatus.values());
		model.addAttribute("kreise", regions.currentKreise());
		model.addAttribute("radius", search.getRadiusKm());
		return "offers/admin/export";
	}

	@GetMapping(FILE_PATH)
	@Nullable
	String file(@ModelAttribute("search") ExportForm search, Model model, HttpServletResponse response)
			throws IOException {
		var criteria = criteria(search);
		if (criteria == null) {
			return page(search, model);
		}
		var day = LocalDate.now();
		if ("xlsx".equals(search.format())) {
			response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			response.setHeader("Content-Disposition", "attachment; filename=\"angebote-" + day + ".xlsx\"");
			writeXlsx(criteria, response);
		}
		else {
			response.setContentType("text/csv;charset=UTF-8");
			response.setHeader("Content-Disposition", "attachment; filename=\"angebote-" + day + ".csv\"");
			writeCsv(criteria, response);
		}
		return null;
	}

	private void writeCsv(OfferExport.Criteria criteria, HttpServletResponse response) throws IOException {
		var out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
		// A byte order mark lets spreadsheet programs recognise UTF-8; the import accepts it.
		out.write('\uFEFF');
		try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			export.export(criteria, new OfferExport.Sink() {
				@Override
				public void header(List<String> columns) {
					print(printer, columns);
				}

				@Override
				public void row(List<String> values) {
					print(printer, values.stream().map(OfferCsvFormat::protect).toList());
				}
			});
		}
	}

	private static void print(CSVPrinter printer, List<String> values) {
		try {
			printer.printRecord(values);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Cells are written as text, never as formulas, so nothing in an offer can run in the spreadsheet. */
	private void writeXlsx(OfferExport.Criteria criteria, HttpServletResponse response) throws IOException {
		try (var workbook = new SXSSFWorkbook(100)) {
			var sheet = workbook.createSheet("Angebote");
			var bold = workbook.createFont();
			bold.setBold(true);
			var headerStyle = workbook.createCellStyle();
			headerStyle.setFont(bold);
			var columnCount = new int[1];
			var rowNumber = new int[1];
			export.export(criteria, new OfferExport.Sink() {
				@Override
				public void header(List<String> columns) {
					var row = sheet.createRow(rowNumber[0]++);
					for (int i = 0; i < columns.size(); i++) {
						Cell cell = row.createCell(i);
						cell.setCellValue(columns.get(i));
						cell.setCellStyle(headerStyle);
						sheet.setColumnWidth(i, 20 * 256);
					}
					columnCount[0] = columns.size();
				}

				@Override
				public void row(List<String> values) {
					var row = sheet.createRow(rowNumber[0]++);
					for (int i = 0; i < values.size(); i++) {
						// Excel refuses cells longer than 32,767 characters.
						var value = values.get(i);
						row.createCell(i).setCellValue(value.length() > 32_767 ? value.substring(0, 32_767) : value);
					}
				}
			});
			sheet.createFreezePane(0, 1);
			if (columnCount[0] > 0) {
				sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowNumber[0] - 1), 0, columnCount[0] - 1));
			}
			workbook.write(response.getOutputStream());
		}
	}

	/** The search as the export understands it, or null when the place is not known. */
	private OfferExport.@Nullable Criteria criteria(ExportForm search) {
		OfferQuery.Point near = null;
		if (!search.getPlace().isEmpty()) {
			near = centre(search);
			if (near == null) {
				return null;
			}
		}
		var filters = new EnumMap<SearchFacet, Set<String>>(SearchFacet.class);
		filters.put(SearchFacet.TOPIC, new LinkedHashSet<>(ExportForm.values(search.thema())));
		filters.put(SearchFacet.TARGET_GROUP, new LinkedHashSet<>(ExportForm.values(search.zielgruppe())));
		filters.put(SearchFacet.LANGUAGE, new LinkedHashSet<>(ExportForm.values(search.sprache())
			.stream().map(SpokenLanguages::normalise).toList()));
		filters.put(SearchFacet.MODE, new LinkedHashSet<>(ExportForm.values(search.form()).stream()
			.map(m -> m.toUpperCase(Locale.ROOT))
			.filter(m -> Arrays.stream(OfferMode.values()).anyMatch(mode -> mode.name().equals(m)))
			.toList()));
		if (search.kostenlos() != null) {
			filters.put(SearchFacet.FREE, Set.of("true"));
		}
		filters.put(SearchFacet.KREIS, new LinkedHashSet<>(ExportForm.values(search.kreis())));
		var statuses = new ArrayList<OfferStatus>();
		for (var value : ExportForm.values(search.status())) {
			Arrays.stream(OfferStatus.values()).filter(s -> s.name().equalsIgnoreCase(value)).forEach(statuses::add);
		}
		return new OfferExport.Criteria(search.getText(), near, search.getRadiusKm(), filters, Set.copyOf(statuses));
	}

	private OfferQuery.@Nullable Point centre(ExportForm search) {
		var resolved = places.resolve(search.getPlace());
		return resolved == null ? null : resolved.point();
	}

	/** A reference-data value to tick: slug, German name (for sorting) and all names. */
	record Choice(String slug, String germanName, org.integrationskompass.shared.domain.LocalizedText name) {
	}
}
