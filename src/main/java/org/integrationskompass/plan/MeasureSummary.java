package org.integrationskompass.plan;

import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A measure as other modules see it.
 *
 * @param id the measure
 * @param title the measure's title in every language it has
 * @param fieldOfActionId the field of action it belongs to
 * @param fieldOfActionSlug the field of action's address part, for links to {@code /integrationsplan/<slug>}
 * @param parentId the measure it is a sub-measure of, if any
 * @param status {@code PLANNED}, {@code IN_PROGRESS} or {@code DONE}
 */
public record MeasureSummary(MeasureId id, LocalizedText title, FieldOfActionId fieldOfActionId, String fieldOfActionSlug,
		@Nullable MeasureId parentId, String status) {
}
