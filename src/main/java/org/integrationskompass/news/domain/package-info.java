/** The news article with its images, its publication window (scheduled publish and unpublish) and reading time. */
@NullMarked
package org.integrationskompass.news.domain;

import org.jspecify.annotations.NullMarked;
