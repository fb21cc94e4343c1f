package org.successplan.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.util.List;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.testing.FhirClients;
import org.successplan.server.testing.Fixtures;
import org.successplan.server.testing.RawHttp;
import org.successplan.server.testing.ServerIT;
import org.successplan.server.testing.TestClients;
import org.successplan.server.testing.TestClients.TestClient;

/**
 * Authentication and SMART-scope authorization on the FHIR endpoint over real HTTP: 401 without a
 * valid token, 403 beyond the scopes, for plain interactions, searches, transactions and operations.
 */
@ServerIT
class FhirAuthorizationIT {

    static final String JSON = "application/fhir+json";

    @LocalServerPort
    int port;

    RawHttp anonymous;
    TestClient school;
    TestClient patientReader;
    IIdType studentId;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = Fixtures.on(port);
        anonymous = new RawHttp(port);
        school = TestClients.school(port);
        patientReader = TestClients.withScopes(port, "IT School", "system/Patient.rs");
        studentId = school.fhir()
                .create()
                .resource(fixtures.student("Authz"))
                .execute()
                .getId()
                .toUnqualifiedVersionless();
    }

    // ---- 401 -------------------------------------------------------------------------------------

    @Test
    void protectedUrls_withoutToken_are401_withBearerChallengeAndOutcome() {
        List<HttpResponse<String>> responses = List.of(
                anonymous.get("/fhir/Patient"),
                anonymous.get("/fhir/" + studentId.getValue()),
                anonymous.get("/fhir/Task?_count=1"),
                anonymous.get("/fhir/_history"),
                anonymous.get("/fhir"),
                anonymous.post("/fhir/Patient", JSON, "{\"resourceType\":\"Patient\"}"),
                anonymous.post("/fhir", JSON, "{\"resourceType\":\"Bundle\",\"type\":\"transaction\"}"),
                anonymous.post("/fhir/StructureDefinition", JSON, "{\"resourceType\":\"StructureDefinition\"}"));

        for (HttpResponse<String> response : responses) {
            assertUnauthenticated(response);
        }
    }

    @Test
    void garbageExpiredOrForgedTokens_are401() throws Exception {
        RSAKey attacker = new RSAKeyGenerator(2048).keyID("forged").generate();
        String realToken = patientReader.token();
        String realKid = SignedJWT.parse(realToken).getHeader().getKeyID();
        SignedJWT forged = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(realKid).build(),
                JWTClaimsSet.parse(SignedJWT.parse(realToken).getJWTClaimsSet().toJSONObject()));
        forged.sign(new RSASSASigner(attacker));

        assertThat(tamperedScope(realToken)).isNotEqualTo(realToken);
        for (String token : List.of("not-a-jwt", forged.serialize(), tamperedScope(realToken))) {
            HttpResponse<String> response = anonymous.get("/fhir/Patient", "Authorization", "Bearer " + token);

            assertUnauthenticated(response);
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
        }
    }

    @Test
    void publicEndpoints_needNoToken() {
        assertThat(anonymous.get("/fhir/metadata").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/fhir/.well-known/smart-configuration").statusCode())
                .isEqualTo(200);
        assertThat(anonymous.get("/fhir/StructureDefinition?_count=1").statusCode())
                .isEqualTo(200);
        assertThat(anonymous.get("/fhir/ValueSet?_summary=count").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/fhir/CodeSystem?_count=1").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/info").statusCode()).isEqualTo(200);
    }

    @Test
    void publicConformanceSearch_cannotIncludeStudentData() {
        assertUnauthenticated(anonymous.get("/fhir/ValueSet?_revinclude=Task:focus"));
        assertUnauthenticated(anonymous.get("/fhir/StructureDefinition?_has:Task:focus:status=requested"));
        assertUnauthenticated(anonymous.get("/fhir/ValueSet?_include=*"));
    }

    // ---- scopes ----------------------------------------------------------------------------------

    @Test
    void patientReadToken_readsAndSearchesPatients() {
        IGenericClient reader = patientReader.fhir();

        Patient read = reader.read().resource(Patient.class).withId(studentId).execute();
        Bundle found = reader.search()
                .forResource(Patient.class)
                .where(Patient.RES_ID.exactly().code(studentId.getIdPart()))
                .returnBundle(Bundle.class)
                .execute();

        assertThat(read.getIdElement().getIdPart()).isEqualTo(studentId.getIdPart());
        assertThat(found.getEntry()).hasSize(1);
    }

    @Test
    void patientReadToken_cannotWritePatients_norReadOrWriteTasks() {
        IIdType taskId = school.fhir()
                .create()
                .resource(fixtures.referralTask(new Reference(studentId)))
                .execute()
                .getId()
                .toUnqualifiedVersionless();
        RawHttp reader = patientReader.http();

        assertForbidden(
                reader.post("/fhir/Patient", JSON, encode(fixtures.student("Nope"))),
                ErrorCode.INSUFFICIENT_SCOPE,
                "system/Patient.c");
        assertForbidden(
                reader.put(
                        "/fhir/" + studentId.getValue(),
                        JSON,
                        encode(fixtures.student("Nope").setId(studentId.getIdPart()))),
                ErrorCode.INSUFFICIENT_SCOPE,
                "system/Patient.u");
        assertForbidden(
                reader.delete("/fhir/" + studentId.getValue()), ErrorCode.INSUFFICIENT_SCOPE, "system/Patient.d");
        assertForbidden(reader.get("/fhir/" + taskId.getValue()), ErrorCode.INSUFFICIENT_SCOPE, "system/Task.r");
        assertForbidden(reader.get("/fhir/Task/does-not-exist"), ErrorCode.INSUFFICIENT_SCOPE, "system/Task.r");
        assertForbidden(
                reader.get("/fhir/Task?patient=" + studentId.getValue()),
                ErrorCode.INSUFFICIENT_SCOPE,
                "system/Task.s");
        assertForbidden(
                reader.get("/fhir/" + taskId.getValue() + "/_history"), ErrorCode.INSUFFICIENT_SCOPE, "system/Task.r");
        assertForbidden(
                reader.post("/fhir/Task", JSON, encode(fixtures.referralTask(new Reference(studentId)))),
                ErrorCode.INSUFFICIENT_SCOPE,
                "system/Task.c");
        assertThatThrownBy(() -> patientReader
                        .fhir()
                        .read()
                        .resource(Task.class)
                        .withId(taskId)
                        .execute())
                .isInstanceOf(ForbiddenOperationException.class);
    }

    @Test
    void readOnlyAndSearchOnlyScopes_areDistinct() {
        TestClient readOnly = TestClients.withScopes(port, "IT School", "system/Patient.r");
        TestClient searchOnly = TestClients.withScopes(port, "IT School", "system/Patient.s");

        assertThat(readOnly.http().get("/fhir/" + studentId.getValue()).statusCode())
                .isEqualTo(200);
        assertForbidden(
                readOnly.http().get("/fhir/Patient?_count=1"), ErrorCode.INSUFFICIENT_SCOPE, "system/Patient.s");
        assertThat(searchOnly.http().get("/fhir/Patient?_count=1").statusCode()).isEqualTo(200);
        assertForbidden(
                searchOnly.http().get("/fhir/" + studentId.getValue()),
                ErrorCode.INSUFFICIENT_SCOPE,
                "system/Patient.r");
    }

    @Test
    void smartV1Scopes_work() {
        TestClient v1 = TestClients.withScopes(port, "IT School", "system/Patient.read");

        assertThat(v1.http().get("/fhir/" + studentId.getValue()).statusCode()).isEqualTo(200);
        assertThat(v1.http().get("/fhir/Patient?_count=1").statusCode()).isEqualTo(200);
        assertForbidden(
                v1.http().post("/fhir/Patient", JSON, encode(fixtures.student("V1"))),
                ErrorCode.INSUFFICIENT_SCOPE,
                "system/Patient.c");
    }

    @Test
    void searchParameters_cannotReachOtherTypes() {
        school.fhir()
                .create()
                .resource(fixtures.referralTask(new Reference(studentId)))
                .execute();
        RawHttp reader = patientReader.http();

        assertForbidden(
                reader.get("/fhir/Patient?_id=" + studentId.getIdPart() + "&_revinclude=Task:patient"),
                ErrorCode.INSUFFICIENT_SCOPE,
                "Task");
        assertForbidden(
                reader.get("/fhir/Patient?_has:Task:patient:status=requested"), ErrorCode.INSUFFICIENT_SCOPE, "Task");
        assertForbidden(
                reader.get("/fhir/Patient?_include=Patient:organization"),
                ErrorCode.INSUFFICIENT_SCOPE,
                "Organization");
        assertForbidden(reader.get("/fhir/Patient?organization.name=x"), ErrorCode.INSUFFICIENT_SCOPE, "Organization");
        assertForbidden(reader.get("/fhir/_history"), ErrorCode.INSUFFICIENT_SCOPE, "system/*.s");
    }

    @Test
    void transaction_everyEntryIsChecked_andNothingIsStored() {
        TestClient patientWriter = TestClients.withScopes(port, "IT School", "system/Patient.cruds");
        Patient newStudent = fixtures.student("TxDenied");
        Bundle tx = new Bundle().setType(BundleType.TRANSACTION);
        String urn = "urn:uuid:" + java.util.UUID.randomUUID();
        tx.addEntry()
                .setFullUrl(urn)
                .setResource(newStudent)
                .getRequest()
                .setMethod(HTTPVerb.POST)
                .setUrl("Patient");
        tx.addEntry()
                .setResource(fixtures.referralTask(new Reference(urn)))
                .getRequest()
                .setMethod(HTTPVerb.POST)
                .setUrl("Task");

        HttpResponse<String> response = patientWriter.http().post("/fhir", JSON, encode(tx));

        assertForbidden(response, ErrorCode.INSUFFICIENT_SCOPE, "Bundle.entry[1]");
        assertThat(countByIdentifier(newStudent)).isZero();

        Bundle batch = new Bundle().setType(BundleType.BATCH);
        batch.addEntry().getRequest().setMethod(HTTPVerb.GET).setUrl(studentId.getValue());
        batch.addEntry().getRequest().setMethod(HTTPVerb.GET).setUrl("Task?patient=" + studentId.getValue());
        assertForbidden(
                patientReader.http().post("/fhir", JSON, encode(batch)),
                ErrorCode.INSUFFICIENT_SCOPE,
                "Bundle.entry[1]");
    }

    @Test
    void transaction_withinScopes_succeeds() {
        TestClient writer = TestClients.withScopes(port, "IT School", "system/Patient.cruds", "system/Task.cruds");
        Bundle tx = new Bundle().setType(BundleType.TRANSACTION);
        String urn = "urn:uuid:" + java.util.UUID.randomUUID();
        tx.addEntry()
                .setFullUrl(urn)
                .setResource(fixtures.student("TxOk"))
                .getRequest()
                .setMethod(HTTPVerb.POST)
                .setUrl("Patient");
        tx.addEntry()
                .setResource(fixtures.referralTask(new Reference(urn)))
                .getRequest()
                .setMethod(HTTPVerb.POST)
                .setUrl("Task");

        Bundle response = writer.fhir().transaction().withBundle(tx).execute();

        assertThat(response.getEntry())
                .extracting(e -> e.getResponse().getStatus())
                .allSatisfy(s -> assertThat(s).startsWith("201"));
    }

    @Test
    void updateThatWouldCreate_needsCreateScope() {
        TestClient updater = TestClients.withScopes(port, "IT School", "system/Patient.ru");
        Patient patient = fixtures.student("UpsertDenied");
        patient.setId("ssp-upsert-" + java.util.UUID.randomUUID().toString().substring(0, 8));

        HttpResponse<String> response =
                updater.http().put("/fhir/Patient/" + patient.getIdPart(), JSON, encode(patient));

        assertForbidden(response, ErrorCode.INSUFFICIENT_SCOPE, "system/Patient.c");
    }

    @Test
    void conformanceResources_areWrittenByAdministratorsOnly() {
        ValueSet valueSet = new ValueSet();
        valueSet.setUrl("http://successplan.org/fhir/test/ValueSet/" + Fixtures.unique("vs"));
        valueSet.setStatus(org.hl7.fhir.r4.model.Enumerations.PublicationStatus.DRAFT);

        assertForbidden(
                school.http().post("/fhir/ValueSet", JSON, encode(valueSet)),
                ErrorCode.ADMIN_REQUIRED,
                "administrator");

        TestClient operator = adminClient();
        HttpResponse<String> created = operator.http().post("/fhir/ValueSet", JSON, encode(valueSet));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(anonymous.get("/fhir/ValueSet?url=" + valueSet.getUrl()).body())
                .contains(valueSet.getUrl());
    }

    @Test
    void systemOperations_areAdministratorOnly() {
        RawHttp full = school.http();

        assertForbidden(full.get("/fhir/$get-resource-counts"), ErrorCode.ADMIN_REQUIRED, "$get-resource-counts");
        assertForbidden(
                full.post("/fhir/$mark-all-resources-for-reindexing", JSON, "{\"resourceType\":\"Parameters\"}"),
                ErrorCode.ADMIN_REQUIRED,
                "administrator");
        assertForbidden(
                full.post("/fhir/$perform-reindexing-pass", JSON, "{\"resourceType\":\"Parameters\"}"),
                ErrorCode.ADMIN_REQUIRED,
                "administrator");
        assertForbidden(
                full.post("/fhir/$expunge", JSON, "{\"resourceType\":\"Parameters\"}"),
                ErrorCode.ADMIN_REQUIRED,
                "administrator");
        assertForbidden(
                full.post("/fhir/$hapi.fhir.replace-references", JSON, "{\"resourceType\":\"Parameters\"}"),
                ErrorCode.ADMIN_REQUIRED,
                "administrator");
        assertForbidden(
                full.post("/fhir/$reindex-terminology", JSON, "{\"resourceType\":\"Parameters\"}"),
                ErrorCode.ADMIN_REQUIRED,
                "administrator");
        assertForbidden(full.get("/fhir/$meta"), ErrorCode.ADMIN_REQUIRED, "administrator");
        assertForbidden(
                full.post("/fhir/" + studentId.getValue() + "/$meta-add", JSON, "{\"resourceType\":\"Parameters\"}"),
                ErrorCode.ADMIN_REQUIRED,
                "administrator");

        assertThat(adminClient().http().get("/fhir/$get-resource-counts").statusCode())
                .isEqualTo(200);
    }

    @Test
    void validateAndEverything_followTheScopes() {
        String patientJson = encode(fixtures.student("Validate"));

        assertForbidden(
                patientReader.http().post("/fhir/Patient/$validate", JSON, patientJson),
                ErrorCode.INSUFFICIENT_SCOPE,
                "system/Patient.c");
        assertThat(TestClients.withScopes(port, "IT School", "system/Patient.c")
                        .http()
                        .post("/fhir/Patient/$validate", JSON, patientJson)
                        .statusCode())
                .isEqualTo(200);
        assertForbidden(
                patientReader.http().get("/fhir/" + studentId.getValue() + "/$everything"),
                ErrorCode.INSUFFICIENT_SCOPE,
                "system/*.r");
        assertThat(school.http()
                        .get("/fhir/" + studentId.getValue() + "/$everything")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void pagesOfSomeoneElsesSearch_areCheckedResourceByResource() {
        school.fhir()
                .create()
                .resource(fixtures.referralTask(new Reference(studentId)))
                .execute();
        school.fhir()
                .create()
                .resource(fixtures.referralTask(new Reference(studentId)))
                .execute();
        Bundle firstPage = school.fhir()
                .search()
                .forResource(Task.class)
                .where(Task.PATIENT.hasId(studentId))
                .count(1)
                .returnBundle(Bundle.class)
                .execute();
        String next = firstPage.getLink(Bundle.LINK_NEXT).getUrl();
        String path = next.substring(next.indexOf("/fhir"));

        assertThat(school.http().get(path).statusCode()).isEqualTo(200);
        // The scope gate lets paging through; HAPI's AuthorizationInterceptor refuses the Task on the page.
        assertForbidden(patientReader.http().get(path), ErrorCode.INSUFFICIENT_SCOPE, "scopes do not allow");
    }

    // ---- author tag ------------------------------------------------------------------------------

    @Test
    void writes_recordTheActingOrganization_andForgedAuthorTagsAreStripped() {
        Patient forged = fixtures.student("Author");
        forged.getMeta().addTag(new Coding(AuthorTag.SYSTEM, "Organization/forged", null));

        IIdType id = school.fhir().create().resource(forged).execute().getId().toUnqualifiedVersionless();
        Patient stored = school.fhir().read().resource(Patient.class).withId(id).execute();
        assertThat(AuthorTag.organizationsOf(stored)).containsExactly(school.organization());

        TestClient agency = TestClients.withScopes(port, "Updating Agency", "system/Patient.rus");
        // Another organization changes a student's record only under a consent to collect it.
        school.fhir()
                .create()
                .resource(fixtures.consent(
                        id.getValue(), agency.organization(), List.of("demographics"), "access", "collect"))
                .execute();
        stored.getNameFirstRep().setFamily("Updated");
        stored.getMeta().getTag().clear();
        stored.getMeta().addTag(new Coding(AuthorTag.SYSTEM, "Organization/forged", null));
        agency.fhir().update().resource(stored).execute();

        Patient updated =
                school.fhir().read().resource(Patient.class).withId(id).execute();
        assertThat(AuthorTag.organizationsOf(updated))
                .containsExactlyInAnyOrder(school.organization(), agency.organization());
        Patient version1 = school.fhir()
                .read()
                .resource(Patient.class)
                .withId(id.withVersion("1"))
                .execute();
        assertThat(AuthorTag.organizationsOf(version1)).containsExactly(school.organization());
    }

    @Test
    void hapiClientsSeeTheStatusCodes() {
        assertThatThrownBy(() -> FhirClients.anonymous(port)
                        .read()
                        .resource(Patient.class)
                        .withId(studentId)
                        .execute())
                .isInstanceOf(AuthenticationException.class);
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private TestClient adminClient() {
        return TestClients.operator(port);
    }

    private long countByIdentifier(Patient patient) {
        return school.fhir()
                .search()
                .forResource(Patient.class)
                .where(Patient.IDENTIFIER
                        .exactly()
                        .systemAndIdentifier(
                                patient.getIdentifierFirstRep().getSystem(),
                                patient.getIdentifierFirstRep().getValue()))
                .returnBundle(Bundle.class)
                .execute()
                .getEntry()
                .size();
    }

    private static String tamperedScope(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(
                        java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("\"scope\":\"[^\"]*\"", "\"scope\":\"system/*.cruds\"");
        return parts[0] + "."
                + java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "." + parts[2];
    }

    static String encode(org.hl7.fhir.instance.model.api.IBaseResource resource) {
        return FhirClients.FHIR.newJsonParser().encodeResourceToString(resource);
    }

    static void assertUnauthenticated(HttpResponse<String> response) {
        assertThat(response.statusCode())
                .as(response.uri() + " " + response.body())
                .isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        OperationOutcome outcome = RawHttp.outcome(response);
        assertThat(outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getCode())
                .isEqualTo(ErrorCode.AUTHENTICATION_REQUIRED.code());
    }

    static void assertForbidden(HttpResponse<String> response, ErrorCode code, String messageFragment) {
        assertThat(response.statusCode())
                .as(response.uri() + " " + response.body())
                .isEqualTo(403);
        OperationOutcome outcome = RawHttp.outcome(response);
        assertThat(outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getCode())
                .isEqualTo(code.code());
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains(messageFragment);
    }
}
