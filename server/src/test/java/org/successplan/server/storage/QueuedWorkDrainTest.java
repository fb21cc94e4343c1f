package org.successplan.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.support.GenericApplicationContext;

/** Queued work is drained on shutdown: after the web server stopped, before the database pool closes. */
class QueuedWorkDrainTest {

    @Test
    void queuesAreDrained_afterTheWebServerStops_andBeforeSingletonsAreDestroyed() {
        List<String> events = new CopyOnWriteArrayList<>();
        QueuedWork audit = new QueuedWork() {
            @Override
            public String name() {
                return "audit events";
            }

            @Override
            public void drain(Duration timeout) {
                events.add("drained audit within " + timeout.toSeconds() + "s");
            }
        };
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.registerBean(
                    "webServerGracefulShutdown",
                    Phased.class,
                    () -> new Phased(2147482623, "graceful shutdown", events));
            context.registerBean(
                    "webServerStop", Phased.class, () -> new Phased(2147481599, "web server stopped", events));
            context.registerBean("pool", Pool.class, () -> new Pool(events), bd -> bd.setDestroyMethodName("close"));
            context.registerBean(
                    QueuedWorkDrain.class, () -> new QueuedWorkDrain(List.of(audit), Duration.ofSeconds(7)));
            context.refresh();
        }

        assertThat(events)
                .containsExactly("graceful shutdown", "web server stopped", "drained audit within 7s", "pool closed");
    }

    @Test
    void aFailingQueue_doesNotStopTheOthers() {
        List<String> drained = new CopyOnWriteArrayList<>();
        QueuedWork broken = queue("broken", () -> {
            throw new IllegalStateException("disk full");
        });
        QueuedWork fine = queue("notifications", () -> drained.add("notifications"));

        new QueuedWorkDrain(List.of(broken, fine), Duration.ofSeconds(1)).stop();

        assertThat(drained).containsExactly("notifications");
    }

    private static QueuedWork queue(String name, Runnable drain) {
        return new QueuedWork() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void drain(Duration timeout) {
                drain.run();
            }
        };
    }

    static final class Phased implements SmartLifecycle {
        private final int phase;
        private final String name;
        private final List<String> events;
        private boolean running;

        Phased(int phase, String name, List<String> events) {
            this.phase = phase;
            this.name = name;
            this.events = events;
        }

        @Override
        public void start() {
            running = true;
        }

        @Override
        public void stop() {
            running = false;
            events.add(name);
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public int getPhase() {
            return phase;
        }
    }

    static final class Pool {
        private final List<String> events;

        Pool(List<String> events) {
            this.events = events;
        }

        public void close() {
            events.add("pool closed");
        }
    }
}
