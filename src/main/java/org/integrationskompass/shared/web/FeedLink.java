package org.integrationskompass.shared.web;

/**
 * A feed that a page announces in its head ({@code <link rel="alternate">}), so that feed readers and browsers find
 * it. A controller puts a list of these into the model as {@code feedLinks}; the public page shell writes them.
 *
 * @param type the feed's media type, e.g. {@code application/rss+xml}
 * @param title what a feed reader calls the feed (already in the page language)
 * @param href context-relative path without language prefix, e.g. {@code /aktuelles/rss.xml}: the link builder adds
 * the page language's prefix, so an English page announces the English feed
 */
public record FeedLink(String type, String title, String href) {
}
