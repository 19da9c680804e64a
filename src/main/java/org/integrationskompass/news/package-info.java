/**
 * News and press releases of the office: articles with images, scheduled publishing, feeds. Other modules read
 * published articles through {@link org.integrationskompass.news.NewsFeed}.
 */
@ApplicationModule(displayName = "News", allowedDependencies = { "shared :: *" })
@NullMarked
package org.integrationskompass.news;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
