package org.successplan.server.testing;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;

/** HAPI clients for a server started on a local port: authenticated (the default) or anonymous. */
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

    /** A client authenticated as the shared full-access test client ({@link TestClients#school}). */
    public static IGenericClient client(int port) {
        return TestClients.school(port).fhir();
    }

    /** A client without any credentials. */
    public static IGenericClient anonymous(int port) {
        return FHIR.newRestfulGenericClient(baseUrl(port));
    }
}
