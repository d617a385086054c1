package org.practiceworkbook.exchange;

import java.util.ArrayList;
import java.util.List;

import org.practiceworkbook.assessment.PlannedAction;

/**
 * A workbook file with the people taken out, for a trainer to compare practices without learning who said what.
 * Respondents become "Respondent 1", "Respondent 2"… in each round, keeping their role so results still read by
 * role. Every free-text note goes: people's notes beside their answers, the group's discussion notes (which name
 * people as often as not), and an action's description and success measure; an action's owner and anchor (people)
 * go too. An answer or consensus that was only a note is left out. Kept: the practice (an organisation, which the
 * trainer needs to tell practices apart), round labels, action titles (an action needs one), every level and date,
 * and the public ids (random, naming nobody), so a later export can replace this one in the trainer's workbook.
 */
public final class AnonymisedWorkbook {

    private AnonymisedWorkbook() {
    }

    public static WorkbookFile of(WorkbookFile file) {
        var practices = new ArrayList<WorkbookFile.PracticeEntry>();
        for (WorkbookFile.PracticeEntry p : file.practices()) {
            practices.add(new WorkbookFile.PracticeEntry(p.id(), p.details(), p.priorityCap(),
                    p.actions().stream().map(AnonymisedWorkbook::action).toList(),
                    p.rounds().stream().map(AnonymisedWorkbook::round).toList()));
        }
        return new WorkbookFile(file.exportedAt(), file.packs(), practices);
    }

    private static WorkbookFile.ActionEntry action(WorkbookFile.ActionEntry entry) {
        PlannedAction a = entry.action();
        return new WorkbookFile.ActionEntry(new PlannedAction(a.id(), a.publicId(), a.practiceId(), a.originRoundId(),
                a.title(), null, null, null, a.dueOn(), a.priority(), a.status(), null, a.reviewOn(), a.linkedItems()),
                entry.originRoundId(), entry.reviews());
    }

    private static WorkbookFile.RoundEntry round(WorkbookFile.RoundEntry round) {
        var people = new ArrayList<WorkbookFile.RespondentEntry>();
        for (int i = 0; i < round.respondents().size(); i++) {
            WorkbookFile.RespondentEntry person = round.respondents().get(i);
            List<WorkbookFile.PackAnswer> answers = person.answers().stream()
                    .filter(a -> a.answer().value() != null)
                    .map(a -> new WorkbookFile.PackAnswer(a.packId(), new org.practiceworkbook.assessment.Answer(
                            a.answer().itemId(), a.answer().value(), null, a.answer().answeredAt())))
                    .toList();
            people.add(new WorkbookFile.RespondentEntry(person.id(), "Respondent " + (i + 1), person.role(), answers));
        }
        var consensus = new ArrayList<WorkbookFile.ConsensusEntry>();
        for (WorkbookFile.ConsensusEntry c : round.consensus()) {
            boolean agreed = c.decidedAt() != null && c.value() != null;
            if (agreed || c.target() != null) {
                consensus.add(new WorkbookFile.ConsensusEntry(c.item(), agreed ? c.value() : null, null,
                        agreed ? c.decidedAt() : null, c.target()));
            }
        }
        return new WorkbookFile.RoundEntry(round.id(), round.label(), round.date(), round.facts(),
                round.questionnaires(), round.workshop(), people, consensus);
    }
}
