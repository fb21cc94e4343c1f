package org.successplan.server.fhir;

import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.provider.JpaCapabilityStatementProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import ca.uhn.fhir.util.FhirTerser;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;

/**
 * HAPI's JPA CapabilityStatement (resources, search parameters and supported profiles from the
 * stored StructureDefinitions), without resource counts (they would tell anyone how many students
 * the server holds), plus what each feature adds through {@link CapabilityStatementCustomizer}.
 */
class SuccessPlanCapabilityStatementProvider extends JpaCapabilityStatementProvider {

    private final List<CapabilityStatementCustomizer> customizers;

    SuccessPlanCapabilityStatementProvider(
            RestfulServer server,
            IFhirSystemDao<?, ?> systemDao,
            JpaStorageSettings storageSettings,
            ISearchParamRegistry searchParamRegistry,
            IValidationSupport validationSupport,
            List<CapabilityStatementCustomizer> customizers) {
        super(server, systemDao, storageSettings, searchParamRegistry, validationSupport);
        this.customizers = customizers;
        setIncludeResourceCounts(false);
    }

    @Override
    protected void postProcess(FhirTerser terser, IBaseConformance conformance) {
        super.postProcess(terser, conformance);
        CapabilityStatement capabilityStatement = (CapabilityStatement) conformance;
        capabilityStatement.setName("SuccessPlanExchange");
        capabilityStatement.setTitle("Success Plan Exchange FHIR server");
        capabilityStatement.setPublisher("Success Plan Exchange");
        customizers.forEach(customizer -> customizer.customize(capabilityStatement));
    }
}
