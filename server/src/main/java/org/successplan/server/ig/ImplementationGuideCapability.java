package org.successplan.server.ig;

import java.util.List;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.ImplementationGuide;
import org.successplan.server.fhir.CapabilityStatementCustomizer;

/** Names the installed implementation guides in {@code CapabilityStatement.implementationGuide}. */
final class ImplementationGuideCapability implements CapabilityStatementCustomizer {

    private final List<String> guideUrls;

    ImplementationGuideCapability(List<ImplementationGuide> guides) {
        this.guideUrls = guides.stream().map(ImplementationGuide::getUrl).toList();
    }

    @Override
    public void customize(CapabilityStatement capabilityStatement) {
        guideUrls.forEach(capabilityStatement::addImplementationGuide);
    }
}
