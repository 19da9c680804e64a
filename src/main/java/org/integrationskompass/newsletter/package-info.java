/**
 * The "Integrationsbrief", the office's numbered newsletter: subscriptions with double opt-in, consent trail and
 * one-click unsubscribe; issues with an editorial, articles (written for the issue or copied from news), a column,
 * a quote box and a masthead, each text in several languages; sending in batches with a persisted position; bounce
 * handling; an accessible PDF and web view of every sent issue. Reads published articles through
 * {@code news.NewsFeed}; publishes and consumes no events.
 */
@ApplicationModule(displayName = "Newsletter", allowedDependencies = { "shared :: *", "news" })
@NullMarked
package org.integrationskompass.newsletter;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
