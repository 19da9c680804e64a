package org.integrationskompass.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.integrationskompass.newsletter.domain.IssueArticleRepository;
import org.integrationskompass.newsletter.domain.IssueEditing;
import org.integrationskompass.newsletter.domain.IssuePdfs;
import org.integrationskompass.newsletter.domain.IssueRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/**
 * The print edition: a tagged PDF that declares PDF/UA-1, has a structure tree, the document language and title,
 * the masthead and a table of contents, and passes veraPDF's PDF/UA-1 checks. Page 1 is written as a PNG to
 * {@code target/newsletter-pdf-page1.png} for a look.
 */
@SpringBootTest(properties = "platform.demo.enabled=false")
class IssuePdfTests {

	@Autowired
	IssueEditing editing;

	@Autowired
	IssuePdfs pdfs;

	@Autowired
	IssueRepository issues;

	@Autowired
	IssueArticleRepository articles;

	@Test
	void rendersATaggedPdfUaIssueWithMastheadContentsLanguageAndTitle() throws Exception {
		var issue = NewsletterFixtures.issue(editing, 41, "Vielfalt gestalten", "Shaping diversity");
		editing.addArticle(issue.id(), "de", "Ein Bild vom Netzwerktreffen", "<p>Viele kamen.</p>",
				"Menschen an Tischen im Gespräch", "Das Netzwerktreffen", "Beispiel-Foto", png(), "image/png");
		var pdf = pdfs.render(issues.findById(issue.id()).orElseThrow(), articles.findByIssueIdOrderByPosition(issue.id()));

		try (var document = Loader.loadPDF(pdf)) {
			var catalog = document.getDocumentCatalog();
			assertThat(catalog.getMarkInfo()).isNotNull();
			assertThat(catalog.getMarkInfo().isMarked()).as("tagged").isTrue();
			assertThat(catalog.getStructureTreeRoot()).isNotNull();
			assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
			assertThat(catalog.getLanguage()).isEqualTo("de");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Nr. 41/2026: Vielfalt gestalten");
			var xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
			assertThat(xmp).contains("pdfuaid").containsPattern("pdfuaid:part(>|=\")1");
			var text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Inhalt").contains("Vorwort").contains("Impressum").contains("V.i.S.d.P.")
				.contains("Pressestelle").contains("Ein Bild vom Netzwerktreffen").contains("© Beispiel-Foto")
				.doesNotContain("alert");
			var image = new PDFRenderer(document).renderImageWithDPI(0, 60);
			ImageIO.write(image, "png", Files.newOutputStream(Path.of("target/newsletter-pdf-page1.png")));
		}
		assertThat(failures(pdf)).isEmpty();
	}

	static java.util.List<String> failures(byte[] pdf) throws Exception {
		VeraGreenfieldFoundryProvider.initialise();
		var foundry = Foundries.defaultInstance();
		try (var parser = foundry.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
				var validator = foundry.createValidator(PDFAFlavour.PDFUA_1, false)) {
			var failed = new ArrayList<String>();
			for (TestAssertion assertion : validator.validate(parser).getTestAssertions()) {
				if (assertion.getStatus() == TestAssertion.Status.FAILED) {
					failed.add(assertion.getRuleId().getClause() + ": " + assertion.getMessage());
				}
			}
			return failed.stream().distinct().toList();
		}
	}

	private static byte[] png() throws Exception {
		var image = new BufferedImage(120, 60, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(new Color(11, 93, 143));
		graphics.fillRect(0, 0, 120, 60);
		graphics.dispose();
		var out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
