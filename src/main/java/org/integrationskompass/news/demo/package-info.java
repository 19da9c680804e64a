/** Demo articles for the dev profile, written from the facts of the seed pages. */
@NullMarked
package org.integrationskompass.news.demo;

import org.jspecify.annotations.NullMarked;
