package org.successplan.server.testing;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;

/** HAPI clients for a server started on a local port. */
public final class FhirClients {

    public static final FhirContext FHIR = FhirContext.forR4Cached();

    static {
        FHIR.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        FHIR.getRestfulClientFactory().setSocketTimeout(60_000);
    }

    private FhirClients() {}

    public static String baseUrl(int port) {
        return "http://localhost:" + port + "/fhir";
    }

    public static IGenericClient client(int port) {
        return FHIR.newRestfulGenericClient(baseUrl(port));
    }
}
