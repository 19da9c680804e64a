package org.integrationskompass.shared.mail;

import java.util.Properties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Gives the SMTP client sockets without Nagle's delay ({@link SmtpSockets}). Spring Boot builds the
 * {@link JavaMailSenderImpl} from {@code spring.mail.*}; this adds the socket factory to its Jakarta Mail properties
 * before the first session is made, for {@code smtp} and {@code smtps}. Left alone when the configuration names a
 * socket factory of its own, a SOCKS proxy or socket channels (Jakarta Mail bypasses those for a socket factory).
 * A mail session from JNDI ({@code spring.mail.jndi-name}) is used as it comes: it has properties of its own.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	@Bean
	static BeanPostProcessor smtpSocketsWithoutDelay() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof JavaMailSenderImpl sender) {
					noDelay(sender.getJavaMailProperties());
				}
				return bean;
			}
		};
	}

	static void noDelay(Properties properties) {
		for (var prefix : new String[] { "mail.smtp", "mail.smtps" }) {
			if (properties.get(prefix + ".socketFactory") == null
					&& properties.getProperty(prefix + ".socketFactory.class") == null
					&& properties.getProperty(prefix + ".socks.host") == null
					&& !Boolean.parseBoolean(properties.getProperty(prefix + ".usesocketchannels"))) {
				properties.put(prefix + ".socketFactory", SmtpSockets.INSTANCE);
				// Without this, a failed connect is tried a second time without the factory (twice the timeout).
				properties.putIfAbsent(prefix + ".socketFactory.fallback", "false");
			}
		}
	}
}
