/** The editors' back office for news: list with state, form, preview, images, delete. */
@NullMarked
package org.integrationskompass.news.admin;

import org.jspecify.annotations.NullMarked;
