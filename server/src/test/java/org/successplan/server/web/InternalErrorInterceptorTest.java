package org.successplan.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.NotImplementedOperationException;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.successplan.server.common.ErrorCode;

class InternalErrorInterceptorTest {

    private final InternalErrorInterceptor interceptor = new InternalErrorInterceptor();

    @Test
    void anUnexpectedException_becomesA500ThatNamesOnlyTheRequestId() {
        SystemRequestDetails request = new SystemRequestDetails();
        request.setRequestId("req-42");
        RuntimeException bug = new IllegalStateException(
                "could not execute statement [select * from hfj_resource where res_id=?]",
                new java.sql.SQLException("ERROR: relation hfj_res_ver does not exist", "42P01"));

        BaseServerResponseException answer = interceptor.hideInternals(request, bug);

        assertThat(answer.getStatusCode()).isEqualTo(500);
        OperationOutcome outcome = (OperationOutcome) answer.getOperationOutcome();
        assertThat(outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getCode())
                .isEqualTo(ErrorCode.INTERNAL_ERROR.code());
        assertThat(outcome.getIssueFirstRep().getDiagnostics())
                .contains("req-42")
                .doesNotContainIgnoringCase("select")
                .doesNotContainIgnoringCase("hfj_")
                .doesNotContain("Exception");
        assertThat(answer.getMessage()).doesNotContainIgnoringCase("select");
    }

    @Test
    void hapisInternalErrors_areHiddenToo() {
        BaseServerResponseException answer = interceptor.hideInternals(
                new SystemRequestDetails(),
                new InternalErrorException("HAPI-0389: Failed to call access method: org.springframework.dao.X: y"));

        assertThat(answer).isNotNull();
        assertThat(answer.getMessage()).doesNotContain("springframework");
    }

    @Test
    void clientErrors_parseErrors_andNotImplemented_passUnchanged() {
        SystemRequestDetails request = new SystemRequestDetails();

        assertThat(interceptor.hideInternals(request, new InvalidRequestException("bad")))
                .isNull();
        assertThat(interceptor.hideInternals(request, new DataFormatException("bad json")))
                .isNull();
        assertThat(interceptor.hideInternals(request, new NotImplementedOperationException("no")))
                .isNull();
        assertThat(interceptor.hideInternals(
                        request, interceptor.hideInternals(request, new IllegalStateException("once"))))
                .isNull();
    }
}
