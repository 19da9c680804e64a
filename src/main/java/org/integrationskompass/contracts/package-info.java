/**
 * Integration contracts between the state and civil-society partners: partners, topic, signing, term, funding
 * (state-funded or a self-commitment), legal basis, agreed measures with status and progress, documents, and links
 * to related events and offers. Public list and contract pages, back office for editors. Publishes
 * {@code ContractSigned} when a signed contract becomes public; consumes no events.
 */
@ApplicationModule(displayName = "Integration contracts",
		allowedDependencies = { "shared :: *", "organisations", "events", "offers" })
@NullMarked
package org.integrationskompass.contracts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
