/** Demo content: the four integration contracts of Hessen, with example measures. */
@NullMarked
package org.integrationskompass.contracts.demo;

import org.jspecify.annotations.NullMarked;
