package org.successplan.server.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The audit rules stay pure (what is a disclosure, who reads what, the chain check, the report): FHIR
 * model types only, no HAPI server, Spring or servlet types, so they read and test as plain code.
 */
class AuditArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.successplan.server.audit");

    @Test
    void auditRules_haveNoHapiServerOrSpringDependencies() {
        noClasses()
                .that()
                .haveSimpleNameStartingWith("AuditEventFactory")
                .or()
                .haveSimpleNameStartingWith("AuditIndex")
                .or()
                .haveSimpleNameStartingWith("AuditAccess")
                .or()
                .haveSimpleNameStartingWith("ChainVerifier")
                .or()
                .haveSimpleNameStartingWith("HashChain")
                .or()
                .haveSimpleNameStartingWith("DisclosureReport")
                .and()
                .doNotHaveSimpleName("DisclosureReportProvider")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "ca.uhn.fhir.rest..", "ca.uhn.fhir.jpa..", "org.springframework..", "jakarta.servlet..")
                .check(CLASSES);
    }
}
