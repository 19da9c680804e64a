package org.integrationskompass.site;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on a real port (so a test can post through Tomcat itself), with its own in-memory H2 database
 * and mail going to GreenMail's test SMTP port (3025, {@code ServerSetupTest.SMTP}). Classes with this annotation
 * share one application context; their tests must not assume an empty database. The link checker may request
 * loopback addresses here (never in production) and never runs on its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:site-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.mail.host=127.0.0.1",
		"spring.mail.port=3025",
		"platform.mail.from=integrationskompass@integrationskompass.test",
		"platform.mail.office=redaktion@integrationskompass.test",
		"platform.demo.enabled=false",
		// The link checker's tests reach their own server on 127.0.0.1 and call the checker themselves.
		"platform.site.links.allow-private-addresses=true", "platform.site.links.check-poll=P1D",
		"platform.site.links.connect-timeout=PT1S", "platform.site.links.read-timeout=PT1S",
		"platform.site.links.max-redirects=3" })
@AutoConfigureMockMvc
public @interface SiteIntegrationTest {
}
