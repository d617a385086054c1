package org.practiceworkbook.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.ActionFollowThrough;
import org.practiceworkbook.assessment.ActionReview;
import org.practiceworkbook.assessment.ItemRef;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.PlannedAction;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.assessment.WorkshopSettings;
import org.practiceworkbook.pack.LoadedPack;
import org.practiceworkbook.questionnaire.PackRef;
import org.practiceworkbook.questionnaire.PackVersion;

/**
 * Turns a workbook file's tree, already through the schema and {@link WorkbookFileRules}, into a {@link WorkbookFile}.
 * The schema mirrors the core's own limits, so the core refusing a value here is rare (a length counted differently);
 * when it happens the refusal still names the place.
 */
final class WorkbookFileReader {

    private WorkbookFileReader() {
    }

    static WorkbookFile read(JsonNode root, List<LoadedPack> packs) {
        var practices = new ArrayList<WorkbookFile.PracticeEntry>();
        JsonNode list = root.get("practices");
        for (int i = 0; i < list.size(); i++) {
            practices.add(practice(list.get(i), "/practices/" + i));
        }
        return new WorkbookFile(AnswerJson.instant(root.get("exportedAt").asText()), packs, practices);
    }

    private static WorkbookFile.PracticeEntry practice(JsonNode node, String at) {
        Practice details = at(at, () -> new Practice(0, node.get("name").asText(), text(node, "odsCode"),
                OrganisationalModel.fromToken(node.get("model").asText()), text(node, "pcn"), text(node, "federation")));
        var actions = new ArrayList<WorkbookFile.ActionEntry>();
        JsonNode actionNodes = node.get("actions");
        for (int i = 0; i < actionNodes.size(); i++) {
            actions.add(action(actionNodes.get(i), at + "/actions/" + i));
        }
        var rounds = new ArrayList<WorkbookFile.RoundEntry>();
        JsonNode roundNodes = node.get("rounds");
        for (int i = 0; i < roundNodes.size(); i++) {
            rounds.add(round(roundNodes.get(i), at + "/rounds/" + i));
        }
        int cap = node.has("priorityCap") ? node.get("priorityCap").asInt() : ActionFollowThrough.DEFAULT_PRIORITY_CAP;
        return new WorkbookFile.PracticeEntry(uuid(node, "id"), details, cap, actions, rounds);
    }

    private static WorkbookFile.ActionEntry action(JsonNode node, String at) {
        var linked = new ArrayList<ItemRef>();
        node.get("linkedItems").forEach(i -> linked.add(new ItemRef(i.get("packId").asText(), i.get("itemId").asText())));
        PlannedAction action = at(at, () -> new PlannedAction(0, uuid(node, "id"), 0, null, node.get("title").asText(),
                text(node, "description"), text(node, "owner"), text(node, "anchor"), date(node, "dueOn"),
                PlannedAction.Priority.fromToken(node.get("priority").asText()),
                PlannedAction.Status.fromToken(node.get("status").asText()), text(node, "successMeasure"),
                date(node, "reviewOn"), linked));
        var reviews = new java.util.LinkedHashMap<java.util.UUID, ActionReview>();
        node.path("reviews").forEach(r -> reviews.put(uuid(r, "roundId"),
                ActionReview.fromToken(r.get("outcome").asText())));
        return new WorkbookFile.ActionEntry(action, uuid(node, "originRoundId"), reviews);
    }

    private static WorkbookFile.RoundEntry round(JsonNode node, String at) {
        JsonNode f = node.get("facts");
        RoundFacts facts = at(at + "/facts", () -> new RoundFacts(integer(f, "listSize"),
                f.has("managementWte") ? f.get("managementWte").decimalValue() : null, integer(f, "gpPartners"),
                integer(f, "salariedGps"), integer(f, "deprivationDecile")));
        var questionnaires = new ArrayList<PackRef>();
        node.get("questionnaires").forEach(q -> questionnaires.add(new PackRef(q.get("id").asText(),
                PackVersion.parse(q.get("version").asText()))));
        var respondents = new ArrayList<WorkbookFile.RespondentEntry>();
        JsonNode people = node.get("respondents");
        for (int i = 0; i < people.size(); i++) {
            respondents.add(respondent(people.get(i), at + "/respondents/" + i));
        }
        var consensus = new ArrayList<WorkbookFile.ConsensusEntry>();
        JsonNode agreed = node.get("consensus");
        for (int i = 0; i < agreed.size(); i++) {
            JsonNode c = agreed.get(i);
            consensus.add(at(at + "/consensus/" + i, () -> new WorkbookFile.ConsensusEntry(
                    new ItemRef(c.get("packId").asText(), c.get("itemId").asText()), AnswerJson.value(c.get("value")),
                    text(c, "note"), c.has("decidedAt") ? AnswerJson.instant(c.get("decidedAt").asText()) : null,
                    integer(c, "target"))));
        }
        return new WorkbookFile.RoundEntry(uuid(node, "id"), at(at + "/label", () -> Round.requireLabel(node.get("label").asText())),
                LocalDate.parse(node.get("date").asText()), facts, questionnaires, workshop(node.get("workshop")),
                respondents, consensus);
    }

    private static WorkshopSettings workshop(JsonNode node) {
        if (node == null) {
            return WorkshopSettings.NONE;
        }
        var sections = new ArrayList<WorkshopSettings.SectionRef>();
        node.get("partnersOnlySections").forEach(s -> sections.add(new WorkshopSettings.SectionRef(
                s.get("packId").asText(), s.get("sectionId").asText())));
        return new WorkshopSettings(node.get("revealed").asBoolean(), node.get("namesShown").asBoolean(),
                node.get("partnersOnlyIncluded").asBoolean(), sections);
    }

    private static WorkbookFile.RespondentEntry respondent(JsonNode node, String at) {
        var answers = new ArrayList<WorkbookFile.PackAnswer>();
        JsonNode list = node.get("answers");
        for (int i = 0; i < list.size(); i++) {
            JsonNode a = list.get(i);
            answers.add(at(at + "/answers/" + i,
                    () -> new WorkbookFile.PackAnswer(a.get("packId").asText(), AnswerJson.read(a))));
        }
        return at(at, () -> new WorkbookFile.RespondentEntry(uuid(node, "id"), text(node, "name"),
                Role.fromToken(node.get("role").asText()), answers));
    }

    /** Builds one value, naming the place in the file if the core refuses it. */
    private static <T> T at(String pointer, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.field(), pointer + ": " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static Integer integer(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asInt() : null;
    }

    private static LocalDate date(JsonNode node, String field) {
        return node.hasNonNull(field) ? LocalDate.parse(node.get(field).asText()) : null;
    }

    private static UUID uuid(JsonNode node, String field) {
        return node.hasNonNull(field) ? UUID.fromString(node.get(field).asText()) : null;
    }
}
