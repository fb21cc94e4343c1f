package org.successplan.bench;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/** A progress bar on stderr: redrawn every second on a terminal, one line every ten seconds otherwise. */
final class Progress implements AutoCloseable {

    private final String what;
    private final long total;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong resources = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final long started = System.nanoTime();
    private final boolean terminal = System.console() != null;
    private final PrintStream out = System.err;
    private final Thread ticker;
    private volatile boolean closed;

    Progress(String what, long total) {
        this.what = what;
        this.total = total;
        this.ticker = new Thread(this::tick, "ssp-bench-progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    void add(long units, long resourceCount) {
        done.addAndGet(units);
        resources.addAndGet(resourceCount);
    }

    void error() {
        errors.incrementAndGet();
    }

    long resources() {
        return resources.get();
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    private void tick() {
        long every = terminal ? 1000 : 10_000;
        while (!closed) {
            try {
                Thread.sleep(every);
            } catch (InterruptedException e) {
                return;
            }
            if (!closed) {
                draw(false);
            }
        }
    }

    private synchronized void draw(boolean last) {
        long d = done.get();
        double s = seconds();
        double rate = resources.get() / Math.max(0.001, s);
        double unitRate = d / Math.max(0.001, s);
        int width = 30;
        int filled = total == 0 ? width : (int) Math.min(width, width * d / total);
        String eta = unitRate > 0 && d < total ? clock((long) ((total - d) / unitRate)) : "-";
        String line = String.format(
                "[%s%s] %,d/%,d %s  %,d resources  %.1f resources/s  errors %d  elapsed %s  ETA %s",
                "#".repeat(filled),
                ".".repeat(width - filled),
                d,
                total,
                what,
                resources.get(),
                rate,
                errors.get(),
                clock((long) s),
                eta);
        out.print(terminal ? "\r" + line + (last ? "\n" : "") : line + "\n");
        out.flush();
    }

    static String clock(long seconds) {
        return String.format("%d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
    }

    @Override
    public void close() {
        closed = true;
        ticker.interrupt();
        draw(true);
    }
}
