package org.integrationskompass.site.web;

/** Where the sign-language video and its captions are, ready for {@code src} (context path included). */
record SignLanguageVideo(String src, String captions) {
}
