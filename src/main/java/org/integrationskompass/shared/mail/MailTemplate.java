package org.integrationskompass.shared.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * One rendered mail for many recipients, whose text and HTML differ per recipient only where a placeholder stands
 * (the newsletter's unsubscribe link). Jakarta Mail encoding a 20 KB issue byte by byte for every subscriber
 * took two thirds of the CPU of sending it. Each part gets the transfer encoding Jakarta Mail would choose for it:
 *
 * <ul>
 * <li>quoted-printable (text mostly in Latin letters): encoded once, in pieces between the placeholders; a
 * recipient's part is those pieces joined with the encoded replacement. Each piece that does not end a line ends
 * with a soft line break ({@code =CRLF}), so every encoded line stays within 76 characters and the part decodes to
 * exactly the text with the placeholder replaced;
 * <li>base64 (text mostly in other scripts, e.g. Arabic): the UTF-8 bytes are made once, in pieces; a recipient's
 * part is joined and encoded with the JDK's MIME base64 encoder (76-character lines), which works on whole arrays.
 * </ul>
 * Made by {@link MailComposer#template}; sent with {@link MailComposer#sendAllFromTemplates}.
 */
public final class MailTemplate {

	static final String QUOTED_PRINTABLE = "quoted-printable";

	static final String BASE64 = "base64";

	private static final byte[] SOFT_BREAK = { '=', '\r', '\n' };

	private final String subject;

	private final String placeholder;

	private final Part text;

	private final Part html;

	MailTemplate(RenderedMail rendered, String placeholder) {
		if (placeholder.isEmpty()) {
			throw new IllegalArgumentException("empty placeholder");
		}
		this.subject = rendered.subject();
		this.placeholder = placeholder;
		this.text = new Part(rendered.text(), placeholder);
		this.html = new Part(rendered.html(), placeholder);
	}

	/** A mail from this template to one recipient: the placeholder replaced, with extra header fields. */
	public Personal to(String to, String replacement, Map<String, String> headers) {
		return new Personal(this, to, replacement, headers);
	}

	String subject() {
		return subject;
	}

	String placeholder() {
		return placeholder;
	}

	Part text() {
		return text;
	}

	Part html() {
		return html;
	}

	/** One part (text or HTML), ready to be joined with a recipient's replacement. */
	static final class Part {

		private final String encoding;

		private final List<byte[]> pieces;

		Part(String content, String placeholder) {
			this.encoding = mostlyAscii(content) ? QUOTED_PRINTABLE : BASE64;
			var pieces = new ArrayList<byte[]>();
			int from = 0;
			int at;
			while ((at = content.indexOf(placeholder, from)) >= 0) {
				pieces.add(piece(content.substring(from, at), true));
				from = at + placeholder.length();
			}
			pieces.add(piece(content.substring(from), false));
			this.pieces = List.copyOf(pieces);
		}

		String encoding() {
			return encoding;
		}

		/** The part's body as it goes on the wire (in {@link #encoding()}), with the replacement in place. */
		byte[] encoded(String replacement) {
			if (encoding.equals(QUOTED_PRINTABLE)) {
				return join(pieces, encode(replacement, true));
			}
			return Base64.getMimeEncoder().encode(join(pieces, replacement.getBytes(StandardCharsets.UTF_8)));
		}

		private byte[] piece(String content, boolean open) {
			return encoding.equals(QUOTED_PRINTABLE) ? encode(content, open) : content.getBytes(StandardCharsets.UTF_8);
		}

		/** Jakarta Mail's rule (MimeUtility.getEncoding): base64 once most bytes are not ASCII. */
		private static boolean mostlyAscii(String content) {
			var bytes = content.getBytes(StandardCharsets.UTF_8);
			var nonAscii = 0;
			for (var b : bytes) {
				if (b < 0) {
					nonAscii++;
				}
			}
			return nonAscii <= bytes.length - nonAscii;
		}
	}

	private static byte[] join(List<byte[]> pieces, byte[] value) {
		if (pieces.size() == 1) {
			return pieces.get(0);
		}
		var length = pieces.stream().mapToInt(piece -> piece.length).sum() + (pieces.size() - 1) * value.length;
		var joined = Arrays.copyOf(pieces.get(0), length);
		var position = pieces.get(0).length;
		for (var i = 1; i < pieces.size(); i++) {
			System.arraycopy(value, 0, joined, position, value.length);
			position += value.length;
			var piece = pieces.get(i);
			System.arraycopy(piece, 0, joined, position, piece.length);
			position += piece.length;
		}
		return joined;
	}

	/**
	 * Quoted-printable as Jakarta Mail writes it for a text part; with {@code open}, ending at a line end or a soft
	 * line break, so that more can follow.
	 */
	static byte[] encode(String text, boolean open) {
		if (text.isEmpty()) {
			return new byte[0];
		}
		var bytes = new ByteArrayOutputStream(text.length() + text.length() / 4 + 8);
		try (var encoder = MimeUtility.encode(bytes, QUOTED_PRINTABLE)) {
			encoder.write(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException | MessagingException e) {
			throw new UncheckedIOException(new IOException("Could not encode a mail part", e));
		}
		var encoded = bytes.toByteArray();
		var endsLine = encoded.length >= 2 && encoded[encoded.length - 2] == '\r' && encoded[encoded.length - 1] == '\n';
		if (endsLine || !open) {
			return encoded;
		}
		var ended = Arrays.copyOf(encoded, encoded.length + SOFT_BREAK.length);
		System.arraycopy(SOFT_BREAK, 0, ended, encoded.length, SOFT_BREAK.length);
		return ended;
	}

	/**
	 * A mail from a template to one recipient.
	 *
	 * @param headers extra header fields, e.g. {@code List-Unsubscribe}; values must not contain line breaks
	 */
	public record Personal(MailTemplate template, String to, String replacement, Map<String, String> headers) {

		public Personal {
			headers = RenderedMail.checked(headers);
		}
	}
}
