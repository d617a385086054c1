package org.practiceworkbook.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerSheet;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.ItemRef;
import org.practiceworkbook.assessment.ItemScore;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.PlannedAction;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.QuestionnaireScore;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.assessment.RoundResponses;
import org.practiceworkbook.assessment.Scorer;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.questionnaire.Item;
import org.practiceworkbook.questionnaire.PackRef;
import org.practiceworkbook.questionnaire.Questionnaire;
import org.practiceworkbook.store.Workbook;

/** The demo workbook, made in a real workbook file and read back through the store and the scoring core. */
class DemoWorkbookTest {

    private static final List<String> PACKS = List.of("capacity", "skills", "governance");
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    /** Most tests only read the demo, so it is made once. */
    private static Workbook demo;
    private static DemoSummary summary;
    private static Practice practice;
    /** Oldest first. */
    private static List<Round> rounds;

    @BeforeAll
    static void makeTheDemo() {
        demo = Workbook.open(shared.resolve("demo"), new PackReader());
        summary = DemoWorkbook.fill(demo);
        practice = demo.practices().list().getFirst();
        rounds = demo.rounds().list(practice.id()).reversed();
    }

    @AfterAll
    static void closeTheDemo() {
        demo.close();
    }

    @Test
    void the_demo_is_one_fictional_practice_with_two_rounds_six_months_apart_and_their_facts() {
        assertThat(demo.practices().list()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Riverside Surgery");
            assertThat(p.odsCode()).startsWith("Y99");
            assertThat(p.model()).isEqualTo(OrganisationalModel.PARTNERSHIP);
            assertThat(p.pcn()).isEqualTo("Riverside and Vale PCN");
            assertThat(p.federation()).isEqualTo("Vale GP Federation");
        });
        assertThat(rounds).extracting(Round::label, Round::date).containsExactly(
                Tuple.tuple("Baseline March 2027", LocalDate.of(2027, 3, 10)),
                Tuple.tuple("6-month review September 2027", LocalDate.of(2027, 9, 8)));
        LocalDate sixMonthsOn = rounds.get(0).date().plusMonths(6);
        assertThat(rounds.get(1).date()).isBetween(sixMonthsOn.minusWeeks(2), sixMonthsOn.plusWeeks(2));

