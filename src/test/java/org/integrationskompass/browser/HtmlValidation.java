package org.integrationskompass.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML checker (the engine behind validator.w3.org/nu), run in-process and offline: the HTML5 schema and
 * the checker's assertions ship inside the validator jar, so no request leaves the machine. Errors fail a page;
 * warnings and info messages do not.
 *
 * <p>Loading the schema takes a second or two, so one validator is built on first use and reused for the whole
 * test JVM; documents are checked one at a time.
 */
public final class HtmlValidation {

	/** The checker's own name for "HTML5 + ARIA + SVG + MathML + ITS"; resolved from the jar, not the network. */
	private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private static final Object LOCK = new Object();

	private static SimpleDocumentValidator validator;

	private static final CollectingErrorHandler collected = new CollectingErrorHandler();

	private HtmlValidation() {
	}

	/** Every error in {@code html}, as {@code line L, column C: message}; {@code url} only names the document. */
	public static List<String> errors(String url, String html) {
		synchronized (LOCK) {
			try {
				collected.messages.clear();
				var input = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
				input.setEncoding(StandardCharsets.UTF_8.name());
				input.setSystemId(url);
				validator().checkHtmlInputSource(input);
				return List.copyOf(collected.messages);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			catch (SAXException e) {
				throw new IllegalStateException("The Nu HTML checker could not check " + url, e);
			}
		}
	}

	public static void assertValid(String url, String html) {
		var found = errors(url, html);
		assertThat(found).as("Nu HTML checker errors in %s:%n  %s", url, String.join("\n  ", found)).isEmpty();
	}

	private static SimpleDocumentValidator validator() {
		if (validator == null) {
			try {
				var created = new SimpleDocumentValidator(true, false, false);
				created.setUpMainSchema(SCHEMA, new FailingErrorHandler());
				created.setUpValidatorAndParsers(collected, true, false);
				validator = created;
			}
			catch (Exception e) {
				throw new IllegalStateException("Could not set up the Nu HTML checker with " + SCHEMA, e);
			}
		}
		return validator;
	}

	private static String describe(SAXParseException e) {
		return "line %d, column %d: %s".formatted(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
	}

	private static final class CollectingErrorHandler implements ErrorHandler {

		private final List<String> messages = new ArrayList<>();

		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) {
			messages.add(describe(exception));
		}

		@Override
		public void fatalError(SAXParseException exception) {
			messages.add("fatal: " + describe(exception));
		}
	}

	/** For the schema itself: a broken schema is a broken test setup, not a page error. */
	private static final class FailingErrorHandler implements ErrorHandler {

		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) throws SAXException {
			throw exception;
		}

		@Override
		public void fatalError(SAXParseException exception) throws SAXException {
			throw exception;
		}
	}
}
