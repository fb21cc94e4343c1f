package org.successplan.server.security.admin;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.api.model.DaoMethodOutcome;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.successplan.server.common.OperationOutcomes;
import org.successplan.server.ig.OrganizationKind;
import org.successplan.server.security.client.ClientRegistry;
import org.successplan.server.security.client.RegisteredClient;
import org.successplan.server.security.token.SigningKeys;

/**
 * The operator API under {@code /admin} (HTTP Basic with the operator credential, see SecurityConfig):
 *
 * <ul>
 *   <li>{@code POST /admin/organizations}: create (or find, by identifier) the FHIR Organization a client
 *       will act for.
 *   <li>{@code POST /admin/clients}, {@code GET /admin/clients}, {@code GET|PUT /admin/clients/{id}},
 *       {@code POST /admin/clients/{id}/disable|enable}: the client registry. {@code PUT} replaces the
 *       registration, e.g. to rotate a client's keys (register the new key next to the old one, then
 *       drop the old one).
 *   <li>{@code GET /admin/signing-keys}, {@code POST /admin/signing-keys/rotate}: the server's token
 *       signing keys.
 * </ul>
 *
 * Errors are RFC 9457 problem details ({@code 400} invalid, {@code 404} unknown client, {@code 409} id
 * taken).
 */
@RestController
@RequestMapping("/admin")
class AdminApi {

    private static final Logger log = LoggerFactory.getLogger(AdminApi.class);

    private final ClientRegistry clients;
    private final SigningKeys signingKeys;
    private final DaoRegistry daoRegistry;
    private final ObjectMapper json = new ObjectMapper();

    AdminApi(ClientRegistry clients, SigningKeys signingKeys, DaoRegistry daoRegistry) {
        this.clients = clients;
        this.signingKeys = signingKeys;
        this.daoRegistry = daoRegistry;
    }

    /** A registration as sent by the operator; {@code jwks} is the JWK Set object itself. */
    record ClientRequest(
            String clientId,
            String organization,
            List<String> scopes,
            Map<String, Object> jwks,
            String jwksUrl,
            Boolean admin,
            Boolean enabled,
            String description) {}

    /** A registration as shown to the operator. */
    record ClientView(
            String clientId,
            String organization,
            List<String> scopes,
            Object jwks,
            String jwksUrl,
            boolean admin,
            boolean enabled,
            String description,
            Instant createdAt,
            Instant updatedAt) {}

    /** {@code type} is an {@code ssp-organization-type} code (school, district, community-agency, clinic ...). */
    record OrganizationRequest(String name, String type, IdentifierRequest identifier) {}

    record IdentifierRequest(String system, String value) {}

    record OrganizationView(String organization, String name, boolean created) {}

