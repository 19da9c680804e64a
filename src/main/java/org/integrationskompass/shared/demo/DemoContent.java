package org.integrationskompass.shared.demo;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;

/**
 * Marks a module's demo-content loader. It exists only when {@code platform.demo.enabled=true} (the {@code dev}
 * profile of the README's run command) and never under the {@code prod} profile, whatever the environment says.
 * A loader fills only an empty database, through the module's own repositories, so search indexes see the rows.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = "platform.demo.enabled", havingValue = "true")
@Profile("!prod")
public @interface DemoContent {
}
