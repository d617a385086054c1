package org.practiceworkbook.cli;

import java.util.List;
import java.util.stream.Collectors;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.store.Workbook;

/** Finds what a command names (a practice, a round, a person), or says in one line what is not there. */
final class Lookup {

    private Lookup() {
    }

    static Practice practice(Workbook workbook, String name) {
        return workbook.practices().findByName(name).orElseThrow(() -> new InvalidInputException("practice",
                "there is no practice called \"" + name + "\" in " + workbook.file() + " (see: practices list)"));
    }

    static Round round(Workbook workbook, Practice practice, String label) {
        return workbook.rounds().findByLabel(practice.id(), label).orElseThrow(() -> new InvalidInputException("round",
                practice.name() + " has no round called \"" + label + "\" (see: rounds list --practice \""
                        + practice.name() + "\")"));
    }

    /** A person by the id shown in {@code respondents list}, or by name (case and spacing ignored) when unique. */
    static Respondent respondent(Workbook workbook, Practice practice, Round round, String nameOrId) {
        List<Respondent> people = workbook.respondents().list(round.id());
        String wanted = Practice.nameKey(nameOrId);
        List<Respondent> found = people.stream()
                .filter(p -> p.publicId().toString().equalsIgnoreCase(nameOrId.strip())
                        || (p.name() != null && Practice.nameKey(p.name()).equals(wanted)))
                .toList();
        if (found.size() == 1) {
            return found.getFirst();
        }
        String hint = " (see: respondents list --practice \"" + practice.name() + "\" --round \"" + round.label() + "\")";
        if (found.isEmpty()) {
            throw new InvalidInputException("respondent", "nobody called \"" + nameOrId + "\" has answered in "
                    + round.label() + hint);
        }
        throw new InvalidInputException("respondent", found.size() + " people called \"" + nameOrId + "\" answered in "
                + round.label() + "; name one by its id: " + found.stream().map(p -> p.publicId().toString())
                .collect(Collectors.joining(", ")));
    }
}
