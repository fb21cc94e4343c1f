package org.successplan.server.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.successplan.server.notification.SubscriptionCriteria.Verdict;

/** Which criteria a client of Organization/7 may subscribe to. */
class SubscriptionCriteriaTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "Task?owner=Organization/7; ALLOWED",
                "Task?requester=Organization/7; ALLOWED",
                "Task?owner=7; ALLOWED",
                "Task?owner:Organization=7; ALLOWED",
                "Task?owner=http://example.org/fhir/Organization/7; ALLOWED",
                "Task?requester:PractitionerRole.organization=Organization/7; ALLOWED",
                "Task?status=requested&owner=Organization/7; ALLOWED",
                "Task?owner=Organization%2F7; ALLOWED",
                "Task?owner=Organization/8; NOT_OWN",
                "Task?owner=Organization/7,Organization/8; NOT_OWN",
                "Task?status=requested; NOT_OWN",
                "Task; NOT_OWN",
                "Task?owner:missing=true; NOT_OWN",
                "Task?owner.name=Food; NOT_OWN",
                "Task?patient=Patient/1; NOT_OWN",
                "Task?_has:Task:part-of:owner=Organization/7; NOT_OWN",
                "Patient?organization=Organization/7; NOT_SUPPORTED",
                "ServiceRequest?performer=Organization/7; NOT_SUPPORTED",
                "'  '; NOT_SUPPORTED"
            })
    void clientOfOrganization7(String criteria, Verdict expected) {
        SubscriptionCriteria.Decision decision = SubscriptionCriteria.decide(criteria, "Organization/7", false);

        assertThat(decision.verdict()).as(decision.message()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "administrator: {0} -> {1}")
    @CsvSource(
            delimiter = ';',
            value = {"Task?status=requested; ALLOWED", "Patient?active=true; NOT_SUPPORTED"})
    void administrator_mayWatchAnyTasks(String criteria, Verdict expected) {
        assertThat(SubscriptionCriteria.decide(criteria, "Organization/1", true).verdict())
                .isEqualTo(expected);
    }
}
