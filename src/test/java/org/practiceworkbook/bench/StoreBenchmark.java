package org.practiceworkbook.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.assessment.RoundResponses;
import org.practiceworkbook.assessment.Scorer;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.questionnaire.PackRef;
import org.practiceworkbook.questionnaire.Questionnaire;
import org.practiceworkbook.store.Workbook;

/**
 * The store's benchmark (docs/benchmarks.md): fills a workbook with 50 practices x 4 rounds x 12 respondents x 60
 * items (144,000 answers), then prints the time to save one answer (one commit each) and the time to open the
 * workbook and score every section of every round. Run with {@code ./mvnw -Pbenchmark verify}; never part of the suite.
 */
@Tag("benchmark")
class StoreBenchmark {

    static final int PRACTICES = 50;
    static final int ROUNDS = 4;
    static final int RESPONDENTS = 12;
    static final int SECTIONS = 4;
    static final int ITEMS_PER_SECTION = 15;
    static final int TIMED_SAVES = 2_000;
    static final Path WORKBOOK = Path.of("target", "benchmark", "benchmark-workbook.mv.db");

    private final PackReader reader = new PackReader();
    private final Random random = new Random(20270314);

    @Test
    void store_figures() throws Exception {
        Files.createDirectories(WORKBOOK.getParent());
        Files.deleteIfExists(WORKBOOK);
        long fillStart = System.nanoTime();
        long firstRespondent;
        String packId;
        try (Workbook workbook = Workbook.open(WORKBOOK, reader)) {
            var pack = reader.read("bench.json", benchPack().getBytes(StandardCharsets.UTF_8));
            workbook.packs().store(pack);
            packId = pack.questionnaire().id();
            firstRespondent = fill(workbook, pack.questionnaire());
        }
        double fillSeconds = (System.nanoTime() - fillStart) / 1e9;

        double[] saves;
        try (Workbook workbook = Workbook.open(WORKBOOK, reader)) {
            saves = timeSingleSaves(workbook, firstRespondent, packId);
        }

        long openStart = System.nanoTime();
        int rounds = 0;
        double openMs;
        double scoreMs;
        try (Workbook workbook = Workbook.open(WORKBOOK, reader)) {
            openMs = (System.nanoTime() - openStart) / 1e6;
            long scoreStart = System.nanoTime();
            rounds = scoreEverything(workbook);
            scoreMs = (System.nanoTime() - scoreStart) / 1e6;
        }

        double[] cold = coldOpenAndScore();

        Arrays.sort(saves);
        System.out.printf("%nPractice Workbook store benchmark (%s, %d cores, Java %s)%n", WORKBOOK,
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        System.out.printf("  filled %,d answers (%d practices x %d rounds x %d respondents x %d items) in %.1f s%n",
                PRACTICES * ROUNDS * RESPONDENTS * SECTIONS * ITEMS_PER_SECTION, PRACTICES, ROUNDS, RESPONDENTS,
                SECTIONS * ITEMS_PER_SECTION, fillSeconds);
        System.out.printf("  (a) save one answer, one commit each, n=%,d: median %.2f ms, p99 %.2f ms  "
                + "(goal: median < 2 ms, p99 < 10 ms)%n", saves.length, percentile(saves, 50), percentile(saves, 99));
        System.out.printf("  (b) open the workbook: %.0f ms; score every section of all %d rounds: %.0f ms; "
                + "total %.0f ms  (goal: < 1000 ms; warm: this JVM has the code loaded)%n", openMs, rounds, scoreMs,
                openMs + scoreMs);
        System.out.printf("      in a fresh JVM: open %.0f ms, score all %.0f ms, total %.0f ms (cold: as a person "
                + "opening the program would find it)%n%n", cold[0], cold[1], cold[0] + cold[1]);
    }

    long fill(Workbook workbook, Questionnaire questionnaire) {
        var itemIds = questionnaire.items().map(i -> i.id()).toList();
        var roles = Role.values();
        var models = OrganisationalModel.values();
        long first = -1;
        for (int p = 0; p < PRACTICES; p++) {
            Practice practice = workbook.practices().add("Benchmark Practice " + (p + 1), String.format("B%05d", p + 1),
                    models[p % models.length], p % 3 == 0 ? null : "PCN " + (p % 7), null);
            int listSize = 4_000 + random.nextInt(16_000);
            for (int r = 0; r < ROUNDS; r++) {
                Round round = workbook.rounds().add(practice.id(), "Round " + (r + 1), LocalDate.of(2027, 3, 1).plusMonths(6L * r),
                        new RoundFacts(listSize + 150 * r, new BigDecimal("2.50"), 4, 3, 1 + p % 10));
                workbook.rounds().useQuestionnaire(round.id(), questionnaire.ref());
                for (int who = 0; who < RESPONDENTS; who++) {
                    long respondent = workbook.respondents().add(round.id(), null, roles[who % roles.length]).id();
                    if (first < 0) {
                        first = respondent;
                    }
                    var answers = new ArrayList<Answer>(itemIds.size());
                    for (String item : itemIds) {
                        answers.add(new Answer(item, randomValue(), random.nextInt(10) == 0 ? "Evidence: minutes of the "
                                + "partners' meeting" : null, Instant.now()));
                    }
                    workbook.answers().saveAll(respondent, questionnaire.id(), answers);
                }
            }
        }
        return first;
    }

    private AnswerValue randomValue() {
        int roll = random.nextInt(20);
        if (roll == 0) {
            return AnswerValue.NOT_APPLICABLE;
        }
        if (roll == 1) {
            return AnswerValue.DONT_KNOW;
        }
        return AnswerValue.level(1 + random.nextInt(5));
    }

    private double[] timeSingleSaves(Workbook workbook, long respondent, String packId) {
        double[] millis = new double[TIMED_SAVES];
        for (int i = -200; i < TIMED_SAVES; i++) {   // the first 200 warm the code up and are not counted
            var answer = new Answer("s" + (1 + Math.floorMod(i, SECTIONS)) + ".i" + (1 + Math.floorMod(i, ITEMS_PER_SECTION)),
                    AnswerValue.level(1 + Math.floorMod(i, 5)), null, Instant.now());
            long start = System.nanoTime();
            workbook.answers().save(respondent + Math.floorMod(i, RESPONDENTS), packId, answer);
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        return millis;
    }

    /** Runs {@link ColdOpen} in a new JVM, so class loading and JIT warm-up count as they would for a person. */
    private static double[] coldOpenAndScore() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        var process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                ColdOpen.class.getName(), WORKBOOK.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new AssertionError("the cold run failed:\n" + output);
        }
        String[] figures = output.lines().filter(l -> l.startsWith("cold ")).findFirst().orElseThrow().split(" ");
        return new double[] {Double.parseDouble(figures[1]), Double.parseDouble(figures[2])};
    }

