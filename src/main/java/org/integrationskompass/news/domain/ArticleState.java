package org.integrationskompass.news.domain;

/**
 * Where an article stands at a moment: a draft has no publish time; a scheduled one will be public at its publish
 * time; a public one is visible; an unpublished one was visible and its unpublish time has passed. The message key
 * is {@code news.admin.state.<NAME>}.
 */
public enum ArticleState {

	DRAFT, SCHEDULED, PUBLIC, UNPUBLISHED;

	public String messageKey() {
		return "news.admin.state." + name();
	}
}
