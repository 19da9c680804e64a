package org.integrationskompass.events.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.integrationskompass.events.domain.EventTimes;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes attendee lists as spreadsheet files, with the column headings in the staff member's language. */
@Component
class AttendeeListFiles {

	/** German Excel splits CSV at semicolons (the comma is its decimal separator); CRLF as RFC 4180 has it. */
	static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

	/** Characters that make a spreadsheet read a cell as a formula (CSV injection, OWASP's list). */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	/** Excel's built-in "m/d/yy h:mm": shown in the date format of the reader's own Excel. */
	private static final short DATE_TIME_FORMAT = 22;

	/** Excel refuses longer cells. */
	private static final int MAX_CELL = 32_767;

	private static final List<String> COLUMNS = List.of("number", "name", "organisation", "seats", "email", "needs",
			"checkedIn", "registeredAt");

	private final MessageSource messages;

	AttendeeListFiles(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * UTF-8 with a byte order mark, which is what makes Excel read umlauts and Arabic names right. The waiting list,
	 * if the list has one, follows after an empty line and a line with its title, with the headings again.
	 */
	byte[] csv(AttendeeList.Sections list, boolean withWaitingList, Locale locale) {
		var bytes = new ByteArrayOutputStream();
		try (var printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSV)) {
			printer.getOut().append('\uFEFF');
			printer.printRecord(headings(locale));
			for (var row : list.participants()) {
				printer.printRecord(csvValues(row, locale));
			}
			if (withWaitingList) {
				printer.println();
				printer.printRecord(protect(message("events.admin.attendees.sheet.waitingList", locale)));
				printer.printRecord(headings(locale));
				for (var row : list.waitingList()) {
					printer.printRecord(csvValues(row, locale));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/**
	 * Two sheets, participants and waiting list, each with a bold, frozen heading row and a filter. Every text is
	 * written as a text cell, never as a formula, so nothing a registrant typed can run in the spreadsheet;
	 * numbers and times are real numbers and dates that sort and add up.
	 */
	byte[] xlsx(AttendeeList.Sections list, Locale locale) {
		try (var workbook = new XSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
			workbook.getProperties().getCoreProperties().setTitle(list.event().title());
			var bold = workbook.createFont();
			bold.setBold(true);
			var heading = workbook.createCellStyle();
			heading.setFont(bold);
			var dateTime = workbook.createCellStyle();
			dateTime.setDataFormat(DATE_TIME_FORMAT);
			sheet(workbook.createSheet(sheetName("events.admin.attendees.sheet.participants", locale)),
					list.participants(), heading, dateTime, locale);
			sheet(workbook.createSheet(sheetName("events.admin.attendees.sheet.waitingList", locale)),
					list.waitingList(), heading, dateTime, locale);
			workbook.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void sheet(Sheet sheet, List<AttendeeList.Row> rows, CellStyle heading, CellStyle dateTime,
			Locale locale) {
		var headings = headings(locale);
		var widths = new int[headings.size()];
		var top = sheet.createRow(0);
		for (int i = 0; i < headings.size(); i++) {
			var cell = top.createCell(i);
			cell.setCellValue(headings.get(i));
			cell.setCellStyle(heading);
			widths[i] = headings.get(i).length() + 2;
		}
		for (var row : rows) {
			var line = sheet.createRow(sheet.getLastRowNum() + 1);
			line.createCell(0).setCellValue(row.number());
			var texts = List.of(row.name(), row.organisation());
			for (int i = 0; i < texts.size(); i++) {
				line.createCell(1 + i).setCellValue(cut(texts.get(i)));
				widths[1 + i] = Math.max(widths[1 + i], texts.get(i).length());
			}
			line.createCell(3).setCellValue(row.seats());
			line.createCell(4).setCellValue(cut(row.email()));
			widths[4] = Math.max(widths[4], row.email().length());
			line.createCell(5).setCellValue(cut(row.needs()));
			widths[5] = Math.max(widths[5], row.needs().length());
			var checkedIn = row.checkedInAt();
			if (checkedIn != null) {
				var cell = line.createCell(6);
				cell.setCellValue(LocalDateTime.ofInstant(checkedIn, EventTimes.BERLIN));
				cell.setCellStyle(dateTime);
			}
			var registered = line.createCell(7);
			registered.setCellValue(LocalDateTime.ofInstant(row.registeredAt(), EventTimes.BERLIN));
			registered.setCellStyle(dateTime);
		}
		widths[6] = Math.max(widths[6], 17);
		widths[7] = Math.max(widths[7], 17);
		for (int i = 0; i < widths.length; i++) {
			// Wide enough to read, narrow enough that a long note does not push the rest off the screen.
			sheet.setColumnWidth(i, Math.min(Math.max(widths[i], 6), 50) * 256);
		}
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, sheet.getLastRowNum()), 0, headings.size() - 1));
	}

	private List<String> headings(Locale locale) {
		return COLUMNS.stream().map(column -> message("events.admin.attendees.column." + column, locale)).toList();
	}

	private List<String> csvValues(AttendeeList.Row row, Locale locale) {
		var values = new ArrayList<String>();
		values.add(Integer.toString(row.number()));
		values.add(protect(row.name()));
		values.add(protect(row.organisation()));
		values.add(Integer.toString(row.seats()));
		values.add(protect(row.email()));
		values.add(protect(row.needs()));
		values.add(moment(row.checkedInAt(), locale));
		values.add(moment(row.registeredAt(), locale));
		return values;
	}

	/**
	 * A cell that starts like a formula gets a leading apostrophe, so a spreadsheet shows it as text instead of
	 * running it (a name such as {@code =HYPERLINK(…)}).
	 */
	static String protect(String value) {
		return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

	private static String moment(@Nullable Instant at, Locale locale) {
		return at == null ? "" : EventTimes.moment(at, locale);
	}

	private static String cut(String value) {
		return value.length() > MAX_CELL ? value.substring(0, MAX_CELL) : value;
	}

	private String sheetName(String key, Locale locale) {
		return WorkbookUtil.createSafeSheetName(message(key, locale));
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
