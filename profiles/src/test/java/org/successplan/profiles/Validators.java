package org.successplan.profiles;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/**
 * HAPI's instance validator with a support chain holding the built package (and, optionally,
 * further packages such as a derived one). Building the chain is slow, so each distinct set of
 * packages is built once per JVM and shared by all test classes.
 */
final class Validators {

    private static FhirValidator sspValidator;
    private static ValidationSupportChain sspChain;

    private Validators() {}

    /** The validator for our package alone. */
    static synchronized FhirValidator ssp() {
        if (sspValidator == null) {
            sspChain = chain();
            sspValidator = validator(sspChain);
        }
        return sspValidator;
    }

    /** The support chain behind {@link #ssp()} (e.g. to fetch StructureDefinitions with snapshots). */
    static synchronized IValidationSupport sspSupport() {
        ssp();
        return sspChain;
    }

    /** A new chain with our package plus the given extra validation supports (e.g. a derived package). */
    static ValidationSupportChain chain(IValidationSupport... extra) {
        FhirContext ctx = FhirContext.forR4Cached();
        try {
            NpmPackageValidationSupport npm = new NpmPackageValidationSupport(ctx);
            npm.loadPackageFromClasspath(SspPackage.CLASSPATH_LOCATION);
            List<IValidationSupport> supports = new ArrayList<>(List.of(extra));
            supports.addAll(List.of(
                    npm,
                    new DefaultProfileValidationSupport(ctx),
                    new CommonCodeSystemsTerminologyService(ctx),
                    new InMemoryTerminologyServerValidationSupport(ctx),
                    new SnapshotGeneratingValidationSupport(ctx)));
            return new ValidationSupportChain(supports);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FhirValidator validator(IValidationSupport chain) {
        FhirInstanceValidator module = new FhirInstanceValidator(chain);
        return FhirContext.forR4Cached().newValidator().registerValidatorModule(module);
    }

    static List<SingleValidationMessage> errors(ValidationResult result) {
        return result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .toList();
    }

    static String describe(List<SingleValidationMessage> messages) {
        return messages.stream()
                .map(m -> m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage())
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
