package org.integrationskompass.site.domain;

/** Accessibility feedback was stored; published inside the storing transaction, so listeners can act after commit. */
public record FeedbackReceived(long feedbackId) {
}
