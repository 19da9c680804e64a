package org.integrationskompass.shared.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.PreencodedMimeBodyPart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.integrationskompass.shared.domain.TextDirection;
import org.integrationskompass.shared.web.SiteLanguages;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail from Thymeleaf templates (an HTML and a plain-text part, in the recipient's language) and
 * sends it over SMTP. Mail templates live in their module's {@code templates/<module>/mail/} folder and use
 * absolute links built from {@code baseUrl}, because a mail has no page to be relative to.
 */
@Component
public class MailComposer {

	/*
	 * Jakarta Mail 2.1 looks its StreamProvider up through the ServiceLoader for every multipart and body part it
	 * creates, which scans every jar on the class path (jakartaee/mail-api#699 and #861): a fifth of the CPU of
	 * sending a mail. Its factory finder asks this system property first; naming Angus Mail's provider (the only
	 * one on the class path) turns the scan into a class lookup. A value set from outside is left alone.
	 */
	static {
		var provider = "jakarta.mail.util.StreamProvider";
		if (System.getProperty(provider) == null) {
			System.setProperty(provider, "org.eclipse.angus.mail.util.MailStreamProvider");
		}
	}

	private static final String UTF_8 = StandardCharsets.UTF_8.name();

	private final JavaMailSender sender;

	private final SpringTemplateEngine htmlTemplates;

	private final TemplateEngine textTemplates;

	private final MessageSource messages;

	private final MailSettings settings;

	private final SiteLanguages site;

	MailComposer(JavaMailSender sender, SpringTemplateEngine htmlTemplates, MessageSource messages,
			MailSettings settings, SiteLanguages site) {
		this.sender = sender;
		this.htmlTemplates = htmlTemplates;
		this.messages = messages;
		this.settings = settings;
		this.site = site;
		var textResolver = new ClassLoaderTemplateResolver();
		textResolver.setPrefix("templates/");
		textResolver.setSuffix(".txt");
		textResolver.setTemplateMode(TemplateMode.TEXT);
		textResolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		var text = new SpringTemplateEngine();
		text.setTemplateResolver(textResolver);
		text.setTemplateEngineMessageSource(messages);
		this.textTemplates = text;
	}

	/** Renders and sends; throws {@link MailSendException} when the SMTP server cannot be reached. */
	public void send(OutgoingMail mail) {
		sender.send(compose(mail));
	}

	/**
	 * Renders the mails and sends them over one SMTP connection (a connection per mail costs more than the mail).
	 *
	 * @return by position in {@code mails}: the mails that could not be rendered or sent, each with the reason;
	 * empty when all went out
	 */
	public Map<Integer, RuntimeException> sendAll(List<OutgoingMail> mails) {
		var failed = new LinkedHashMap<Integer, RuntimeException>();
		var composed = new LinkedHashMap<MimeMessage, Integer>();
		for (var i = 0; i < mails.size(); i++) {
			try {
				composed.put(compose(mails.get(i)), i);
			}
			catch (RuntimeException e) {
				failed.put(i, e);
			}
		}
		if (composed.isEmpty()) {
			return failed;
		}
		sendComposed(composed, failed);
		return failed;
	}

	private void sendComposed(Map<MimeMessage, Integer> composed, Map<Integer, RuntimeException> failed) {
		try {
			sender.send(composed.keySet().toArray(MimeMessage[]::new));
		}
		catch (MailSendException e) {
			var perMessage = e.getFailedMessages();
			if (perMessage.isEmpty()) {
				composed.values().forEach(i -> failed.put(i, e));
			}
			perMessage.forEach((message, cause) -> {
				var i = composed.get(message);
				if (i != null) {
					failed.put(i, new MailSendException(cause.toString(), cause));
				}
			});
		}
		catch (RuntimeException e) {
			composed.values().forEach(i -> failed.put(i, e));
		}
	}

	private MimeMessage compose(OutgoingMail mail) {
		return toMessage(render(mail));
	}

	/**
	 * Renders a mail without sending it, for senders that send one text to many recipients and fill in only a
	 * per-recipient detail (the newsletter renders an issue once per language, not once per subscriber).
	 */
	public RenderedMail render(OutgoingMail mail) {
		var variables = new HashMap<>(mail.variables());
		variables.put("baseUrl", site.baseUrl() + site.prefixOf(mail.locale().getLanguage()));
		variables.put("language", mail.locale().getLanguage());
		variables.put("direction", TextDirection.of(mail.locale()));
		var context = new Context(mail.locale(), variables);
		var html = htmlTemplates.process(mail.template(), context);
		var text = textTemplates.process(mail.template(), context);
		var subject = messages.getMessage(mail.subjectKey(), mail.subjectArgs(), mail.locale());
		return new RenderedMail(mail.to(), subject, text, html, Map.of());
	}

	/** Sends rendered mails over one SMTP connection; answers as {@link #sendAll}. */
	public Map<Integer, RuntimeException> sendAllRendered(List<RenderedMail> mails) {
		var failed = new LinkedHashMap<Integer, RuntimeException>();
		var composed = new LinkedHashMap<MimeMessage, Integer>();
		for (var i = 0; i < mails.size(); i++) {
			try {
				composed.put(toMessage(mails.get(i)), i);
			}
			catch (RuntimeException e) {
				failed.put(i, e);
			}
		}
		if (!composed.isEmpty()) {
			sendComposed(composed, failed);
		}
		return failed;
	}

	/**
	 * Prepares a rendered mail for many recipients who differ only where {@code placeholder} stands in its text and
	 * HTML: the parts are encoded once ({@link MailTemplate}), not once per recipient.
	 */
	public MailTemplate template(RenderedMail rendered, String placeholder) {
		return new MailTemplate(rendered, placeholder);
	}

	/** Sends mails made from templates over one SMTP connection; answers as {@link #sendAll}. */
	public Map<Integer, RuntimeException> sendAllFromTemplates(List<MailTemplate.Personal> mails) {
		var failed = new LinkedHashMap<Integer, RuntimeException>();
		var composed = new LinkedHashMap<MimeMessage, Integer>();
		for (var i = 0; i < mails.size(); i++) {
			try {
				composed.put(toMessage(mails.get(i)), i);
			}
			catch (RuntimeException e) {
				failed.put(i, e);
			}
		}
		if (!composed.isEmpty()) {
			sendComposed(composed, failed);
		}
		return failed;
	}

	private MimeMessage toMessage(MailTemplate.Personal mail) {
		var message = newMessage();
		var template = mail.template();
		try {
			message.setFrom(new InternetAddress(settings.from(), true));
			message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
			message.setSubject(template.subject(), UTF_8);
			var alternative = new MimeMultipart("alternative");
			alternative.addBodyPart(encoded(template.text(), mail.replacement(), "text/plain; charset=" + UTF_8));
			alternative.addBodyPart(encoded(template.html(), mail.replacement(), "text/html;charset=" + UTF_8));
			message.setContent(nested("mixed", nested("related", alternative)));
			for (var header : mail.headers().entrySet()) {
				message.setHeader(header.getKey(), header.getValue());
			}
		}
		catch (MessagingException e) {
			throw new MailSendException("Could not compose mail to " + mail.to(), e);
		}
		return message;
	}

	/** A text part written as it is (encoded by {@link MailTemplate}): no scan to choose an encoding, no re-encoding. */
	private static MimeBodyPart encoded(MailTemplate.Part template, String replacement, String type)
			throws MessagingException {
		var part = new PreencodedMimeBodyPart(template.encoding());
		part.setDataHandler(new DataHandler(new ByteArrayDataSource(template.encoded(replacement), type)));
		part.setHeader("Content-Type", type);
		part.setHeader("Content-Transfer-Encoding", template.encoding());
		return part;
	}

	private MimeMessage newMessage() {
		return sender instanceof JavaMailSenderImpl smtp ? new BufferedMimeMessage(smtp.getSession())
				: sender.createMimeMessage();
	}

	/**
	 * The message as Spring's {@code MimeMessageHelper} in {@code MULTIPART_MODE_MIXED_RELATED} builds it
	 * (mixed, related, alternative with the text and the HTML part, UTF-8), made directly: the helper reads the
	 * {@code mime.types} file again for every message it is given that Spring did not create itself.
	 */
	private MimeMessage toMessage(RenderedMail mail) {
		var message = newMessage();
		try {
			message.setFrom(new InternetAddress(settings.from(), true));
			message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
			message.setSubject(mail.subject(), UTF_8);
			var text = new MimeBodyPart();
			text.setText(mail.text(), UTF_8);
			var html = new MimeBodyPart();
			html.setContent(mail.html(), "text/html;charset=" + UTF_8);
			var alternative = new MimeMultipart("alternative");
			alternative.addBodyPart(text);
			alternative.addBodyPart(html);
			message.setContent(nested("mixed", nested("related", alternative)));
			for (var header : mail.headers().entrySet()) {
				message.setHeader(header.getKey(), header.getValue());
			}
		}
		catch (MessagingException e) {
			throw new MailSendException("Could not compose mail to " + mail.to(), e);
		}
		return message;
	}

	private static MimeMultipart nested(String subtype, MimeMultipart content) throws MessagingException {
		var part = new MimeBodyPart();
		part.setContent(content);
		var multipart = new MimeMultipart(subtype);
		multipart.addBodyPart(part);
		return multipart;
	}

	public MailSettings settings() {
		return settings;
	}

	/**
	 * A message that writes itself through a buffer. Jakarta Mail's quoted-printable encoder hands the SMTP stream
	 * one byte at a time, and the SMTP stream checks every byte for line ends and leading dots on its own call:
	 * half of the CPU of sending a newsletter (bench/newsletter). Through the buffer the SMTP stream gets blocks,
	 * the same bytes in the same order; the buffer is flushed before the transport ends the message.
	 */
	static final class BufferedMimeMessage extends MimeMessage {

		BufferedMimeMessage(jakarta.mail.Session session) {
			super(session);
		}

		@Override
		public void writeTo(OutputStream out, String[] ignoreList) throws IOException, MessagingException {
			var buffered = new BufferedOutputStream(out, 16 * 1024);
			super.writeTo(buffered, ignoreList);
			buffered.flush();
		}
	}
}
