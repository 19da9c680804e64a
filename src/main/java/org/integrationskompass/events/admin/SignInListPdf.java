package org.integrationskompass.events.admin;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.integrationskompass.events.domain.EventTimes;
import org.integrationskompass.shared.domain.TextDirection;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The printable sign-in list of an event: a Thymeleaf template rendered to PDF, A4 portrait, tagged as PDF/UA-1 and
 * PDF/A-3a so screen readers can read it and it can be archived. Every glyph comes from DejaVu Sans, which the build
 * copies from its npm package onto the class path ({@code pdf-fonts/dejavu}): a PDF/UA file must embed its fonts,
 * PDFBox embeds only TrueType (not the WOFF files the web pages use), and DejaVu Sans has the Latin, Cyrillic and
 * Arabic letters (with the Arabic presentation forms that ICU's shaping produces) that participants' names need.
 */
@Component
class SignInListPdf {

	static final String TEMPLATE = "events/admin/sign-in-list";

	/** The family name the template's CSS asks for. */
	static final String FONT_FAMILY = "DejaVu Sans";

	private static final Pattern ARGUMENT = Pattern.compile("\\{([01])}");

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final byte[] regular;

	private final byte[] bold;

	private final byte[] colourProfile;

	SignInListPdf(ITemplateEngine templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
		this.regular = classpath("pdf-fonts/dejavu/ttf/DejaVuSans.ttf");
		this.bold = classpath("pdf-fonts/dejavu/ttf/DejaVuSans-Bold.ttf");
		// PDF/A needs an output intent; the JDK's own sRGB profile saves shipping an ICC file.
		this.colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
	}

	byte[] render(AttendeeList.Sections list, Locale locale, Instant printedAt) {
		var variables = new HashMap<String, Object>();
		variables.put("list", list);
		variables.put("language", locale.getLanguage());
		variables.put("direction", TextDirection.of(locale));
		variables.put("printedAt", EventTimes.moment(printedAt, locale));
		variables.put("pageNumber", pageNumber(messages.getMessage("events.admin.signInList.pageNumber", null, locale)));
		var html = templates.process(TEMPLATE, new Context(locale, variables));
		return pdf(html, locale);
	}

	private byte[] pdf(String html, Locale locale) {
		var out = new ByteArrayOutputStream();
		var builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfUaAccessibility(true);
		builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
		builder.useColorProfile(colourProfile);
		builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL,
				true);
		builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL,
				true);
		builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
		builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
		builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(locale));
		builder.defaultTextDirection("rtl".equals(TextDirection.of(locale)) ? BaseRendererBuilder.TextDirection.RTL
				: BaseRendererBuilder.TextDirection.LTR);
		// The list needs nothing from outside: no address in a name can make the renderer fetch anything.
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.withProducer("Integrationskompass");
		builder.withHtmlContent(html, null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/**
	 * The parts of the page-number line, from a message such as "Seite {0} von {1}": texts, and empty parts whose
	 * CSS class makes them show the page number ({0}) or the page count ({1}), in the message's order.
	 */
	static List<PageNumberPart> pageNumber(String message) {
		var parts = new ArrayList<PageNumberPart>();
		var argument = ARGUMENT.matcher(message);
		var start = 0;
		while (argument.find()) {
			if (argument.start() > start) {
				parts.add(new PageNumberPart(message.substring(start, argument.start()), null));
			}
			parts.add(new PageNumberPart("", argument.group(1).equals("0") ? "page" : "pages"));
			start = argument.end();
		}
		if (start < message.length()) {
			parts.add(new PageNumberPart(message.substring(start), null));
		}
		return List.copyOf(parts);
	}

	/** @param counter {@code page}, {@code pages} or null for plain text */
	record PageNumberPart(String text, @Nullable String counter) {
	}

	private static byte[] classpath(String path) {
		try (var in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("PDF font " + path
					+ " is missing from the class path; the build copies it from the npm package dejavu-fonts-ttf", e);
		}
	}
}
