package org.practiceworkbook.demo;

import java.util.LinkedHashSet;
import java.util.Set;

import org.practiceworkbook.assessment.PlannedAction;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.store.Workbook;

/**
 * Everything in a workbook that says who someone is or what they wrote: respondents' names (whole, and each part of
 * at least four letters, as a note would call them), their notes, the group's discussion notes, and the free text
 * and people of the action plan. Read from the workbook itself, so a name or note added to the demo is searched for
 * too.
 */
public final class DemoPrivateTexts {

    private DemoPrivateTexts() {
    }

    public record Texts(Set<String> names, Set<String> notes) {
        public Set<String> all() {
            var all = new LinkedHashSet<>(names);
            all.addAll(notes);
            return all;
        }
    }

    public static Texts of(Workbook workbook) {
        var names = new LinkedHashSet<String>();
        var notes = new LinkedHashSet<String>();
        for (Practice practice : workbook.practices().list()) {
            for (Round round : workbook.rounds().list(practice.id())) {
                for (Respondent person : workbook.respondents().list(round.id())) {
                    if (person.name() != null) {
                        names.add(person.name());
                        for (String part : person.name().split(" ")) {
                            if (part.length() >= 4) {
                                names.add(part);
                            }
                        }
                    }
                    for (String packId : workbook.answers().packsAnswered(person.id())) {
                        workbook.answers().forRespondent(person.id(), packId).values().stream()
                                .filter(a -> a.note() != null).forEach(a -> notes.add(a.note()));
                    }
                }
                workbook.consensus().forRound(round.id()).values().stream()
                        .filter(c -> c.note() != null).forEach(c -> notes.add(c.note()));
            }
            for (PlannedAction action : workbook.actions().list(practice.id())) {
                for (String text : new String[] {action.description(), action.owner(), action.anchor(),
                        action.successMeasure()}) {
                    if (text != null) {
                        notes.add(text);
                    }
                }
            }
        }
        return new Texts(names, notes);
    }
}
