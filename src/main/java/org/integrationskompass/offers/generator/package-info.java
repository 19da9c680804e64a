/**
 * Synthetic offers for load tests and benchmarks ({@code --generate-offers=N}): deterministic for a seed, written
 * with plain SQL batches and then indexed with the mass indexer. Never part of a normal start.
 */
@NullMarked
package org.integrationskompass.offers.generator;

import org.jspecify.annotations.NullMarked;
