/** The integration contract, its measures and documents, and the rules on funding, term and progress. */
@NullMarked
package org.integrationskompass.contracts.domain;

import org.jspecify.annotations.NullMarked;
