package org.practiceworkbook.report.sheets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.questionnaire.Item;
import org.practiceworkbook.questionnaire.Questionnaire;
import org.practiceworkbook.questionnaire.Section;
import org.practiceworkbook.report.pdf.A4Document;
import org.practiceworkbook.report.pdf.TextStyle;
import org.practiceworkbook.report.pdf.TickBoxes;

/**
 * Blank score sheets for one questionnaire, to fill in by hand before an away-day: a place for name, role and date,
 * then every item with a box beside each level's description and N / D boxes. Items are numbered 1, 2, 3… in the
 * order, and under the section titles, of the paper-entry grid (Type in paper scores…), whose keys are the same: a
 * level's number, N for not applicable, D for don't know. So a facilitator types a sheet straight down a person's
 * column.
 */
final class ScoreSheetDocument {

    static final String NOT_APPLICABLE = "Not applicable";
    static final String DONT_KNOW = "Don't know";

    private ScoreSheetDocument() {
    }

    /**
     * @param items        the items in grid order: those that apply to the practice, or every item when printed for
     *                     no practice in particular
     * @param practiceName the practice the sheets are for, or null
     */
    static byte[] draw(Questionnaire questionnaire, List<Item> items, String practiceName) {
        String title = "Score sheet: " + questionnaire.title() + (practiceName == null ? "" : " – " + practiceName);
        try (var pdf = A4Document.create(title, "en-GB")) {
            pdf.paragraph("Score sheet", TextStyle.SUBTITLE);
            pdf.paragraph(questionnaire.title(), TextStyle.TITLE);
            if (practiceName != null) {
                pdf.paragraph(practiceName, TextStyle.SUBTITLE);
            }
            pdf.space(10);
            TickBoxes.blanks(pdf, List.of("Name", "Date"), List.of(3f, 1.3f));
            pdf.space(4);
            TickBoxes.boxes(pdf, "Role", Arrays.stream(Role.values()).map(ScoreSheetDocument::roleName).toList());
            pdf.space(8);
            pdf.paragraph("Score each item privately, as things are now rather than as they should be. Tick one box: "
                    + "the level whose description fits best, N if the item does not apply to the practice, or D if "
                    + "you do not know. The numbers match the facilitator's paper-entry grid, so your answers can be "
                    + "typed in quickly.", TextStyle.BODY);
            if (practiceName == null && items.stream().anyMatch(i -> !i.appliesTo().isUniversal())) {
                pdf.space(4);
                pdf.paragraph("Printed for every kind of practice: items marked \u201conly for\u201d are left out of "
                        + "the grid of a practice they do not apply to, which numbers the rest without them. Print "
                        + "from the practice itself for sheets numbered exactly as its grid.", TextStyle.SMALL);
            }
            Section section = null;
            for (int n = 0; n < items.size(); n++) {
                Item item = items.get(n);
                Section its = sectionOf(questionnaire, item);
                if (its != section) {
                    section = its;
                    pdf.heading(section.title(), TextStyle.HEADING_2);
                } else {
                    pdf.space(9);
                }
                TickBoxes.question(pdf, (n + 1) + ".", statement(item, practiceName == null),
                        levels(questionnaire, item), List.of(new TickBoxes.Choice("N", NOT_APPLICABLE, null),
                                new TickBoxes.Choice("D", DONT_KNOW, null)));
            }
            return pdf.finish(questionnaire.title() + " score sheet · Name: ______________________________");
        }
    }

    private static List<TickBoxes.Choice> levels(Questionnaire questionnaire, Item item) {
        var choices = new ArrayList<TickBoxes.Choice>();
        for (int level = 1; level <= questionnaire.levelCount(); level++) {
            choices.add(new TickBoxes.Choice(Integer.toString(level), questionnaire.levelLabel(level),
                    item.descriptor(level)));
        }
        return choices;
    }

    /** The statement; on sheets for no practice in particular, with the practices it is only for. */
    private static String statement(Item item, boolean everyPractice) {
        if (!everyPractice || item.appliesTo().isUniversal()) {
            return item.statement();
        }
        return item.statement() + " (only for: " + item.appliesTo().tokens().stream().sorted()
                .map(ScoreSheetDocument::practiceKind).collect(Collectors.joining(", ")) + ")";
    }

    private static String practiceKind(String token) {
        return switch (token) {
            case "pcn-member" -> "PCN members";
            case "federation-member" -> "Federation members";
            default -> Arrays.stream(OrganisationalModel.values()).filter(m -> m.token().equals(token))
                    .map(OrganisationalModel::label).findFirst().orElse(token);
        };
    }

    /** "Non-GP partner" without its example, which would crowd the row of boxes. */
    private static String roleName(Role role) {
        int bracket = role.label().indexOf(" (");
        return bracket < 0 ? role.label() : role.label().substring(0, bracket);
    }

    private static Section sectionOf(Questionnaire questionnaire, Item item) {
        return questionnaire.sections().stream().filter(s -> s.items().contains(item)).findFirst().orElseThrow();
    }
}
