package org.practiceworkbook.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.Consensus;
import org.practiceworkbook.assessment.ItemRef;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.PlannedAction;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.assessment.WorkshopSettings;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.questionnaire.PackRef;
import org.practiceworkbook.questionnaire.PackVersion;
import org.practiceworkbook.store.Workbook;

/** A workbook holding a little of everything a workbook file carries, and a full listing of a workbook's content. */
final class SampleWorkbooks {

    static final Instant T0 = Instant.parse("2027-03-14T09:00:00Z");
    static final PackRef CAPACITY = new PackRef("capacity", new PackVersion(1, 0));
    static final PackRef SKILLS = new PackRef("skills", new PackVersion(1, 0));
    static final PackRef SMALL = new PackRef("small", new PackVersion(1, 0));
    static final String PROTECTED = "capacity.protected-time.manager-weekly-sessions";
    static final String GP_LEAD = "capacity.protected-time.gp-lead-sessions";
    static final String TEAM = "capacity.protected-time.team-sessions";
    static final String STAFFING = "capacity.management-time.staffing-to-list-size";
    static final String QUALIFIED = "skills.qualifications.manager-qualification";

    private SampleWorkbooks() {
    }

    static byte[] smallPack() {
        try (InputStream in = SampleWorkbooks.class.getResourceAsStream("/packs/small.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Two practices. Riverside Surgery: two rounds (capacity and skills) with facts, a named and an anonymous person,
     * answers with levels, N/A, don't know and a note alone, consensus with notes, targets without consensus, a
     * workshop revealed with a partners-only section, and two actions, one with linked items. Hillside Medical
     * Centre: one round of a pack that does not come with the program.
     */
    static void fill(Workbook workbook) throws Exception {
        workbook.packs().store(new PackReader().read("small.json", smallPack()));

        Practice riverside = workbook.practices().add("Riverside Surgery", "A81001", OrganisationalModel.PARTNERSHIP,
                "Riverside PCN", "Northshire GP Federation");
        // Added before the baseline, but held later: the file lists rounds by date.
        Round review = workbook.rounds().add(riverside.id(), "6-month review", LocalDate.of(2027, 9, 14),
                new RoundFacts(9950, null, 4, null, null));
        Round baseline = workbook.rounds().add(riverside.id(), "Baseline March 2027", LocalDate.of(2027, 3, 14),
                new RoundFacts(9800, new BigDecimal("2.5"), 4, 3, 6));
        for (Round round : List.of(baseline, review)) {
            workbook.rounds().useQuestionnaire(round.id(), CAPACITY);
        }
        workbook.rounds().useQuestionnaire(baseline.id(), SKILLS);

        var sam = workbook.respondents().add(baseline.id(), "Sam Patel", Role.PRACTICE_MANAGER);
        workbook.answers().saveAll(sam.id(), "capacity", List.of(
                new Answer(PROTECTED, AnswerValue.level(2), "Slot lost most weeks – café rota", T0),
                new Answer(GP_LEAD, AnswerValue.NOT_APPLICABLE, null, T0.plusSeconds(30)),
                new Answer(TEAM, AnswerValue.DONT_KNOW, null, T0.plusSeconds(60)),
                new Answer(STAFFING, null, "Ask the partners about the new post", T0.plusSeconds(90))));
        workbook.answers().save(sam.id(), "skills", new Answer(QUALIFIED, AnswerValue.level(3), null, T0.plusSeconds(120)));
        var partner = workbook.respondents().add(baseline.id(), null, Role.GP_PARTNER);
        workbook.answers().saveAll(partner.id(), "capacity", List.of(
                new Answer(PROTECTED, AnswerValue.level(4), null, T0.plusSeconds(200)),
                new Answer(TEAM, AnswerValue.level(1), "Never happens", T0.plusSeconds(230))));
        var later = workbook.respondents().add(review.id(), "Sam Patel", Role.PRACTICE_MANAGER);
        workbook.answers().save(later.id(), "capacity", new Answer(PROTECTED, AnswerValue.level(3), null,
                T0.plusSeconds(86_400 * 180)));

        Instant agreed = T0.plusSeconds(7200);
        workbook.consensus().save(baseline.id(), "capacity", new Consensus(PROTECTED, AnswerValue.level(3),
                "Partners see more of it than Sam", agreed));
        workbook.consensus().save(baseline.id(), "capacity", new Consensus(GP_LEAD, AnswerValue.NOT_APPLICABLE, null, agreed));
        workbook.consensus().save(baseline.id(), "capacity", new Consensus(TEAM, null, "Come back to this", agreed));
        workbook.consensus().setTarget(baseline.id(), "capacity", PROTECTED, 4);
        workbook.consensus().setTarget(baseline.id(), "capacity", STAFFING, 3);
        workbook.consensus().setTarget(baseline.id(), "skills", QUALIFIED, 4);
        workbook.workshops().save(baseline.id(), new WorkshopSettings(true, false, true,
                List.of(new WorkshopSettings.SectionRef("capacity", "capacity.management-time"))));

        var slot = workbook.actions().add(new PlannedAction(0, UUID.randomUUID(), riverside.id(), baseline.id(),
                "Protect a weekly improvement slot", "Two hours on Wednesday mornings", "Sam Patel", "Dr Helen Price",
                LocalDate.of(2027, 6, 30), PlannedAction.Priority.HIGH, PlannedAction.Status.IN_PROGRESS,
                "Slot kept 3 weeks in 4", LocalDate.of(2027, 5, 1),
                List.of(new ItemRef("capacity", PROTECTED), new ItemRef("skills", QUALIFIED))));
        workbook.actions().add(new PlannedAction(0, UUID.randomUUID(), riverside.id(), null, "Ask the PCN about HR",
                null, null, null, null, null, null, null, null, List.of()));
        // At the six-month review the slot was carried forward, and the practice chose to carry fewer priorities.
        workbook.actions().recordReview(slot.id(), review.id(), org.practiceworkbook.assessment.ActionReview.CARRIED_FORWARD);
        workbook.actions().setPriorityCap(riverside.id(), 3);

        Practice hillside = workbook.practices().add("Hillside Medical Centre", null,
                OrganisationalModel.SUPER_PARTNERSHIP, null, null);
        Round away = workbook.rounds().add(hillside.id(), "Away day", LocalDate.of(2027, 4, 2), RoundFacts.NONE);
        workbook.rounds().useQuestionnaire(away.id(), SMALL);
        var manager = workbook.respondents().add(away.id(), "Jo Okafor", Role.PRACTICE_MANAGER);
        workbook.answers().saveAll(manager.id(), "small", List.of(
                new Answer("time.protected", AnswerValue.level(2), null, T0),
                new Answer("skills.qualified", AnswerValue.level(3), null, T0.plusSeconds(10))));
    }

    /** Everything a workbook holds, read through the stores: to show a refused file changed nothing. */
    static List<Object> listing(Workbook workbook) {
        var rows = new ArrayList<Object>();
        rows.add(workbook.packs().list());
        for (Practice practice : workbook.practices().list()) {
            rows.add(practice.withName(practice.name()));
            rows.add(workbook.practices().publicId(practice.id()));
            rows.add(workbook.actions().list(practice.id()).stream().map(a -> List.of(a.publicId(), a.title(),
                    String.valueOf(a.originRoundId()), a.linkedItems(), String.valueOf(a.dueOn()))).toList());
            rows.add(workbook.actions().reviewsOf(practice.id()));
            rows.add(workbook.actions().priorityCap(practice.id()));
            for (Round round : workbook.rounds().list(practice.id())) {
                rows.add(round);
                rows.add(workbook.rounds().publicId(round.id()));
                rows.add(workbook.rounds().questionnaires(round.id()));
                rows.add(workbook.workshops().settings(round.id()));
                rows.add(workbook.consensus().forRound(round.id()));
                rows.add(workbook.consensus().targets(round.id()));
                for (var person : workbook.respondents().list(round.id())) {
                    rows.add(person);
                    for (String pack : workbook.answers().packsAnswered(person.id())) {
                        rows.add(workbook.answers().forRespondent(person.id(), pack));
                    }
                }
            }
        }
        return rows;
    }
}
