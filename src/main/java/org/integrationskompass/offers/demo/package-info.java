/** Demo offers of the offers module, for the embedded default installation only. */
@NullMarked
package org.integrationskompass.offers.demo;

import org.jspecify.annotations.NullMarked;