        var baseline = rounds.get(0).facts();
        var review = rounds.get(1).facts();
        assertThat(baseline.listSize()).isBetween(9_500, 10_000);
        assertThat(review.listSize()).isGreaterThan(baseline.listSize());
        assertThat(baseline.managementWte()).isLessThan(review.managementWte());
        assertThat(baseline.managementWte()).isGreaterThan(BigDecimal.ONE);
        assertThat(List.of(baseline.gpPartners(), baseline.salariedGps(), review.gpPartners(), review.salariedGps()))
                .containsExactly(4, 3, 3, 4);
        assertThat(List.of(baseline.deprivationDecile(), review.deprivationDecile())).containsOnly(3);
        for (Round round : rounds) {
            assertThat(demo.rounds().questionnaires(round.id())).extracting(PackRef::id)
                    .containsExactlyInAnyOrderElementsOf(PACKS);
        }
    }

    @Test
    void six_people_answer_in_each_round_in_at_least_four_roles_some_named_some_not() {
        for (Round round : rounds) {
            List<Respondent> people = demo.respondents().list(round.id());
            assertThat(people).hasSize(6);
            assertThat(people.stream().map(Respondent::role).distinct().count()).isGreaterThanOrEqualTo(4);
            assertThat(people).anySatisfy(p -> assertThat(p.name()).isNull());
            assertThat(people.stream().filter(p -> p.name() != null).count()).isGreaterThanOrEqualTo(3);
        }
        var baselineNames = demo.respondents().list(rounds.get(0).id()).stream().map(Respondent::displayName).toList();
        var reviewNames = demo.respondents().list(rounds.get(1).id()).stream().map(Respondent::displayName).toList();
        assertThat(reviewNames).as("the same team both times").isEqualTo(baselineNames);
    }

    @Test
    void every_person_answers_every_item_asked_of_the_practice_in_all_three_questionnaires() {
        int answers = 0;
        for (Round round : rounds) {
            for (PackRef ref : demo.rounds().questionnaires(round.id())) {
                Questionnaire questionnaire = demo.packs().load(ref);
                for (Respondent person : demo.respondents().list(round.id())) {
                    Map<String, Answer> given = demo.answers().forRespondent(person.id(), ref.id());
                    var sheet = new AnswerSheet(questionnaire, practice.applicabilityTokens(), given);
                    assertThat(sheet.isComplete()).as("%s in %s, %s", person.displayName(), round.label(), ref.id())
                            .isTrue();
                    assertThat(given.keySet()).as("only items asked of a partnership")
                            .containsExactlyInAnyOrderElementsOf(sheet.askedItems().stream().map(Item::id).toList());
                    assertThat(given.values()).as("answered on the day of the round").allSatisfy(a ->
                            assertThat(a.answeredAt().atZone(UK).toLocalDate()).isEqualTo(round.date()));
                    answers += given.size();
                }
            }
        }
        assertThat(answers).isEqualTo(summary.answers());
        assertThat(summary).isEqualTo(new DemoSummary("Riverside Surgery", 2, 12, answers,
                demo.actions().list(practice.id()).size()));
    }

    @Test
    void each_round_has_some_not_applicable_some_dont_know_and_notes_on_a_minority_of_answers() {
        for (Round round : rounds) {
            List<Answer> all = allAnswers(round);
            assertThat(all).as(round.label()).anyMatch(a -> a.value() instanceof AnswerValue.NotApplicable);
            assertThat(all).as(round.label()).anyMatch(a -> a.value() instanceof AnswerValue.DontKnow);
            long notes = all.stream().filter(a -> a.note() != null).count();
            assertThat((double) notes / all.size()).as("share of answers with a note").isBetween(0.05, 0.2);
        }
        var notes = rounds.stream().flatMap(r -> allAnswers(r).stream()).map(Answer::note).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        assertThat(notes).as("a varied pool of notes").hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void each_round_shows_disagreement_and_has_a_consensus_for_every_item_and_targets() {
        for (Round round : rounds) {
            int disagreements = 0;
            for (String packId : PACKS) {
                QuestionnaireScore score = score(round, packId);
                var consensus = demo.consensus().forRound(round.id(), packId);
                var asked = score.items().filter(i -> i.item().appliesTo().appliesTo(practice.applicabilityTokens()))
                        .toList();
                assertThat(consensus.keySet()).containsExactlyInAnyOrderElementsOf(
                        asked.stream().map(i -> i.item().id()).toList());
                assertThat(consensus.values()).allSatisfy(c -> assertThat(c.value()).isNotNull());
                assertThat(score.items().filter(ItemScore::isScored)).allSatisfy(i -> assertThat(i.fromConsensus())
                        .isTrue());
                var contested = score.items().filter(ItemScore::isDisagreement).toList();
                assertThat(contested).allSatisfy(i -> assertThat(consensus.get(i.item().id()).note())
                        .as("discussion note on %s", i.item().id()).isNotBlank());
                disagreements += contested.size();
                assertThat(demo.consensus().targets(round.id(), packId)).as("targets in %s", packId)
                        .hasSizeGreaterThanOrEqualTo(asked.size() / 2)
                        .allSatisfy((item, level) -> assertThat(level).isBetween(2, 4));
            }
            assertThat(disagreements).as(round.label()).isPositive();
        }
    }

    @Test
    void the_review_shows_improvement_in_some_sections_and_not_others() {
        var better = new ArrayList<String>();
        var notBetter = new ArrayList<String>();
        for (String packId : PACKS) {
            var before = score(rounds.get(0), packId).sections();
            var after = score(rounds.get(1), packId).sections();
            for (int i = 0; i < before.size(); i++) {
                double change = after.get(i).score().orElseThrow() - before.get(i).score().orElseThrow();
                (change >= 0.4 ? better : notBetter).add(before.get(i).section().title());
            }
        }
        assertThat(better).contains("Protected time for improvement", "Decision-making and delegation");
        assertThat(notBetter).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void the_action_plan_answers_items_the_baseline_found_weak() {
        List<PlannedAction> plan = demo.actions().list(practice.id());
        assertThat(plan).hasSizeGreaterThanOrEqualTo(8);
        assertThat(plan).allSatisfy(action -> {
            assertThat(action.originRoundId()).isEqualTo(rounds.get(0).id());
            assertThat(action.owner()).isNotBlank();
            assertThat(action.successMeasure()).isNotBlank();
            assertThat(action.dueOn()).isAfter(rounds.get(0).date());
            assertThat(action.linkedItems()).isNotEmpty();
        });
        assertThat(plan).extracting(PlannedAction::status).contains(PlannedAction.Status.DONE,
                PlannedAction.Status.IN_PROGRESS, PlannedAction.Status.NOT_STARTED, PlannedAction.Status.DROPPED);
        assertThat(plan.stream().map(PlannedAction::priority).distinct().count()).isEqualTo(3);

        var baseline = new HashMap<ItemRef, ItemScore>();
        for (String packId : PACKS) {
            score(rounds.get(0), packId).items().forEach(i -> baseline.put(new ItemRef(packId, i.item().id()), i));
        }
        for (ItemRef linked : plan.stream().flatMap(a -> a.linkedItems().stream()).toList()) {
            assertThat(baseline).as("a real item").containsKey(linked);
            assertThat(baseline.get(linked).gap().orElseThrow()).as("%s falls short of its target", linked.itemId())
                    .isPositive();
        }
    }

    @Test
    void the_demo_is_the_same_every_time() {
        List<String> first;
        List<String> second;
        try (Workbook one = Workbook.open(folder.resolve("one"), new PackReader())) {
            DemoWorkbook.fill(one);
            first = transcript(one);
        }
        try (Workbook two = Workbook.open(folder.resolve("two"), new PackReader())) {
            DemoWorkbook.fill(two);
            second = transcript(two);
        }
        assertThat(first).hasSizeGreaterThan(700).isEqualTo(second).isEqualTo(transcript(demo));
    }

    @Test
    void a_workbook_that_already_holds_a_practice_is_refused_and_left_unchanged() {
        Path file = folder.resolve("in-use");
        try (Workbook workbook = Workbook.open(file, new PackReader())) {
            workbook.practices().add("Hillside Medical Centre", null, OrganisationalModel.SUPER_PARTNERSHIP, null,
                    null);

            assertThatThrownBy(() -> DemoWorkbook.fill(workbook))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("the workbook at " + workbook.file() + " already holds practices; the demo goes in "
                            + "an empty or new workbook, for example --workbook demo.mv.db");
        }
        try (Workbook reopened = Workbook.open(file, new PackReader())) {
            assertThat(reopened.practices().list()).singleElement()
                    .satisfies(p -> assertThat(p.name()).isEqualTo("Hillside Medical Centre"));
            long hillside = reopened.practices().list().getFirst().id();
            assertThat(reopened.rounds().list(hillside)).isEmpty();
            assertThat(reopened.actions().list(hillside)).isEmpty();
        }
    }

    private static QuestionnaireScore score(Round round, String packId) {
        PackRef ref = demo.rounds().questionnaires(round.id()).stream().filter(r -> r.id().equals(packId))
                .findFirst().orElseThrow();
        var consensus = new HashMap<String, AnswerValue>();
        demo.consensus().forRound(round.id(), packId).forEach((item, agreed) -> consensus.put(item, agreed.value()));
        return Scorer.score(demo.packs().load(ref), practice.applicabilityTokens(), new RoundResponses(
                demo.answers().valuesForRound(round.id(), packId).values(), consensus,
                demo.consensus().targets(round.id(), packId)));
    }

    private static List<Answer> allAnswers(Round round) {
        var all = new ArrayList<Answer>();
        for (Respondent person : demo.respondents().list(round.id())) {
            PACKS.forEach(pack -> all.addAll(demo.answers().forRespondent(person.id(), pack).values()));
        }
        return all;
    }

    /** Everything the demo wrote, as lines, without the row ids a workbook hands out. */
    private static List<String> transcript(Workbook workbook) {
        var lines = new ArrayList<String>();
        Practice p = workbook.practices().list().getFirst();
        lines.add(String.join(" ", p.name(), p.odsCode(), p.model().token(), p.pcn(), p.federation(),
                workbook.practices().publicId(p.id()).toString()));
        for (Round round : workbook.rounds().list(p.id()).reversed()) {
            lines.add(round.label() + round.date() + round.facts() + workbook.rounds().publicId(round.id())
                    + workbook.rounds().questionnaires(round.id()));
            for (Respondent person : workbook.respondents().list(round.id())) {
                lines.add(person.publicId() + " " + person.name() + " " + person.role());
                for (String pack : PACKS) {
                    workbook.answers().forRespondent(person.id(), pack).values().stream()
                            .sorted(Comparator.comparing(Answer::itemId))
                            .forEach(a -> lines.add(a.toString()));
                }
            }
            for (String pack : PACKS) {
                workbook.consensus().forRound(round.id(), pack).values().forEach(c -> lines.add(c.toString()));
                lines.add(workbook.consensus().targets(round.id(), pack).toString());
            }
        }
        workbook.actions().list(p.id()).forEach(a -> lines.add(a.publicId() + a.title() + a.description() + a.owner()
                + a.dueOn() + a.priority() + a.status() + a.successMeasure() + a.reviewOn() + a.linkedItems()));
        return lines;
    }
}
