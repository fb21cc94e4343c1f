package org.successplan.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs a scenario with a fixed pool of worker threads, each looping over operations until the
 * duration is over (bounded in time and in count), after a warm-up whose operations are not counted.
 * Each operation is timed from before its request is built to after its response is read.
 */
final class Runner {

    /** One operation of a scenario; returns null on success or an error text ("HTTP 422 ..."). */
    interface Operation {
        String run(int worker, Random random);
    }

    static final long MAX_OPERATIONS_PER_WORKER = 5_000_000;

    private final int threads;
    private final Duration warmup;
    private final Duration duration;
    private final long seed;

    Runner(int threads, Duration warmup, Duration duration, long seed) {
        this.threads = threads;
        this.warmup = warmup;
        this.duration = duration;
        this.seed = seed;
    }

    Result run(String scenario, Target target, Operation operation) {
        if (!warmup.isZero()) {
            loop(operation, System.nanoTime() + warmup.toNanos(), null);
        }
        Result result = new Result();
        result.scenario = scenario;
        result.target = target.name;
        result.baseUrl = target.fhirBase;
        result.threads = threads;
        result.students = target.state.students.size();
        result.started = Instant.now().toString();
        Recorder[] recorders = new Recorder[threads];
        for (int i = 0; i < threads; i++) {
            recorders[i] = new Recorder();
        }
        long start = System.nanoTime();
        loop(operation, start + duration.toNanos(), recorders);
        long end = System.nanoTime();
        result.seconds = (end - start) / 1e9;
        List<long[]> all = new ArrayList<>();
        int total = 0;
        for (Recorder r : recorders) {
            long[] own = java.util.Arrays.copyOf(r.nanos, r.count);
            all.add(own);
            total += own.length;
            result.errors += r.errors;
            r.errorsByStatus.forEach((k, v) -> result.errorsByStatus.merge(k, v, Long::sum));
            for (String e : r.samples) {
                if (result.sampleErrors.size() < 10) {
                    result.sampleErrors.add(e);
                }
            }
        }
        long[] merged = new long[total];
        int at = 0;
        for (long[] a : all) {
            System.arraycopy(a, 0, merged, at, a.length);
            at += a.length;
        }
        result.operations = total;
        result.throughput = Math.round((total - result.errors) / result.seconds * 100) / 100.0;
        result.latencies(merged);
        return result;
    }

    private void loop(Operation operation, long deadline, Recorder[] recorders) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, Http.daemon("ssp-bench-worker"));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int worker = w;
                Recorder recorder = recorders == null ? null : recorders[w];
                Random random = new Random(seed * 101 + w + (recorders == null ? 7 : 0));
                futures.add(pool.submit(() -> {
                    for (long n = 0; n < MAX_OPERATIONS_PER_WORKER && System.nanoTime() < deadline; n++) {
                        long t0 = System.nanoTime();
                        String error;
                        try {
                            error = operation.run(worker, random);
                        } catch (RuntimeException e) {
                            error = "EXCEPTION " + e.getMessage();
                        }
                        long t1 = System.nanoTime();
                        if (recorder != null) {
                            recorder.record(t1 - t0, error);
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get(duration.toMillis() + warmup.toMillis() + 600_000, TimeUnit.MILLISECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("A worker failed: " + e.getMessage(), e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One worker's samples (no sharing between threads while running). */
    private static final class Recorder {
        long[] nanos = new long[1024];
        int count;
        long errors;
        final java.util.Map<String, Long> errorsByStatus = new java.util.LinkedHashMap<>();
        final List<String> samples = new ArrayList<>();

        void record(long latency, String error) {
            if (count == nanos.length) {
                nanos = java.util.Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = latency;
            if (error != null) {
                errors++;
                String status = error.split(" ", 3).length > 1 ? error.split(" ", 3)[1] : error;
                errorsByStatus.merge(status, 1L, Long::sum);
                if (samples.size() < 3) {
                    samples.add(error.length() > 500 ? error.substring(0, 500) : error);
                }
            }
        }
    }
}
