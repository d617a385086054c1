package org.practiceworkbook.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.practiceworkbook.assessment.ItemRef;
import org.practiceworkbook.assessment.PlannedAction;
import org.practiceworkbook.assessment.PlannedAction.Priority;
import org.practiceworkbook.assessment.PlannedAction.Status;

/**
 * Riverside's action plan from the baseline, as it stands at the six-month review. The actions marked done are the
 * ones behind the improvements in {@link DemoStory}; the rest show a plan part-way through, with one dropped and the
 * reason written down, as real plans are.
 */
final class DemoActions {

    private static final String MANAGER = "Practice manager";
    private static final String SENIOR_PARTNER = "Dr Helen Price (GP partner)";
    private static final String PARTNER = "Dr Imran Qureshi (GP partner)";
    private static final String LEAD_NURSE = "Lead nurse";
    private static final LocalDate REVIEW = LocalDate.of(2027, 9, 8);

    private record Draft(String title, String description, String owner, LocalDate dueOn, Priority priority,
                         Status status, String successMeasure, List<String> itemIds) {
    }

    private static final List<Draft> PLAN = List.of(
            new Draft("Keep the practice manager's Wednesday afternoon for improvement work",
                    "Block 13:30 to 17:00 every Wednesday for improvement work, with the deputy covering the phones "
                            + "and rota queries. Log each week whether the session was kept.",
                    MANAGER, LocalDate.of(2027, 4, 30), Priority.HIGH, Status.DONE,
                    "The session is kept in at least 10 of every 12 weeks, as recorded in the diary log.",
                    List.of("capacity.protected-time.manager-weekly-sessions", "capacity.management-time.delegation")),
            new Draft("Write and agree a scheme of delegation",
                    "List which decisions the partners take and which the practice manager and team leaders may take, "
                            + "with spending limits. Agree it at the May partners' meeting and share it with the team.",
                    PARTNER, LocalDate.of(2027, 5, 31), Priority.HIGH, Status.DONE,
                    "Scheme agreed and minuted; no decision it covers comes back to the partners' meeting in the "
                            + "following three months.",
                    List.of("governance.decisions.scheme-of-delegation", "governance.decisions.decision-records")),
            new Draft("Agree a one-page improvement plan for the year",
                    "Turn this assessment's five biggest gaps into a one-page plan, agreed by the partners and talked "
                            + "through with the whole team.",
                    MANAGER, LocalDate.of(2027, 5, 31), Priority.MEDIUM, Status.DONE,
                    "Plan signed off by the partners and discussed at a whole-team meeting by the end of June.",
                    List.of("governance.quality.improvement-plan", "governance.decisions.team-voice")),
            new Draft("Written development plans for everyone with management responsibility",
                    "Agree a development plan with each of the five people who manage staff or budgets, with the "
                            + "study time and funding each needs, and review it at appraisal.",
                    MANAGER, LocalDate.of(2027, 6, 30), Priority.MEDIUM, Status.DONE,
                    "All five plans written and funded; each reviewed at the person's next appraisal.",
                    List.of("skills.development.development-plans", "skills.development.time-and-funding")),
            new Draft("Agree what management support the PCN will give the practice",
                    "Meet the PCN clinical director and manager to agree shared HR and project support for member "
                            + "practices, and what Riverside will ask for first.",
                    SENIOR_PARTNER, LocalDate.of(2027, 7, 31), Priority.MEDIUM, Status.IN_PROGRESS,
                    "A written offer from the PCN naming the support, the hours and a contact, used at least once a "
                            + "month by September.",
                    List.of("capacity.improvement-support.pcn-support", "governance.system.pcn-development")),
            new Draft("Write a succession plan for the practice manager and the senior partner",
                    "Name who would cover each of the practice manager's and the senior partner's duties, start "
                            + "shadowing on payroll and contract claims, and set a timetable for Dr Price's retirement "
                            + "in 2028.",
                    PARTNER, LocalDate.of(2027, 9, 30), Priority.HIGH, Status.IN_PROGRESS,
                    "Plan agreed by the partners; every critical task has a named back-up who has done it at least "
                            + "once.",
                    List.of("capacity.need-and-continuity.succession",
                            "capacity.need-and-continuity.knowledge-continuity", "governance.succession.future-options")),
            new Draft("Explain the route to partnership to the salaried GPs",
                    "Write a short note on how a salaried GP could become a partner (the timetable, the buy-in and "
                            + "what is expected) and talk it through with each salaried GP.",
                    SENIOR_PARTNER, LocalDate.of(2027, 6, 30), Priority.HIGH, Status.IN_PROGRESS,
                    "Every salaried GP has had the note and a one-to-one conversation, and at the review says they "
                            + "know the route.",
                    List.of("governance.succession.route-to-partnership", "governance.succession.leadership-appeal")),
            new Draft("Train a small team in quality improvement",
                    "Send four staff from at least three roles on the training hub's QI course, then test one change "
                            + "to the morning phone queue with PDSA cycles.",
                    LEAD_NURSE, LocalDate.of(2027, 8, 31), Priority.MEDIUM, Status.IN_PROGRESS,
                    "Four staff trained; two PDSA cycles on the phone queue written up by the end of August.",
                    List.of("skills.improvement.qi-method", "skills.improvement.qi-skills-spread")),
            new Draft("A monthly report on demand and access for the partners' meeting",
                    "Set up a monthly search and a one-page report on appointment demand, waits and missed "
                            + "appointments, and go through it at each partners' meeting.",
                    MANAGER, LocalDate.of(2027, 7, 31), Priority.MEDIUM, Status.IN_PROGRESS,
                    "The report is produced and discussed six months running.",
                    List.of("capacity.specialist-functions.data", "skills.improvement.data-use")),
            new Draft("Monthly management accounts from the federation's finance service",
                    "Ask the federation's finance service for monthly management accounts and a forecast of what the "
                            + "Mill Lane housing will do to income and costs.",
                    MANAGER, LocalDate.of(2027, 10, 31), Priority.MEDIUM, Status.NOT_STARTED,
                    "Accounts for three months in a row reviewed at partners' meetings.",
                    List.of("capacity.specialist-functions.finance", "skills.business.finance",
                            "capacity.management-time.planning-for-growth")),
            new Draft("A career pathway for reception and administrative staff",
                    "Write down the route from receptionist to care navigator, team leader and assistant manager, "
                            + "with the training each step needs, and use it at appraisals.",
                    MANAGER, LocalDate.of(2027, 12, 31), Priority.LOW, Status.NOT_STARTED,
                    "Pathway shared with the team; at least two staff have a development goal linked to it at their "
                            + "next appraisal.",
                    List.of("skills.development.career-pathway", "skills.leading-teams.emerging-leaders")),
            new Draft("Recruit a part-time transformation lead",
                    "Recruit someone for two days a week to lead change projects. Dropped in July: the PCN has "
                            + "appointed a shared transformation manager who will work with Riverside one day a "
                            + "fortnight. To look at again if that post goes.",
                    PARTNER, LocalDate.of(2027, 9, 30), Priority.LOW, Status.DROPPED,
                    "A transformation lead in post for at least two days a week.",
                    List.of("capacity.improvement-support.transformation-role")));

