package org.successplan.server.ig;

import ca.uhn.fhir.jpa.packages.IPackageInstallerSvc;
import ca.uhn.fhir.jpa.packages.PackageInstallationSpec;
import ca.uhn.fhir.jpa.packages.PackageInstallationSpec.InstallModeEnum;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/**
 * Installs every package with HAPI's package installer once the application context has started
 * (HAPI registers its batch jobs, which installing search parameters uses, on context refresh) and
 * before the server reports ready: conformance resources are created or updated (an unchanged resource
 * gets no new version), search parameters are activated and the validation caches are reset. A package
 * that cannot be installed stops the start-up. Writes that arrive before the installation finished are
 * refused, because the profiles they must validate against are not there yet.
 */
final class PackageInstallation implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(PackageInstallation.class);

    private final FhirPackages packages;
    private final IPackageInstallerSvc installer;

    PackageInstallation(FhirPackages packages, IPackageInstallerSvc installer) {
        this.packages = packages;
        this.installer = installer;
    }

    /** Before every other start-up runner: what they store is validated against the packages. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (FhirPackage fhirPackage : packages.all()) {
            long start = System.nanoTime();
            PackageInstallationSpec spec = new PackageInstallationSpec()
                    .setName(fhirPackage.name())
                    .setVersion(fhirPackage.version())
                    .setPackageContents(fhirPackage.contents())
                    .setInstallMode(InstallModeEnum.STORE_AND_INSTALL)
                    .setFetchDependencies(false);
            spec.setInstallResourceTypes(FhirPackage.CONFORMANCE_TYPES);
            installer.install(spec);
            log.info(
                    "Installed FHIR package {} ({} conformance resources) in {} ms",
                    fhirPackage.id(),
                    fhirPackage.conformanceResources().size(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}
