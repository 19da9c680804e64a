package org.integrationskompass.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A part encoded once with placeholders decodes, per recipient, to exactly the text with the placeholder replaced. */
class MailTemplateTests {

	private static final String PLACEHOLDER = "urn:x-newsletter-unsubscribe";

	private static final String URL = "https://integrationskompass.hessen.de/integrationsbrief/abmelden/"
			+ "aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5zA7bC9d";

	@Test
	void decodesToTheTextWithTheReplacementEverywhere() throws Exception {
		var longLine = "Sprachkurse in der Nähe, Beratung in vielen Sprachen = Begegnungen, die bleiben. ".repeat(12);
		var arabic = "أظهر مؤتمر الاندماج مدى ما تحققه البلديات والجمعيات والمتطوعون معًا ".repeat(5);
		for (var text : new String[] { PLACEHOLDER + " am Anfang", "am Ende " + PLACEHOLDER,
				"zweimal " + PLACEHOLDER + PLACEHOLDER + " hintereinander", "Leerzeichen davor \t" + PLACEHOLDER,
				longLine + PLACEHOLDER + longLine, arabic + "\n<a href=\"" + PLACEHOLDER + "\">abmelden</a>\n" + arabic,
				"Zeilenende davor\n" + PLACEHOLDER + "\nund danach\n", ".Punkt am Zeilenanfang\n." + PLACEHOLDER,
				"ganz ohne Platzhalter\n", "" }) {
			var template = new MailTemplate(new RenderedMail("leser@example.org", "Betreff", text, "<p>" + text + "</p>",
					Map.of()), PLACEHOLDER);
			var expected = text.replace(PLACEHOLDER, URL).replace("\r\n", "\n").replace("\n", "\r\n");
			for (var part : new MailTemplate.Part[] { template.text(), template.html() }) {
				var encoded = part.encoded(URL);
				var want = part == template.text() ? expected : "<p>" + expected + "</p>";
				if (part.encoding().equals(MailTemplate.BASE64)) {
					// base64 keeps the line ends as they were
					want = part == template.text() ? text.replace(PLACEHOLDER, URL) : "<p>" + text.replace(PLACEHOLDER, URL) + "</p>";
				}
				assertThat(decode(encoded, part.encoding())).as(text).isEqualTo(want);
				for (var line : new String(encoded, StandardCharsets.US_ASCII).split("\r\n")) {
					assertThat(line.length()).as("an encoded line").isLessThanOrEqualTo(76);
				}
			}
		}
	}

	@Test
	void encodesAsJakartaMailWouldWithoutPlaceholder() throws Exception {
		var text = "Grüße aus Gießen\nzweite Zeile mit Leerzeichen am Ende \n";
		var template = new MailTemplate(new RenderedMail("leser@example.org", "Betreff", text, text, Map.of()),
				PLACEHOLDER);
		var out = new java.io.ByteArrayOutputStream();
		try (var encoder = MimeUtility.encode(out, "quoted-printable")) {
			encoder.write(text.getBytes(StandardCharsets.UTF_8));
		}
		assertThat(template.text().encoding()).isEqualTo(MailTemplate.QUOTED_PRINTABLE);
		assertThat(template.text().encoded(URL)).isEqualTo(out.toByteArray());
	}

	@Test
	void textMostlyInAnotherScriptIsBase64AsJakartaMailWouldChoose() {
		var arabic = "<p>أظهر مؤتمر الاندماج مدى ما تحققه البلديات</p>";
		var template = new MailTemplate(new RenderedMail("x@example.org", "s", "Hallo " + PLACEHOLDER, arabic, Map.of()),
				PLACEHOLDER);
		assertThat(template.text().encoding()).isEqualTo(MailTemplate.QUOTED_PRINTABLE);
		assertThat(template.html().encoding()).isEqualTo(MailTemplate.BASE64);
	}

	private static String decode(byte[] encoded, String encoding) throws Exception {
		try (var in = MimeUtility.decode(new ByteArrayInputStream(encoded), encoding)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
