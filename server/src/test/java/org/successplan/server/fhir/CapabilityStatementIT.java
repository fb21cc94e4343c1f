package org.successplan.server.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.successplan.server.testing.FhirClients;
import org.successplan.server.testing.RawHttp;
import org.successplan.server.testing.ServerIT;

@ServerIT
class CapabilityStatementIT {

    @LocalServerPort
    int port;

    @Autowired
    BuildProperties build;

    @Test
    void metadata_namesSoftwareVersionAndResources() {
        CapabilityStatement capabilities = FhirClients.client(port)
                .capabilities()
                .ofType(CapabilityStatement.class)
                .execute();

        assertThat(capabilities.getSoftware().getName()).isEqualTo("Success Plan Exchange");
        assertThat(capabilities.getSoftware().getVersion())
                .isEqualTo(build.getVersion())
                .isNotBlank();
        assertThat(capabilities.getFhirVersion().toCode()).isEqualTo("4.0.1");
        assertThat(capabilities.getRestFirstRep().getResource())
                .extracting(CapabilityStatementRestResourceComponent::getType)
                .contains("Patient", "CarePlan", "Condition", "Goal", "ServiceRequest", "Task", "Consent");
        assertThat(capabilities.getRestFirstRep().getInteraction())
                .extracting(i -> i.getCode().toCode())
                .contains("transaction");
    }

    @Test
    void responses_areCompactJsonByDefault_andPrettyOnRequest() {
        RawHttp http = new RawHttp(port);

        HttpResponse<String> compact = http.get("/fhir/metadata");
        HttpResponse<String> pretty = http.get("/fhir/metadata?_pretty=true");

        assertThat(compact.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/fhir+json"));
        assertThat(compact.body()).startsWith("{\"resourceType\":\"CapabilityStatement\"");
        assertThat(pretty.body()).contains("\n  \"resourceType\"");
    }
}