    /** The cold run: open the workbook, score every round, print "cold OPEN_MS SCORE_MS". */
    static final class ColdOpen {
        public static void main(String[] args) {
            long start = System.nanoTime();
            try (Workbook workbook = Workbook.open(Path.of(args[0]), new PackReader())) {
                long opened = System.nanoTime();
                scoreEverything(workbook);
                long scored = System.nanoTime();
                System.out.printf(java.util.Locale.ROOT, "cold %.1f %.1f%n", (opened - start) / 1e6, (scored - opened) / 1e6);
            }
        }
    }

    static int scoreEverything(Workbook workbook) {
        int rounds = 0;
        var questionnaires = new java.util.HashMap<PackRef, Questionnaire>();
        for (Practice practice : workbook.practices().list()) {
            var answersByRound = new java.util.HashMap<String, Map<Long, Map<Long, Map<String, AnswerValue>>>>();
            for (Round round : workbook.rounds().list(practice.id())) {
                for (PackRef ref : workbook.rounds().questionnaires(round.id())) {
                    Questionnaire q = questionnaires.computeIfAbsent(ref, workbook.packs()::load);
                    var values = answersByRound.computeIfAbsent(ref.id(),
                            id -> workbook.answers().valuesForPractice(practice.id(), id)).getOrDefault(round.id(), Map.of());
                    var score = Scorer.score(q, practice.applicabilityTokens(), RoundResponses.ofRespondents(values.values()));
                    if (score.sections().size() != SECTIONS) {
                        throw new AssertionError("every section is scored");
                    }
                }
                rounds++;
            }
        }
        return rounds;
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    /** A five-level pack of 4 sections x 15 items, ids s1.i1 ... s4.i15. */
    static String benchPack() {
        String sections = IntStream.rangeClosed(1, SECTIONS).mapToObj(s -> """
                {"id": "s%d", "title": "Section %d", "items": [%s]}""".formatted(s, s,
                IntStream.rangeClosed(1, ITEMS_PER_SECTION).mapToObj(i -> """
                        {"id": "s%d.i%d", "statement": "Statement %d.%d", "why": "Why it matters.",
                         "levels": ["One", "Two", "Three", "Four", "Five"], "suggestedActions": ["Act", "Act again"],
                         "defaultTarget": 4}""".formatted(s, i, s, i)).collect(Collectors.joining(",")))).collect(Collectors.joining(","));
        return """
                {"formatVersion": 1, "id": "bench", "version": "1.0", "title": "Benchmark", "description": "Synthetic.",
                 "authorship": {"authors": ["Benchmark"], "licence": "CC0-1.0"},
                 "scale": ["One", "Two", "Three", "Four", "Five"], "sections": [%s]}""".formatted(sections);
    }

}
