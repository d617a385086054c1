package org.practiceworkbook.exchange;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.questionnaire.PackRef;
import org.practiceworkbook.questionnaire.Questionnaire;

/**
 * The rules for one round of a workbook file: its label new to its practice, a real date, facts the core accepts,
 * each questionnaire version known, and every answer, consensus, target and partners-only section naming something
 * that exists in the version of the questionnaire the round uses.
 */
final class RoundRules {

    private final WorkbookFileRules file;
    private final JsonNode round;
    private final String at;
    /** The questionnaires the round uses, by pack id; empty when the version is unknown (reported once, at the round). */
    private final Map<String, Optional<Questionnaire>> uses = new HashMap<>();

    RoundRules(WorkbookFileRules file, JsonNode round, String at) {
        this.file = file;
        this.round = round;
        this.at = at;
    }

    /** @param labels the practice's round labels so far (folded), each with where it is */
    void check(Map<String, String> labels) {
        if (!round.isObject()) {
            return;
        }
        file.uniqueId("round", round.path("id"), at + "/id");
        label(labels);
        DateRules.problem(round.path("date"), at + "/date").ifPresent(f -> file.problem(f.pointer(), f.message()));
        JsonNode wte = round.path("facts").path("managementWte");
        if (wte.isNumber() && wte.decimalValue().stripTrailingZeros().scale() > 2) {
            file.problem(at + "/facts/managementWte", "management staff WTE takes at most two decimal places, not "
                    + wte.decimalValue().toPlainString());
        }
        questionnaires();
        sections();
        List<JsonNode> people = WorkbookFileRules.elements(round.path("respondents"));
        for (int i = 0; i < people.size(); i++) {
            respondent(people.get(i), at + "/respondents/" + i);
        }
        consensus();
    }

    private void label(Map<String, String> labels) {
        JsonNode label = round.path("label");
        if (!label.isTextual()) {
            return;
        }
        try {
            String key = Round.requireLabel(label.asText()).toLowerCase(Locale.ROOT);
            String earlier = labels.putIfAbsent(key, at + "/label");
            if (earlier != null) {
                file.problem(at + "/label", "this practice has another round called \"" + label.asText()
                        + "\" (at " + earlier + "); round labels are unique within a practice");
            }
        } catch (InvalidInputException e) {
            // blank or too long: the schema reports it
        }
    }

    private void questionnaires() {
        List<JsonNode> listed = WorkbookFileRules.elements(round.path("questionnaires"));
        for (int i = 0; i < listed.size(); i++) {
            String qAt = at + "/questionnaires/" + i;
            Optional<PackRef> ref = WorkbookFileRules.ref(listed.get(i));
            if (ref.isEmpty()) {
                continue;
            }
            String id = ref.get().id();
            if (uses.containsKey(id)) {
                file.problem(qAt + "/id", "the round lists questionnaire \"" + id + "\" twice; a round uses one "
                        + "version of each questionnaire");
                continue;
            }
            Optional<Questionnaire> questionnaire = file.questionnaire(ref.get());
            if (questionnaire.isEmpty() && !file.isUnreadable(ref.get())) {
                file.problem(qAt, "pack \"" + id + "\" version " + ref.get().version() + " is neither among the "
                        + "file's packs nor held by this workbook");
            }
            uses.put(id, questionnaire);
        }
    }

    private void sections() {
        var seen = new HashSet<String>();
        List<JsonNode> sections = WorkbookFileRules.elements(round.path("workshop").path("partnersOnlySections"));
        for (int i = 0; i < sections.size(); i++) {
            String sAt = at + "/workshop/partnersOnlySections/" + i;
            JsonNode section = sections.get(i);
            String sectionId = section.path("sectionId").asText();
            if (!seen.add(section.path("packId").asText() + " " + sectionId)) {
                file.problem(sAt, "this section is listed twice");
            }
            used(section, sAt).ifPresent(q -> {
                if (q.sections().stream().noneMatch(s -> s.id().equals(sectionId))) {
                    file.problem(sAt + "/sectionId", "there is no section \"" + sectionId + "\" in " + name(q));
                }
            });
        }
    }

