package org.successplan.bench;

import com.nimbusds.jose.jwk.JWK;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

/** One server under test: its base URLs, the district loaded on it, and a client per organization. */
final class Target {

    final String name;
    final String fhirBase;
    final String serverUrl;
    final String tokenUrl;
    final Http http;
    final DistrictState state;
    final List<SmartClient> schools = new ArrayList<>();
    final List<SmartClient> providers = new ArrayList<>();

    Target(String name, String fhirBase, Http http, DistrictState state) {
        this.name = name;
        this.fhirBase = fhirBase.replaceAll("/+$", "");
        this.serverUrl = this.fhirBase.endsWith("/fhir")
                ? this.fhirBase.substring(0, this.fhirBase.length() - "/fhir".length())
                : this.fhirBase;
        this.tokenUrl = serverUrl + "/auth/token";
        this.http = http;
        this.state = state;
        refreshClients();
    }

    /** Rebuilds the clients from the state's organizations (after registration). */
    void refreshClients() {
        schools.clear();
        providers.clear();
        state.schools.forEach(o -> schools.add(client(o)));
        state.providers.forEach(o -> providers.add(client(o)));
    }

    private static SmartClient client(DistrictState.Org org) {
        if (org.token != null) {
            return SmartClient.withToken(org.token, org.organization);
        }
        try {
            return SmartClient.withKey(org.clientId, org.organization, JWK.parse(org.key), org.scope);
        } catch (ParseException | NullPointerException e) {
            throw new IllegalStateException("No usable key for client " + org.clientId, e);
        }
    }

    HttpRequest.Builder fhir(SmartClient client, String path) {
        return http.request(path.startsWith("http") ? path : fhirBase + "/" + path)
                .header("Authorization", "Bearer " + client.token(http, tokenUrl))
                .header("Accept", Http.FHIR_JSON);
    }

    HttpResponse<String> get(SmartClient client, String path, String purpose) {
        HttpRequest.Builder request = fhir(client, path).GET();
        if (purpose != null) {
            request.header("X-Purpose-Of-Use", purpose);
        }
        return http.send(request.build());
    }

    HttpResponse<String> post(SmartClient client, String path, String body) {
        return http.send(fhir(client, path)
                .header("Content-Type", Http.FHIR_JSON)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }
}
