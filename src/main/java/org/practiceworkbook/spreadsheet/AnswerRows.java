package org.practiceworkbook.spreadsheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.questionnaire.Item;
import org.practiceworkbook.questionnaire.PackRef;
import org.practiceworkbook.questionnaire.Questionnaire;
import org.practiceworkbook.questionnaire.Section;
import org.practiceworkbook.store.Workbook;

/**
 * Every answer a practice's people have given, one row per answer: rounds oldest first, people in the order they
 * joined, questionnaires by id, items in questionnaire order.
 *
 * <p>People scored privately, and a spreadsheet is easily passed on, so names are left out unless asked for: each
 * person is then "Person 1", "Person 2"… numbered across the whole file (never restarting in a later round, so two
 * rounds' people are never mistaken for the same person), with their role, which is what the results use anyway.
 */
final class AnswerRows {

    static final List<String> HEADER = List.of("practice", "round", "round_date", "respondent", "role",
            "questionnaire", "section", "item_id", "statement", "level", "level_label", "note", "answered_at");

    static final String NOT_APPLICABLE = "not applicable";
    static final String DONT_KNOW = "don't know";

    private final Workbook workbook;
    private final ItemTexts items;

    AnswerRows(Workbook workbook) {
        this.workbook = workbook;
        this.items = new ItemTexts(workbook);
    }

    CsvTable table(Practice practice, boolean names) {
        var rows = new ArrayList<List<String>>();
        int person = 0;
        List<Round> rounds = workbook.rounds().list(practice.id()).stream()
                .sorted(Comparator.comparing(Round::date).thenComparing(Round::id)).toList();
        for (Round round : rounds) {
            List<PackRef> used = workbook.rounds().questionnaires(round.id());
            for (Respondent respondent : workbook.respondents().list(round.id())) {
                person++;
                String who = names && respondent.name() != null ? respondent.name() : "Person " + person;
                for (String packId : workbook.answers().packsAnswered(respondent.id())) {
                    Questionnaire questionnaire = questionnaire(used, packId);
                    Map<String, Answer> answers = workbook.answers().forRespondent(respondent.id(), packId);
                    for (Answer answer : inQuestionnaireOrder(questionnaire, answers)) {
                        var found = questionnaire == null ? java.util.Optional.<ItemTexts.Found>empty()
                                : ItemTexts.find(questionnaire, answer.itemId());
                        Section section = found.map(ItemTexts.Found::section).orElse(null);
                        Item item = found.map(ItemTexts.Found::item).orElse(null);
                        rows.add(Arrays.asList(practice.name(), round.label(), Cells.date(round.date()), who,
                                respondent.role().label(), questionnaire == null ? packId : questionnaire.title(),
                                section == null ? null : section.title(), answer.itemId(),
                                item == null ? null : item.statement(), level(answer.value()),
                                levelLabel(questionnaire, answer.value()), answer.note(),
                                Cells.moment(answer.answeredAt())));
                    }
                }
            }
        }
        return new CsvTable(HEADER, rows);
    }

    /** The version the round uses; the newest held if the round never recorded one; null if the workbook has none. */
    private Questionnaire questionnaire(List<PackRef> used, String packId) {
        return used.stream().filter(ref -> ref.id().equals(packId)).findFirst()
                .or(() -> workbook.packs().latest(packId)).map(items::questionnaire).orElse(null);
    }

    /** The answers in the order the questionnaire asks its items; any it no longer holds come last, by id. */
    private static List<Answer> inQuestionnaireOrder(Questionnaire questionnaire, Map<String, Answer> answers) {
        var left = new LinkedHashMap<>(answers);
        var ordered = new ArrayList<Answer>();
        if (questionnaire != null) {
            questionnaire.items().forEach(item -> {
                Answer answer = left.remove(item.id());
                if (answer != null) {
                    ordered.add(answer);
                }
            });
        }
        left.values().stream().sorted(Comparator.comparing(Answer::itemId)).forEach(ordered::add);
        return ordered;
    }

    /** 1 to N, "not applicable" or "don't know"; empty when the person has only written a note so far. */
    static String level(AnswerValue value) {
        return switch (value) {
            case AnswerValue.Level level -> Integer.toString(level.value());
            case AnswerValue.NotApplicable _ -> NOT_APPLICABLE;
            case AnswerValue.DontKnow _ -> DONT_KNOW;
            case null -> null;
        };
    }

    /** The scale's name for the level ("Partly in place"). */
    private static String levelLabel(Questionnaire questionnaire, AnswerValue value) {
        if (questionnaire != null && value instanceof AnswerValue.Level level && level.value() <= questionnaire.levelCount()) {
            return questionnaire.levelLabel(level.value());
        }
        return null;
    }
}
