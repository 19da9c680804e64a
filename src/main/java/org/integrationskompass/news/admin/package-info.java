/**
 * The editors' back office for news at {@code /admin/aktuelles} (editors and administrators): list with state,
 * form per language, publish and unpublish now, preview, pictures, delete.
 */
@NullMarked
package org.integrationskompass.news.admin;

import org.jspecify.annotations.NullMarked;
