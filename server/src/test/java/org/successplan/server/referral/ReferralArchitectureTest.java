package org.successplan.server.referral;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The referral and subscription rules stay pure: no HAPI or Spring types, so they read and test as tables. */
class ReferralArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.successplan.server.referral", "org.successplan.server.notification");

    @Test
    void lifecycleReportAndCriteriaRules_haveNoHapiOrSpringDependencies() {
        noClasses()
                .that()
                .haveSimpleNameStartingWith("ReferralTransitions")
                .or()
                .haveSimpleNameStartingWith("ClosedLoopStatistics")
                .or()
                .haveSimpleNameStartingWith("SubscriptionCriteria")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("ca.uhn..", "org.hl7..", "org.springframework..", "jakarta.servlet..")
                .check(CLASSES);
    }
}
