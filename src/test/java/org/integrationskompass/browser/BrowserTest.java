package org.integrationskompass.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A test that drives the whole application, started on a random port with its own in-memory H2 database,
 * through headless Chromium. Every browser test class uses exactly this configuration, so Spring caches one
 * application context for all of them. Test methods may declare a {@link PageChecks} (or
 * {@link org.openqa.selenium.WebDriver}) parameter. Run only these tests with {@code -Dgroups=browser},
 * or leave them out with {@code -DexcludedGroups=browser}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@ExtendWith(BrowserSupport.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:browser-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
public @interface BrowserTest {
}
