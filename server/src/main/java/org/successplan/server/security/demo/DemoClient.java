package org.successplan.server.security.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * A minimal SMART Backend Services client, run from the server jar:
 *
 * <pre>java -jar server/target/ssp-server-*.jar token data/demo/eastside-food-bank.json [scope]</pre>
 *
 * Reads a client file (as demo mode writes them: {@code client_id}, {@code token_endpoint},
 * {@code scope}, private {@code key}), signs a client assertion (ES384 or RS384, five-minute expiry,
 * fresh {@code jti}), asks the token endpoint for a token and prints the access token. The same steps
 * any client takes; nothing here is specific to this server.
 */
public final class DemoClient {

    private DemoClient() {}

    /** Entry point of the {@code token} command; returns the process exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1 || args.length > 2) {
            err.println("usage: java -jar ssp-server.jar token CLIENT_FILE.json [SCOPE]");
            return 2;
        }
        try {
            JsonNode file = new ObjectMapper().readTree(Path.of(args[0]).toFile());
            String clientId = file.path("client_id").asText();
            String tokenEndpoint = file.path("token_endpoint").asText();
            String scope = args.length == 2 ? args[1] : file.path("scope").asText();
            JWK key = JWK.parse(file.path("key").toString());
            String assertion = assertion(clientId, tokenEndpoint, key);
            String form = "grant_type=client_credentials"
                    + "&client_assertion_type="
                    + enc("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                    + "&client_assertion=" + enc(assertion)
                    + "&scope=" + enc(scope);
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(tokenEndpoint))
                                    .timeout(Duration.ofSeconds(30))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .header("Accept", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(form))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                err.println("Token request failed: HTTP " + response.statusCode() + " " + response.body());
                return 1;
            }
            out.println(new ObjectMapper()
                    .readTree(response.body())
                    .path("access_token")
                    .asText());
            return 0;
        } catch (IOException | ParseException | JOSEException e) {
            err.println("Cannot get a token: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** A signed client assertion: iss = sub = client id, aud = token endpoint, exp in 4 minutes, new jti. */
    public static String assertion(String clientId, String tokenEndpoint, JWK key) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(clientId)
                .subject(clientId)
                .audience(tokenEndpoint)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(4))))
                .jwtID(UUID.randomUUID().toString())
                .build();
        boolean rsa = key instanceof RSAKey;
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(rsa ? JWSAlgorithm.RS384 : JWSAlgorithm.ES384)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        jwt.sign(rsa ? new RSASSASigner((RSAKey) key) : new ECDSASigner((ECKey) key));
        return jwt.serialize();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
