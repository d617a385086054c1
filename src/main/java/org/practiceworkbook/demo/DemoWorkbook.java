package org.practiceworkbook.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerSheet;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.Consensus;
import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.ItemRef;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.PlannedAction;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.assessment.WorkshopSettings;
import org.practiceworkbook.demo.DemoPeople.Person;
import org.practiceworkbook.questionnaire.Item;
import org.practiceworkbook.questionnaire.PackRef;
import org.practiceworkbook.store.Workbook;

/**
 * A realistic, entirely fictional practice for a trainer to show the method with: Riverside Surgery, a partnership
 * of about 10,000 patients, assessed with all three questionnaires at a baseline and again six months on, by six of
 * its team, with the group's consensus, targets and the action plan that came out of it.
 *
 * <p>The demo is the same every time (a seeded generator, fixed dates and fixed public ids), so a trainer's notes and
 * screenshots stay true, and it is written through the store only, in one commit: a failure leaves the workbook as
 * it was.
 */
public final class DemoWorkbook {

    public static final String PRACTICE_NAME = "Riverside Surgery";
    /** Invented, in the shape of a real practice code so the field is shown filled; Y99 marks it as made up. */
    public static final String ODS_CODE = "Y99901";
    public static final String PCN = "Riverside and Vale PCN";
    public static final String FEDERATION = "Vale GP Federation";

    static final List<String> PACKS = List.of("capacity", "skills", "governance");

    private static final long SEED = 20270310L;
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private record RoundPlan(String label, LocalDate date, RoundFacts facts) {
    }

    /** A partner retires and a salaried GP joins between the two; the new housing grows the list. */
    private static final List<RoundPlan> ROUNDS = List.of(
            new RoundPlan("Baseline March 2027", LocalDate.of(2027, 3, 10),
                    new RoundFacts(9_800, new BigDecimal("2.4"), 4, 3, 3)),
            new RoundPlan("6-month review September 2027", LocalDate.of(2027, 9, 8),
                    new RoundFacts(10_050, new BigDecimal("2.8"), 3, 4, 3)));

    private record Filled(Round round, int respondents, int answers) {
    }

    private DemoWorkbook() {
    }

    /**
     * Writes the demo practice into a workbook that holds no practices yet.
     *
     * @throws InvalidInputException when the workbook already holds a practice; nothing is written
     */
    public static DemoSummary fill(Workbook workbook) {
        return workbook.inTransaction(() -> {
            if (!workbook.practices().list().isEmpty()) {
                throw new InvalidInputException("workbook", "the workbook at " + workbook.file()
                        + " already holds practices; the demo goes in an empty or new workbook, for example "
                        + "--workbook demo.mv.db");
            }
            Practice practice = workbook.practices().add(publicId("practice"), PRACTICE_NAME, ODS_CODE,
                    OrganisationalModel.PARTNERSHIP, PCN, FEDERATION);
            var random = new Random(SEED);
            var known = new HashSet<ItemRef>();
            var filled = new ArrayList<Filled>();
            for (int round = 0; round < ROUNDS.size(); round++) {
                filled.add(fillRound(workbook, practice, round, random, known));
            }
            List<PlannedAction> plan = DemoActions.plan(practice.id(), filled.getFirst().round().id(), known::contains);
            plan.forEach(workbook.actions()::add);
            return new DemoSummary(practice.name(), filled.size(),
                    filled.stream().mapToInt(Filled::respondents).sum(),
                    filled.stream().mapToInt(Filled::answers).sum(), plan.size());
        });
    }

    private static Filled fillRound(Workbook workbook, Practice practice, int index, Random random,
                                    Set<ItemRef> known) {
        RoundPlan plan = ROUNDS.get(index);
        Round round = workbook.rounds().add(publicId("round/" + index), practice.id(), plan.label(), plan.date(),
                plan.facts());
        // Both rounds held their workshop: everyone's scores were revealed and the room agreed its levels.
        workbook.workshops().save(round.id(), WorkshopSettings.NONE.withRevealed(true));
        var asked = new LinkedHashMap<String, List<Item>>();
        for (String packId : PACKS) {
            PackRef ref = workbook.packs().latest(packId).orElseThrow(() -> new InvalidInputException("pack",
                    "the workbook holds no \"" + packId + "\" questionnaire for the demo to use"));
            workbook.rounds().useQuestionnaire(round.id(), ref);
            var items = new AnswerSheet(workbook.packs().load(ref), practice.applicabilityTokens(), Map.of())
                    .askedItems();
            asked.put(packId, items);
            items.forEach(item -> known.add(new ItemRef(packId, item.id())));
        }

        // What each person said on each item, in team order, for the room to agree on afterwards.
        var said = new LinkedHashMap<ItemRef, List<AnswerValue>>();
        var generator = new DemoAnswers(random);
        var notes = new DemoNotes();
        int answers = 0;
        for (int p = 0; p < DemoPeople.TEAM.size(); p++) {
            Person person = DemoPeople.TEAM.get(p);
            long respondentId = workbook.respondents().add(round.id(), publicId("round/" + index + "/" + person.key()),
                    person.name(), person.role()).id();
            // Everyone answers on the morning of the workshop, on their own laptop, starting a few minutes apart.
            Instant at = at(plan.date(), LocalTime.of(8, 5).plusMinutes(7L * p));
            for (var pack : asked.entrySet()) {
                if (pack.getValue().isEmpty()) {
                    continue;
                }
                List<Answer> given = generator.answer(person, index, pack.getKey(), pack.getValue(), at, notes);
                workbook.answers().saveAll(respondentId, pack.getKey(), given);
                answers += given.size();
                given.forEach(a -> said.computeIfAbsent(new ItemRef(pack.getKey(), a.itemId()), k -> new ArrayList<>())
                        .add(a.value()));
                at = given.getLast().answeredAt().plus(Duration.ofMinutes(3));
            }
        }

        // The room goes through every item together after lunch.
        Instant decided = at(plan.date(), LocalTime.of(13, 30));
        for (var item : said.entrySet()) {
            String packId = item.getKey().packId();
            Consensus agreed = DemoConsensus.agree(item.getKey().itemId(), index, item.getValue(), decided, random);
            workbook.consensus().save(round.id(), packId, agreed);
            DemoConsensus.target(agreed.value())
                    .ifPresent(level -> workbook.consensus().setTarget(round.id(), packId, agreed.itemId(), level));
            decided = decided.plus(Duration.ofSeconds(60 + random.nextInt(150)));
        }
        return new Filled(round, DemoPeople.TEAM.size(), answers);
    }

    private static Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(UK).toInstant();
    }

    /**
     * Fixed public ids rather than random ones, so that every demo workbook holds the same practice, rounds, people
     * and actions, down to the ids an export carries.
     */
    static UUID publicId(String what) {
        return UUID.nameUUIDFromBytes(("practice-workbook demo " + what).getBytes(StandardCharsets.UTF_8));
    }
}
