package org.integrationskompass;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;

/** The house rules of the code base that Spring Modulith does not check. */
class ArchitectureTests {

	private static final JavaClasses production = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.integrationskompass");

	private static final JavaClasses everything = new ClassFileImporter().importPackages("org.integrationskompass");

	@Test
	void controllersLiveOnlyInWebOrAdminPackages() {
		classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
			.should().resideInAnyPackage("..web..", "..admin..")
			.check(production);
	}

	@Test
	void controllerAdviceLivesOnlyInWebOrAdminPackages() {
		classes().that().areAnnotatedWith(ControllerAdvice.class)
			.should().resideInAnyPackage("..web..", "..admin..")
			.check(production);
	}

	@Test
	void jpaIsUsedOnlyInDomainAndSharedPersistencePackages() {
		noClasses().that().resideOutsideOfPackages("..domain..", "..shared.persistence..")
			.should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
			.check(production);
	}

	@Test
	void nothingIsFieldInjected() {
		noFields().should().beAnnotatedWith(Autowired.class)
			.orShould().beAnnotatedWith("jakarta.inject.Inject")
			.check(production);
	}

	@Test
	void noTypeIsNamedImplUtilOrHelper() {
		noClasses().should().haveSimpleNameEndingWith("Impl")
			.orShould().haveSimpleNameEndingWith("Util")
			.orShould().haveSimpleNameEndingWith("Utils")
			.orShould().haveSimpleNameEndingWith("Helper")
			.check(everything);
	}
}
