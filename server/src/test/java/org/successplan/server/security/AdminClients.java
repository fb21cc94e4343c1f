package org.successplan.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.successplan.server.testing.TestClients;
import org.successplan.server.testing.TestClients.TestClient;

/** An operator (admin) client per server, registered through the admin API with {@code admin: true}. */
final class AdminClients {

    private static final Map<Integer, TestClient> OPERATORS = new ConcurrentHashMap<>();

    private AdminClients() {}

    static TestClient operator(int port) {
        return OPERATORS.computeIfAbsent(port, p -> {
            var key = TestClients.newKey();
            String organization = TestClients.organization(p, "IT Operator");
            String clientId = "it-operator-" + UUID.randomUUID().toString().substring(0, 8);
            HttpResponse<String> response = TestClients.admin(p)
                    .post(
                            "/admin/clients",
                            "application/json",
                            TestClients.toJson(Map.of(
                                    "clientId",
                                    clientId,
                                    "organization",
                                    organization,
                                    "scopes",
                                    List.of("system/*.cruds"),
                                    "admin",
                                    true,
                                    "jwks",
                                    new com.nimbusds.jose.jwk.JWKSet(key.toPublicJWK()).toJSONObject(true))));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            return new TestClient(p, clientId, organization, key, List.of("system/*.cruds"));
        });
    }
}
