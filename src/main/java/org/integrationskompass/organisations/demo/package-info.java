/** Demo organisations of the organisations module, for the embedded default installation only. */
@NullMarked
package org.integrationskompass.organisations.demo;

import org.jspecify.annotations.NullMarked;
