package org.integrationskompass.offers.web;

import java.util.List;

/** A way out of an empty result: a changed search and a sentence that says what changes. */
public record Suggestion(String messageKey, List<Object> args, String url) {
}
