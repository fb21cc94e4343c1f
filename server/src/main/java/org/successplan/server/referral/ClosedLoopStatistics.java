package org.successplan.server.referral;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.successplan.server.referral.ReferralTransitions.Status;

/**
 * The closed-loop figures for one organization in one role (as requester, or as owner): how many
 * referral tasks are in each status, how many open ones are stalled, and the median time from sending a
 * referral to its acceptance and to its completion. Pure arithmetic over each task's version history
 * (status and server time of every version), so the figures rest on what the server recorded, not on
 * dates clients wrote.
 */
final class ClosedLoopStatistics {

    /** Open: the loop is not closed yet. */
    static final Set<Status> OPEN = EnumSet.of(Status.REQUESTED, Status.ACCEPTED, Status.IN_PROGRESS, Status.ON_HOLD);

    /** Reaching any of these means the owner took the referral on. */
    static final Set<Status> TAKEN_ON =
            EnumSet.of(Status.ACCEPTED, Status.IN_PROGRESS, Status.ON_HOLD, Status.COMPLETED, Status.FAILED);

    /** One stored version of a task: its status and when the server stored it. */
    record Version(Status status, Instant at) {}

    /** The figures. Medians are in days, {@code null} when no task got that far. */
    record Summary(
            int total,
            Map<Status, Integer> byStatus,
            int stalled,
            BigDecimal medianDaysToAcceptance,
            int acceptedMeasured,
            BigDecimal medianDaysToCompletion,
            int completedMeasured) {}

    private ClosedLoopStatistics() {}

    /**
     * @param tasks each task's versions, in any order
     * @param now the time of the report
     * @param stalledAfter how long an open task may go unchanged before it counts as stalled
     */
    static Summary summarize(List<List<Version>> tasks, Instant now, Duration stalledAfter) {
        Map<Status, Integer> byStatus = new LinkedHashMap<>();
        for (Status status : Status.values()) {
            byStatus.put(status, 0);
        }
        List<Duration> toAcceptance = new ArrayList<>();
        List<Duration> toCompletion = new ArrayList<>();
        int stalled = 0;
        int total = 0;
        for (List<Version> versions : tasks) {
            List<Version> history = versions.stream()
                    .filter(v -> v.status() != null && v.at() != null)
                    .sorted(Comparator.comparing(Version::at))
                    .toList();
            if (history.isEmpty()) {
                continue;
            }
            total++;
            Version current = history.get(history.size() - 1);
            byStatus.merge(current.status(), 1, Integer::sum);
            if (OPEN.contains(current.status())
                    && current.at().plus(stalledAfter).isBefore(now)) {
                stalled++;
            }
            Optional<Instant> sent = first(history, EnumSet.complementOf(EnumSet.of(Status.DRAFT)));
            if (sent.isEmpty()) {
                continue;
            }
            first(history, TAKEN_ON).ifPresent(at -> toAcceptance.add(Duration.between(sent.get(), at)));
            first(history, EnumSet.of(Status.COMPLETED))
                    .ifPresent(at -> toCompletion.add(Duration.between(sent.get(), at)));
        }
        return new Summary(
                total,
                byStatus,
                stalled,
                medianDays(toAcceptance),
                toAcceptance.size(),
                medianDays(toCompletion),
                toCompletion.size());
    }

    private static Optional<Instant> first(List<Version> history, Set<Status> statuses) {
        return history.stream()
                .filter(v -> statuses.contains(v.status()))
                .map(Version::at)
                .findFirst();
    }

    /** The median in days with two decimals; {@code null} for no values. */
    static BigDecimal medianDays(List<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        List<Long> millis = durations.stream().map(Duration::toMillis).sorted().toList();
        int n = millis.size();
        BigDecimal median = n % 2 == 1
                ? BigDecimal.valueOf(millis.get(n / 2))
                : BigDecimal.valueOf(millis.get(n / 2 - 1))
                        .add(BigDecimal.valueOf(millis.get(n / 2)))
                        .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
        return median.divide(BigDecimal.valueOf(Duration.ofDays(1).toMillis()), 2, RoundingMode.HALF_UP);
    }
}
