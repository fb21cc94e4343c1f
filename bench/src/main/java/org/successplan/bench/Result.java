package org.successplan.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one scenario run measured: throughput, latency percentiles (milliseconds), errors. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
final class Result {

    public String scenario;
    public String target;
    public String baseUrl;
    public String started;
    public int threads;
    public int students;
    public double seconds;
    public long operations;
    public long errors;
    /** Successful operations per second. */
    public double throughput;

    public String unit = "operations";
    public double p50;
    public double p95;
    public double p99;
    public double max;
    public double mean;
    public Map<String, Long> errorsByStatus = new LinkedHashMap<>();
    public List<String> sampleErrors = new ArrayList<>();
    /** Scenario-specific figures (resources/s of a load, server heap and GC, ...). */
    public Map<String, Object> extra = new LinkedHashMap<>();

    /** Fills the percentiles from latencies in nanoseconds (nearest rank). */
    void latencies(long[] nanos) {
        if (nanos.length == 0) {
            return;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        p50 = ms(rank(sorted, 0.50));
        p95 = ms(rank(sorted, 0.95));
        p99 = ms(rank(sorted, 0.99));
        max = ms(sorted[sorted.length - 1]);
        mean = ms((long) Arrays.stream(sorted).average().orElse(0));
    }

    static long rank(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }

    String summary() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                "%-17s %-3s %,8d ops %6.1f s %3d thr  %8.2f %s/s  p50 %8.1f  p95 %8.1f  p99 %8.1f  max %8.1f ms  errors %d",
                scenario,
                target == null ? "" : target,
                operations,
                seconds,
                threads,
                throughput,
                unit,
                p50,
                p95,
                p99,
                max,
                errors));
        if (!errorsByStatus.isEmpty()) {
            s.append("  ").append(errorsByStatus);
        }
        return s.toString();
    }
}
