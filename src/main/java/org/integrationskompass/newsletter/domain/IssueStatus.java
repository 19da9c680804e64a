package org.integrationskompass.newsletter.domain;

public enum IssueStatus {
	DRAFT, SENDING, SENT
}
