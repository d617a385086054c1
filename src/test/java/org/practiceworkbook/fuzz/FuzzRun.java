package org.practiceworkbook.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs mutated copies of valid files through one reader, each under a deadline, and gathers what went wrong: an
 * exception of a kind the reader does not promise, a refusal that does not say where, a case still running at its
 * deadline (a hang), or whatever the caller's after-check finds (a workbook changed by a refused import). The cases come
 * from a fixed seed, so a failure names a case that the same run reproduces; its bytes are kept in
 * {@code target/fuzz-failures/}.
 */
final class FuzzRun {

    /** The fixed seed; {@code -Dfuzz.seed=N} explores other cases. */
    static final long SEED = Long.getLong("fuzz.seed", 20_261_123L);
    /** Generous on a loaded 2-core machine: the slowest legitimate case takes well under a second. */
    static final Duration DEADLINE = Duration.ofSeconds(Long.getLong("fuzz.deadlineSeconds", 20));

    /** Reads (and imports) one case: returns when the content is accepted, throws when it is refused. */
    @FunctionalInterface
    interface Attempt {
        void run(String name, byte[] content) throws Exception;
    }

    /** Whether a refusal is one the reader promises (the right type, saying where): empty when it is, else why not. */
    @FunctionalInterface
    interface Judge {
        Optional<String> defect(String name, Throwable refusal);
    }

    /** Checked after each case, in the test's thread: empty when all is well, else what is wrong. */
    @FunctionalInterface
    interface AfterCheck {
        Optional<String> defect(boolean accepted);
    }

    record Start(String name, byte[] content) {
    }

    /** Counts for one mutation. */
    static final class Tally {
        int cases;
        int refused;
        int accepted;
        long nanos;
    }

    private final String target;
    private final int cases;
    private final Map<Mutation, Tally> tallies = new EnumMap<>(Mutation.class);
    private final List<String> defects = new ArrayList<>();
    private long slowestNanos;
    private String slowestCase = "";
    private long totalNanos;

    FuzzRun(String target, int defaultCases) {
        this.target = target;
        this.cases = Integer.getInteger("fuzz.cases", defaultCases);
    }

    /** Runs every case; the defects found, one line each (empty when the reader kept all its promises). */
    List<String> run(List<Start> starts, Attempt attempt, Judge judge, AfterCheck after) {
        ExecutorService executor = newExecutor();
        long began = System.nanoTime();
        try {
            Mutation[] mutations = Mutation.values();
            for (int i = 0; i < cases && defects.size() < 20; i++) {
                Mutation mutation = mutations[i % mutations.length];
                Start start = starts.get((i / mutations.length) % starts.size());
                Random random = new Random(SEED * 1_000_003L + target.hashCode() * 7_919L + i);
                byte[] content = mutation.apply(start.content(), random);
                String name = start.name();
                String label = target + " case " + i + " (" + mutation + " of " + name + ", " + content.length + " bytes)";
                Tally tally = tallies.computeIfAbsent(mutation, m -> new Tally());
                tally.cases++;
                long t0 = System.nanoTime();
                Future<?> running = executor.submit(() -> {
                    attempt.run(name, content);
                    return null;
                });
                boolean accepted = false;
                try {
                    running.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
                    accepted = true;
                    tally.accepted++;
                } catch (TimeoutException e) {
                    running.cancel(true);
                    executor.shutdownNow();
                    executor = newExecutor();
                    defect(label, content, "no answer within " + DEADLINE.toSeconds() + " s: a hang");
                    continue;
                } catch (ExecutionException e) {
                    tally.refused++;
                    Throwable refusal = e.getCause();
                    Optional<String> wrong = judge.defect(name, refusal);
                    if (wrong.isPresent()) {
                        defect(label, content, wrong.get() + "\n" + stackTrace(refusal));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                long took = System.nanoTime() - t0;
                tally.nanos += took;
                if (took > slowestNanos) {
                    slowestNanos = took;
                    slowestCase = label;
                }
                Optional<String> afterwards = after.defect(accepted);
                afterwards.ifPresent(why -> defect(label, content, why));
            }
        } finally {
            executor.shutdownNow();
            totalNanos = System.nanoTime() - began;
        }
        return List.copyOf(defects);
    }

    /** Cases, per-mutation counts and the slowest case: a benchmark figure, never asserted. */
    String summary() {
        var out = new StringBuilder();
        int total = tallies.values().stream().mapToInt(t -> t.cases).sum();
        out.append(String.format("%nFuzz %s: %,d cases from seed %d in %.1f s (slowest %.0f ms: %s)%n", target, total,
                SEED, totalNanos / 1e9, slowestNanos / 1e6, slowestCase));
        tallies.forEach((mutation, t) -> out.append(String.format(
                "  %-16s %5d cases, %5d refused, %5d accepted, %6.1f ms a case%n",
                mutation, t.cases, t.refused, t.accepted, t.nanos / 1e6 / Math.max(1, t.cases))));
        return out.toString();
    }

    private void defect(String label, byte[] content, String why) {
        Path kept = Path.of("target", "fuzz-failures", label.replaceAll("[^A-Za-z0-9.-]+", "_") + ".bin");
        try {
            Files.createDirectories(kept.getParent());
            Files.write(kept, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        defects.add(label + " [kept as " + kept + "]: " + why);
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "fuzz-case");
            thread.setDaemon(true);   // a hung case must not keep the test JVM alive
            return thread;
        });
    }

    private static String stackTrace(Throwable thrown) {
        var text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        return text.toString().lines().limit(12).reduce("", (a, b) -> a + "\n    " + b);
    }
}
