/**
 * News and press releases of the office: articles with images, fields of action, scheduled publishing and
 * unpublishing, public list, article pages, print view and RSS/Atom feeds, back office for editors. Other modules
 * read published articles through {@link org.integrationskompass.news.NewsFeed}. Publishes
 * {@link org.integrationskompass.news.ArticlePublished} once when an article becomes public; consumes no events.
 */
@ApplicationModule(displayName = "News", allowedDependencies = { "shared :: *" })
@NullMarked
package org.integrationskompass.news;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
