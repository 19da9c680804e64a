package org.integrationskompass.site.web;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The video in German Sign Language (DGS) for the sign-language page. Until one is produced, the page says so.
 *
 * @param signLanguageVideo a path on this server ({@code /media/dgs/integrationskompass.mp4}, e.g. a file under
 * {@code static/} or served by the reverse proxy) or an absolute URL on the portal's own host
 * ({@code platform.site.base-url}); the content security policy blocks media from other hosts
 * @param signLanguageCaptions the WebVTT captions for it; empty means the video's path with {@code .vtt} instead of
 * its extension
 */
@ConfigurationProperties("platform.site")
record SignLanguageSettings(@Nullable String signLanguageVideo, @Nullable String signLanguageCaptions) {
}
