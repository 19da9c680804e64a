package org.integrationskompass;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps the module boundaries honest and writes the module diagrams and canvases to target/spring-modulith-docs. */
class ModularityTests {

	private static final ApplicationModules modules = ApplicationModules.of(Application.class);

	@Test
	void modulesOnlyUseEachOthersApisAlongDeclaredDependencies() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}
}
