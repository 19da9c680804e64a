/**
 * Real-browser test support: one headless Debian Chromium per test JVM, axe-core accessibility checks and the
 * in-process Nu HTML checker. Annotate a test class with {@link org.integrationskompass.browser.BrowserTest} and
 * take a {@link org.integrationskompass.browser.PageChecks} parameter.
 */
@NullMarked
package org.integrationskompass.browser;

import org.jspecify.annotations.NullMarked;
