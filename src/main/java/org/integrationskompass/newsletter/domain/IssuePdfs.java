package org.integrationskompass.newsletter.domain;

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
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.integrationskompass.shared.domain.TextDirection;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The print edition of an issue (German, the issue's original language): A4, tagged PDF/UA-1 and PDF/A-3a, with
 * the masthead and a table of contents, set in DejaVu Sans embedded from the class path as the events' sign-in
 * list does (PDF/UA needs embedded fonts, PDFBox embeds TrueType). Made once when sending starts and stored.
 */
@Component
public class IssuePdfs {

	static final String TEMPLATE = "newsletter/print";

	private final ITemplateEngine templates;

	private final IssuePdfRepository stored;

	private final Clock clock;

	private final byte[] regular;

	private final byte[] bold;

	private final byte[] colourProfile;

	IssuePdfs(ITemplateEngine templates, IssuePdfRepository stored, Clock clock) {
		this.templates = templates;
		this.stored = stored;
		this.clock = clock;
		this.regular = classpath("pdf-fonts/dejavu/ttf/DejaVuSans.ttf");
		this.bold = classpath("pdf-fonts/dejavu/ttf/DejaVuSans-Bold.ttf");
		this.colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
	}

	void store(NewsletterIssue issue, List<IssueArticle> articles) {
		stored.save(new IssuePdf(issue.id(), render(issue, articles), clock.instant()));
	}

	public Optional<byte[]> find(long issueId) {
		return stored.findById(issueId).map(IssuePdf::data);
	}

	public byte[] render(NewsletterIssue issue, List<IssueArticle> articles) {
		var language = "de";
		var locale = Locale.GERMAN;
		var images = new HashMap<Long, String>();
		for (var article : articles) {
			if (article.imageData() != null && ("image/png".equals(article.imageType()) || "image/jpeg".equals(article.imageType()))) {
				images.put(article.id(), "data:" + article.imageType() + ";base64,"
						+ Base64.getEncoder().encodeToString(article.imageData()));
			}
		}
		var variables = new HashMap<String, Object>();
		variables.put("issue", IssueView.of(issue, articles, language));
		variables.put("images", Map.copyOf(images));
		variables.put("language", language);
		variables.put("direction", TextDirection.of(locale));
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
		builder.useFont(() -> new ByteArrayInputStream(regular), "DejaVu Sans", 400,
				BaseRendererBuilder.FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(bold), "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL,
				true);
		builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
		builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
		builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(locale));
		// Only the images embedded as data: addresses; nothing in an article can make the renderer fetch anything.
		builder.useExternalResourceAccessControl((uri, type) -> uri.startsWith("data:"),
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> uri.startsWith("data:"),
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

	private static byte[] classpath(String path) {
		try (var in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("PDF font " + path + " is missing from the class path", e);
		}
	}
}