    private DemoActions() {
    }

    /**
     * The plan for a practice, prompted by its baseline round. Links to items the workbook's packs do not hold are
     * left out, so a newer pack version never leaves an action pointing at nothing.
     */
    static List<PlannedAction> plan(long practiceId, long baselineRoundId, Predicate<ItemRef> known) {
        var actions = new ArrayList<PlannedAction>();
        for (int i = 0; i < PLAN.size(); i++) {
            Draft d = PLAN.get(i);
            var linked = d.itemIds().stream().map(id -> new ItemRef(packOf(id), id)).filter(known).toList();
            actions.add(new PlannedAction(0, DemoWorkbook.publicId("action/" + i), practiceId, baselineRoundId,
                    d.title(), d.description(), d.owner(), anchor(d), d.dueOn(), d.priority(), d.status(), d.successMeasure(),
                    REVIEW, linked));
        }
        return actions;
    }

    /** The bundled packs' item ids begin with their pack's id: {@code capacity.protected-time.team-sessions}. */
    private static String packOf(String itemId) {
        return itemId.substring(0, itemId.indexOf('.'));
    }

    /** The practice manager keeps the partners' actions moving between meetings; their own need no anchor. */
    private static String anchor(Draft draft) {
        return draft.owner().equals(MANAGER) ? null : MANAGER;
    }

}
