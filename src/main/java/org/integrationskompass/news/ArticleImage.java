package org.integrationskompass.news;

/**
 * An image of a published article with everything needed to show it elsewhere (a newsletter issue, its PDF).
 *
 * @param alt the alternative text; empty only for a purely decorative image
 * @param credit the © credit line as the editors entered it
 */
public record ArticleImage(String alt, String caption, String credit, String contentType, byte[] data) {
}
