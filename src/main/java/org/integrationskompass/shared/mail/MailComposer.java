package org.integrationskompass.shared.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
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
import org.springframework.mail.javamail.MimeMessageHelper;
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

	private MimeMessage toMessage(RenderedMail mail) {
		var message = sender.createMimeMessage();
		try {
			var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
			helper.setFrom(settings.from());
			helper.setTo(mail.to());
			helper.setSubject(mail.subject());
			helper.setText(mail.text(), mail.html());
			for (var header : mail.headers().entrySet()) {
				message.setHeader(header.getKey(), header.getValue());
			}
		}
		catch (MessagingException e) {
			throw new MailSendException("Could not compose mail to " + mail.to(), e);
		}
		return message;
	}

	public MailSettings settings() {
		return settings;
	}
}
