package org.integrationskompass.events.domain;

public enum EventStatus {
	DRAFT, PUBLISHED, CANCELLED
}
