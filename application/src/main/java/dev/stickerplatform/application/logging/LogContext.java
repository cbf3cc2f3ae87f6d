package dev.stickerplatform.application.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Fields added to every log line written by the current thread while a piece of work runs (a mint job: its
 * {@code jobId}, {@code tipTxId} and {@code txId}), so an operator can follow one tip through the logs of several
 * processes. The application knows no logging framework: bootstrap {@link #install installs} the {@link Fields}
 * that put them in the framework's diagnostic context (SLF4J's MDC); until then they go nowhere.
 *
 * <pre>{@code
 * try (LogContext.Scope scope = LogContext.with("jobId", job.id(), "tipTxId", job.tipTxId())) {
 *     ... every line logged here carries both ...
 * }
 * }</pre>
 */
public final class LogContext {
    /** Where the fields go: one thread's diagnostic context. */
    public interface Fields {
        void put(String key, String value);

        void remove(String key);
    }

    /** Removes the fields it added when closed; never throws. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private static final Fields NOWHERE = new Fields() {
        @Override
        public void put(String key, String value) {
        }

        @Override
        public void remove(String key) {
        }
    };
    private static volatile Fields fields = NOWHERE;

    private LogContext() {
    }

    /** Sends the fields of every later scope to {@code target} (once, at start-up). */
    public static void install(Fields target) {
        fields = Objects.requireNonNull(target, "target");
    }

    /**
     * Adds key/value pairs ({@code key1, value1, key2, value2 ...}) to the current thread's context until the
     * scope closes; a null value adds nothing.
     */
    public static Scope with(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Fields target = fields;
        List<String> added = new ArrayList<>(keysAndValues.length / 2);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value != null) {
                String key = keysAndValues[i].toString();
                target.put(key, value.toString());
                added.add(key);
            }
        }
        return () -> added.forEach(target::remove);
    }
}
