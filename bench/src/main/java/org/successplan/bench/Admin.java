package org.successplan.bench;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The server's operator API ({@code /admin}, HTTP Basic): registers the district's organizations and one
 * client per organization, with a fresh EC P-384 key whose private half stays in the state file.
 * Organizations are found again by identifier, so a second run against the same database reuses them;
 * an existing client gets the new key ({@code PUT}).
 */
final class Admin {

    static final String NCES_SCHOOL_ID = "http://successplan.org/fhir/sid/nces-school-id";
    static final String EIN = "urn:oid:2.16.840.1.113883.4.4";
    static final String NPI = "http://hl7.org/fhir/sid/us-npi";

    static final String SCHOOL_SCOPES = "system/*.cruds";
    static final String PROVIDER_SCOPES = String.join(
            " ",
            "system/Patient.rs",
            "system/Condition.rs",
            "system/Goal.rs",
            "system/Observation.rs",
            "system/CarePlan.rs",
            "system/Consent.rs",
            "system/ServiceRequest.rs",
            "system/Task.rus",
            "system/Procedure.crus",
            "system/Organization.rs");

    private final Http http;
    private final String serverUrl;
    private final String basic;

    Admin(Http http, String serverUrl, String user, String password) {
        this.http = http;
        this.serverUrl = serverUrl;
        this.basic =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Registers (or finds) the organization and registers its client; fills in {@code org}. */
    void register(DistrictState.Org org, String idSystem, String idValue) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("name", org.name);
        organization.put("type", org.type);
        organization.put("identifier", Map.of("system", idSystem, "value", idValue));
        HttpResponse<String> created = post("/admin/organizations", organization);
        if (created.statusCode() != 200 && created.statusCode() != 201) {
            throw new IllegalStateException("Cannot register organization " + org.name + ": " + Http.describe(created));
        }
        org.organization = Http.json(created.body()).path("organization").asText();
        ECKey key = SmartClient.newKey();
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("clientId", org.clientId);
        client.put("organization", org.organization);
        client.put("scopes", List.of(org.scope.split(" ")));
        client.put("jwks", new JWKSet(key.toPublicJWK()).toJSONObject(true));
        client.put("description", "Benchmark client (ssp-bench) for " + org.name);
        HttpResponse<String> response = post("/admin/clients", client);
        if (response.statusCode() == 409) {
            response = send("PUT", "/admin/clients/" + org.clientId, client);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Cannot register client " + org.clientId + ": " + Http.describe(response));
        }
        org.key = key.toJSONString();
    }

    /** Heap used and GC pause totals from {@code /actuator/prometheus}; empty when not reachable. */
    Map<String, Double> metrics() {
        Map<String, Double> values = new LinkedHashMap<>();
        try {
            HttpResponse<String> response = http.send(http.request(serverUrl + "/actuator/prometheus")
                    .header("Authorization", basic)
                    .GET()
                    .build());
            if (response.statusCode() != 200) {
                return values;
            }
            double heap = 0, heapMax = 0, gcSeconds = 0, gcCount = 0, uptime = 0;
            for (String line : response.body().split("\n")) {
                if (line.startsWith("#")) {
                    continue;
                }
                double v = value(line);
                if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                    heap += v;
                } else if (line.startsWith("jvm_memory_max_bytes{") && line.contains("area=\"heap\"") && v > 0) {
                    heapMax += v;
                } else if (line.startsWith("jvm_gc_pause_seconds_sum")) {
                    gcSeconds += v;
                } else if (line.startsWith("jvm_gc_pause_seconds_count")) {
                    gcCount += v;
                } else if (line.startsWith("process_uptime_seconds")) {
                    uptime = v;
                }
            }
            values.put("heapUsedMb", heap / 1024 / 1024);
            values.put("heapMaxMb", heapMax / 1024 / 1024);
            values.put("gcPauseSeconds", gcSeconds);
            values.put("gcPauses", gcCount);
            values.put("uptimeSeconds", uptime);
        } catch (RuntimeException e) {
            // metrics are optional
        }
        return values;
    }

    private static double value(String line) {
        try {
            return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private HttpResponse<String> post(String path, Object body) {
        return send("POST", path, body);
    }

    private HttpResponse<String> send(String method, String path, Object body) {
        return http.send(http.request(serverUrl + path)
                .header("Authorization", basic)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(Http.write(body)))
                .build());
    }
}
