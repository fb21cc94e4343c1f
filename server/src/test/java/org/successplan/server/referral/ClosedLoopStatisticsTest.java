package org.successplan.server.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.successplan.server.referral.ClosedLoopStatistics.Summary;
import org.successplan.server.referral.ClosedLoopStatistics.Version;
import org.successplan.server.referral.ReferralTransitions.Status;

class ClosedLoopStatisticsTest {

    static final Instant DAY0 = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant NOW = DAY0.plus(Duration.ofDays(30));

    static Version at(Status status, double days) {
        return new Version(
                status, DAY0.plusMillis((long) (days * Duration.ofDays(1).toMillis())));
    }

    @Test
    void countsEachTaskByItsCurrentStatus_andMeasuresFromSendingToAcceptanceAndCompletion() {
        List<List<Version>> tasks = List.of(
                // completed: accepted after 1 day, completed after 5
                List.of(
                        at(Status.REQUESTED, 0),
                        at(Status.ACCEPTED, 1),
                        at(Status.IN_PROGRESS, 2),
                        at(Status.COMPLETED, 5)),
                // completed: drafted first, sent on day 1, accepted day 4, completed day 10 (versions out of order)
                List.of(
                        at(Status.COMPLETED, 10),
                        at(Status.DRAFT, 0),
                        at(Status.REQUESTED, 1),
                        at(Status.ACCEPTED, 4),
                        at(Status.IN_PROGRESS, 5)),
                // rejected after 2 days: never accepted
                List.of(at(Status.REQUESTED, 0), at(Status.REJECTED, 2)),
                // requested 29 days ago and untouched: stalled
                List.of(at(Status.REQUESTED, 1)),
                // accepted yesterday: open but not stalled
                List.of(at(Status.REQUESTED, 27), at(Status.ACCEPTED, 29)));

        Summary summary = ClosedLoopStatistics.summarize(tasks, NOW, Duration.ofDays(14));

        assertThat(summary.total()).isEqualTo(5);
        assertThat(summary.byStatus())
                .containsEntry(Status.COMPLETED, 2)
                .containsEntry(Status.REJECTED, 1)
                .containsEntry(Status.REQUESTED, 1)
                .containsEntry(Status.ACCEPTED, 1)
                .containsEntry(Status.CANCELLED, 0);
        assertThat(summary.stalled()).isEqualTo(1);
        // to acceptance: 1, 3, 2 days -> median 2
        assertThat(summary.acceptedMeasured()).isEqualTo(3);
        assertThat(summary.medianDaysToAcceptance()).isEqualByComparingTo("2.00");
        // to completion: 5, 9 days -> median 7
        assertThat(summary.completedMeasured()).isEqualTo(2);
        assertThat(summary.medianDaysToCompletion()).isEqualByComparingTo("7.00");
    }

    @Test
    void noTasks_noMedians() {
        Summary summary = ClosedLoopStatistics.summarize(List.of(), NOW, Duration.ofDays(14));

        assertThat(summary.total()).isZero();
        assertThat(summary.medianDaysToAcceptance()).isNull();
        assertThat(summary.medianDaysToCompletion()).isNull();
    }

    @Test
    void median_ofHours_isInDaysWithTwoDecimals() {
        assertThat(ClosedLoopStatistics.medianDays(List.of(Duration.ofHours(6))))
                .isEqualByComparingTo(new BigDecimal("0.25"));
        assertThat(ClosedLoopStatistics.medianDays(List.of(Duration.ofHours(1), Duration.ofHours(2))))
                .isEqualByComparingTo(new BigDecimal("0.06"));
    }
}
