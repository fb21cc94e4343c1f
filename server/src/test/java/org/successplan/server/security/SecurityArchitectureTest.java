package org.successplan.server.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The scope rules stay pure: no HAPI server or Spring types, so they read and test as a table. */
class SecurityArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.successplan.server.security");

    @Test
    void scopePolicyAndScopeModel_haveNoHapiOrSpringDependencies() {
        noClasses()
                .that()
                .haveSimpleNameStartingWith("ScopePolicy")
                .or()
                .haveSimpleNameStartingWith("SmartScope")
                .or()
                .haveSimpleName("Interaction")
                .or()
                .haveSimpleName("ScopeDecision")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("ca.uhn..", "org.springframework..", "jakarta.servlet..")
                .check(CLASSES);
    }
}
