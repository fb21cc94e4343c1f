package org.successplan.server.ig;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.IValidatorModule;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseOperationOutcome;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Validates a resource of a profiled type against the profiles it declares, with HAPI's instance
 * validator: the JPA server's own ({@code myInstanceValidator}, the one {@code $validate} uses), so writes
 * and {@code $validate} judge alike and share one validation context. (HAPI's {@code
 * requireValidationToDeclaredProfiles()} rule builds a validator per resource type, each converting
 * every StructureDefinition to R5 again on its first use: a pause of seconds on the first write of each
 * type.) Errors and fatal issues fail; warnings and information do not. Unknown extensions are
 * allowed (HAPI's default): derived profiles of states and districts add their own.
 */
final class ProfileValidator {

    private final FhirValidator validator;
    private final Set<String> profiledTypes;
    private final FhirContext fhirContext;

    ProfileValidator(FhirContext fhirContext, IValidatorModule instanceValidator, Set<String> profiledTypes) {
        this.fhirContext = fhirContext;
        this.validator = fhirContext.newValidator();
        this.validator.registerValidatorModule(instanceValidator);
        this.profiledTypes = Set.copyOf(profiledTypes);
    }

    /** The validator's outcome when the resource does not conform; empty when it does or is not profiled. */
    Optional<IBaseOperationOutcome> nonConformance(IBaseResource resource) {
        if (!profiledTypes.contains(fhirContext.getResourceType(resource))) {
            return Optional.empty();
        }
        ValidationResult result = validator.validateWithResult(resource);
        boolean fails = result.getMessages().stream()
                .anyMatch(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal());
        return fails ? Optional.of(result.toOperationOutcome()) : Optional.empty();
    }
}
