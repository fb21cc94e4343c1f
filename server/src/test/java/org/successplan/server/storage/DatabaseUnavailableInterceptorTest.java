package org.successplan.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.sql.SQLTransientConnectionException;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.successplan.server.common.ErrorCode;

class DatabaseUnavailableInterceptorTest {

    private final DatabaseUnavailableInterceptor interceptor = new DatabaseUnavailableInterceptor();

    @Test
    void aRequestThatCouldNotGetAConnection_gets503WithRetryAfter_andNoDriverMessage() {
        InternalErrorException failure = new InternalErrorException(
                "HAPI-0389: Failed to call access method",
                new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 5000ms"));

        BaseServerResponseException answer = interceptor.databaseUnavailable(new SystemRequestDetails(), failure);

        assertThat(answer.getStatusCode()).isEqualTo(503);
        assertThat(answer.getResponseHeaders()).containsEntry("Retry-After", java.util.List.of("5"));
        OperationOutcome outcome = (OperationOutcome) answer.getOperationOutcome();
        assertThat(outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getCode())
                .isEqualTo(ErrorCode.DATABASE_UNAVAILABLE.code());
        assertThat(outcome.getIssueFirstRep().getDiagnostics())
                .contains("database is unavailable")
                .doesNotContain("Hikari");
    }

    @Test
    void otherFailures_areLeftAlone() {
        SystemRequestDetails request = new SystemRequestDetails();

        assertThat(interceptor.databaseUnavailable(request, new IllegalStateException("bug")))
                .isNull();
        assertThat(interceptor.databaseUnavailable(request, new ResourceNotFoundException("Patient/1")))
                .isNull();
    }
}
