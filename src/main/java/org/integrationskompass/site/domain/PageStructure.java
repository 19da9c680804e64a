package org.integrationskompass.site.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a page sits: its parent (none for a top-level page), its slug (the last part of its address), its position
 * among its siblings and its place in the navigation.
 */
public record PageStructure(@Nullable UUID parentId, String slug, int position, MenuPlacement menu, int menuOrder) {
}