    @PostMapping("/organizations")
    ResponseEntity<OrganizationView> createOrganization(@RequestBody OrganizationRequest request) {
        if (request == null || blank(request.name())) {
            throw new IllegalArgumentException("name is required");
        }
        if (blank(request.type())) {
            throw new IllegalArgumentException("type is required (an ssp-organization-type code such as school,"
                    + " district, community-agency or clinic)");
        }
        if (request.identifier() == null
                || blank(request.identifier().system())
                || blank(request.identifier().value())) {
            throw new IllegalArgumentException("identifier with system and value is required (NCES, EIN, NPI ...)");
        }
        OrganizationKind kind = OrganizationKind.ofTypeCode(request.type())
                .orElseThrow(() -> new IllegalArgumentException("Unknown organization type '" + request.type() + "'"));
        Organization organization = kind.newOrganization(request.name(), request.type());
        IdentifierRequest id = request.identifier();
        organization.addIdentifier(new Identifier().setSystem(id.system()).setValue(id.value()));
        String condition = "Organization?identifier=" + id.system() + "|" + id.value();
        IFhirResourceDao<Organization> dao = daoRegistry.getResourceDao(Organization.class);
        DaoMethodOutcome outcome = dao.create(organization, condition, new SystemRequestDetails());
        String reference = "Organization/" + outcome.getId().getIdPart();
        boolean created = !Boolean.FALSE.equals(outcome.getCreated());
        log.info("Admin API: organization {} {}", reference, created ? "created" : "already existed");
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new OrganizationView(reference, request.name(), created));
    }

    @GetMapping("/clients")
    List<ClientView> listClients() {
        return clients.list().stream().map(this::view).toList();
    }

    @GetMapping("/clients/{clientId}")
    ResponseEntity<ClientView> getClient(@PathVariable String clientId) {
        return clients.find(clientId).map(c -> ResponseEntity.ok(view(c))).orElseGet(AdminApi::notFound);
    }

    @PostMapping("/clients")
    ResponseEntity<ClientView> createClient(@RequestBody ClientRequest request) {
        RegisteredClient client = toClient(request.clientId(), request, null);
        RegisteredClient created = clients.create(client);
        log.info(
                "Admin API: registered client {} for {} with scopes {}",
                created.clientId(),
                created.organization(),
                created.allowedScopes());
        return ResponseEntity.created(URI.create("/admin/clients/" + created.clientId()))
                .body(view(created));
    }

    @PutMapping("/clients/{clientId}")
    ResponseEntity<ClientView> updateClient(@PathVariable String clientId, @RequestBody ClientRequest request) {
        Optional<RegisteredClient> existing = clients.find(clientId);
        if (existing.isEmpty()) {
            return notFound();
        }
        if (request.clientId() != null && !request.clientId().equals(clientId)) {
            throw new IllegalArgumentException("clientId in the body must match the URL");
        }
        Optional<RegisteredClient> updated = clients.update(toClient(clientId, request, existing.get()));
        log.info("Admin API: updated client {}", clientId);
        return updated.map(c -> ResponseEntity.ok(view(c))).orElseGet(AdminApi::notFound);
    }

    @PostMapping("/clients/{clientId}/disable")
    ResponseEntity<ClientView> disable(@PathVariable String clientId) {
        log.info("Admin API: disabling client {}", clientId);
        return clients.setEnabled(clientId, false)
                .map(c -> ResponseEntity.ok(view(c)))
                .orElseGet(AdminApi::notFound);
    }

    @PostMapping("/clients/{clientId}/enable")
    ResponseEntity<ClientView> enable(@PathVariable String clientId) {
        log.info("Admin API: enabling client {}", clientId);
        return clients.setEnabled(clientId, true)
                .map(c -> ResponseEntity.ok(view(c)))
                .orElseGet(AdminApi::notFound);
    }

    @GetMapping("/signing-keys")
    List<SigningKeys.KeyInfo> signingKeys() {
        return signingKeys.list();
    }

    @PostMapping("/signing-keys/rotate")
    ResponseEntity<?> rotate() {
        if (signingKeys.configured()) {
            return problem(
                    HttpStatus.CONFLICT, "Signing keys come from ssp.security.token.signing-keys: rotate them there");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(signingKeys.rotate());
    }

    private RegisteredClient toClient(String clientId, ClientRequest request, RegisteredClient existing) {
        String organization = request.organization();
        if (blank(organization)) {
            throw new IllegalArgumentException("organization is required (Organization/123)");
        }
        requireOrganization(organization);
        String jwks;
        try {
            jwks = request.jwks() == null ? null : json.writeValueAsString(request.jwks());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("jwks is not JSON");
        }
        boolean enabled = request.enabled() != null ? request.enabled() : existing == null || existing.enabled();
        return new RegisteredClient(
                clientId,
                organization,
                request.scopes() == null ? List.of() : request.scopes(),
                jwks,
                request.jwksUrl(),
                Boolean.TRUE.equals(request.admin()),
                enabled,
                request.description(),
                null,
                null);
    }

    private void requireOrganization(String organization) {
        if (!organization.matches("Organization/[A-Za-z0-9.-]{1,64}")) {
            throw new IllegalArgumentException("organization must be a reference like Organization/123");
        }
        try {
            daoRegistry.getResourceDao(Organization.class).read(new IdType(organization), new SystemRequestDetails());
        } catch (BaseServerResponseException e) {
            throw new IllegalArgumentException("No Organization " + organization + " on this server: create it first");
        }
    }

    private ClientView view(RegisteredClient client) {
        Object jwks = null;
        if (client.jwks() != null) {
            try {
                jwks = json.readValue(client.jwks(), Map.class);
            } catch (JsonProcessingException e) {
                jwks = client.jwks();
            }
        }
        return new ClientView(
                client.clientId(),
                client.organization(),
                client.allowedScopes(),
                jwks,
                client.jwksUrl(),
                client.admin(),
                client.enabled(),
                client.description(),
                client.createdAt(),
                client.updatedAt());
    }

    /** An organization that does not conform to its profile (e.g. an NCES id of the wrong length). */
    @ExceptionHandler(UnprocessableEntityException.class)
    ResponseEntity<ProblemDetail> nonConformant(UnprocessableEntityException e) {
        return problem(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "The organization does not conform to its profile:\n"
                        + OperationOutcomes.errorMessages(e.getOperationOutcome()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> invalid(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, "A client with this clientId is already registered");
    }

    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "The request body is not valid JSON for this endpoint");
    }

    private static <T> ResponseEntity<T> notFound() {
        @SuppressWarnings("unchecked")
        ResponseEntity<T> response =
                (ResponseEntity<T>) (ResponseEntity<?>) problem(HttpStatus.NOT_FOUND, "No such client");
        return response;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("code", "SSP-ADMIN-" + status.value());
        problem.setProperties(properties);
        return ResponseEntity.status(status).body(problem);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