    private void respondent(JsonNode person, String personAt) {
        if (!person.isObject()) {
            return;
        }
        file.uniqueId("respondent", person.path("id"), personAt + "/id");
        var seen = new HashMap<String, String>();
        List<JsonNode> answers = WorkbookFileRules.elements(person.path("answers"));
        for (int i = 0; i < answers.size(); i++) {
            String aAt = personAt + "/answers/" + i;
            JsonNode answer = answers.get(i);
            AnswerJson.timeProblem(answer.path("answeredAt"), aAt + "/answeredAt")
                    .ifPresent(f -> file.problem(f.pointer(), f.message()));
            answeredOnce(answer, aAt, seen, "this person answers item");
            item(answer, aAt);
        }
    }

    private void consensus() {
        var seen = new HashMap<String, String>();
        List<JsonNode> entries = WorkbookFileRules.elements(round.path("consensus"));
        for (int i = 0; i < entries.size(); i++) {
            String cAt = at + "/consensus/" + i;
            JsonNode entry = entries.get(i);
            AnswerJson.timeProblem(entry.path("decidedAt"), cAt + "/decidedAt")
                    .ifPresent(f -> file.problem(f.pointer(), f.message()));
            answeredOnce(entry, cAt, seen, "the round has a consensus entry for item");
            item(entry, cAt).ifPresent(q -> {
                JsonNode target = entry.path("target");
                if (target.isIntegralNumber() && target.asInt() > q.levelCount()) {
                    file.problem(cAt + "/target", "target level " + target.asInt() + " is above the top of the scale "
                            + "of " + name(q) + " (" + q.levelCount() + " levels)");
                }
            });
            boolean decided = entry.has("decidedAt");
            boolean agreedSomething = entry.hasNonNull("value") || entry.has("note");
            if (!decided && agreedSomething) {
                file.problem(cAt, "a consensus value or note needs \"decidedAt\", when the group agreed it");
            } else if (!decided && !entry.has("target")) {
                file.problem(cAt, "the entry gives neither a consensus (with \"decidedAt\") nor a \"target\"");
            }
        }
    }

    private void answeredOnce(JsonNode entry, String entryAt, Map<String, String> seen, String what) {
        JsonNode packId = entry.path("packId");
        JsonNode itemId = entry.path("itemId");
        if (packId.isTextual() && itemId.isTextual()) {
            String earlier = seen.putIfAbsent(packId.asText() + " " + itemId.asText(), entryAt);
            if (earlier != null) {
                file.problem(entryAt + "/itemId", what + " \"" + itemId.asText() + "\" of \"" + packId.asText()
                        + "\" twice: already at " + earlier);
            }
        }
    }

    /** Checks the item an answer or consensus entry names, and its level; the questionnaire, when it can be checked. */
    private Optional<Questionnaire> item(JsonNode entry, String entryAt) {
        Optional<Questionnaire> used = used(entry, entryAt);
        used.ifPresent(q -> {
            String itemId = entry.path("itemId").asText();
            if (entry.path("itemId").isTextual() && q.item(itemId).isEmpty()) {
                file.problem(entryAt + "/itemId", "there is no item \"" + itemId + "\" in " + name(q));
            }
            JsonNode value = entry.path("value");
            if (value.isIntegralNumber() && value.asInt() > q.levelCount()) {
                file.problem(entryAt + "/value", "level " + value.asInt() + " is above the top of the scale of "
                        + name(q) + " (" + q.levelCount() + " levels)");
            }
        });
        return used;
    }

    /** The version of the entry's questionnaire the round uses; a problem when the round does not list it. */
    private Optional<Questionnaire> used(JsonNode entry, String entryAt) {
        JsonNode packId = entry.path("packId");
        if (!packId.isTextual()) {
            return Optional.empty();
        }
        Optional<Questionnaire> used = uses.get(packId.asText());
        if (used == null) {
            file.problem(entryAt + "/packId", "the round does not use questionnaire \"" + packId.asText()
                    + "\": list it, with the version used, in " + at + "/questionnaires");
            return Optional.empty();
        }
        return used;
    }

    private static String name(Questionnaire q) {
        return q.title() + " (\"" + q.id() + "\" version " + q.ref().version() + ")";
    }
}
