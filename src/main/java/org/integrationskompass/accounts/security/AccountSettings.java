package org.integrationskompass.accounts.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param initialAdminLogin login name of the administrator created on first start of an empty database
 * @param csrfSecret key for the signed CSRF tokens of anonymous forms; set the same value on every instance
 * when several run behind a load balancer (empty: random per instance)
 */
@ConfigurationProperties("platform.accounts")
record AccountSettings(@DefaultValue("admin") String initialAdminLogin, @DefaultValue("") String csrfSecret) {
}
