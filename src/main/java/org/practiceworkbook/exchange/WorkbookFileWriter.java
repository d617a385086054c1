package org.practiceworkbook.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.practiceworkbook.assessment.ActionFollowThrough;
import org.practiceworkbook.assessment.ItemRef;
import org.practiceworkbook.assessment.PlannedAction;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.assessment.WorkshopSettings;
import org.practiceworkbook.pack.LoadedPack;
import org.practiceworkbook.questionnaire.PackRef;

/**
 * Writes a workbook file's tree, in the order the file gives its entries: the order is the exporter's to choose.
 * Fields always come in the documented order, and optional ones are left out rather than written as null.
 */
final class WorkbookFileWriter {

    private final ObjectMapper mapper;

    WorkbookFileWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode write(WorkbookFile file) {
        ObjectNode root = mapper.createObjectNode();
        root.put("formatVersion", WorkbookFile.FORMAT_VERSION);
        root.put("exportedAt", AnswerJson.time(file.exportedAt()));
        ArrayNode packs = root.putArray("packs");
        file.packs().forEach(pack -> packs.add(pack(pack)));
        ArrayNode practices = root.putArray("practices");
        file.practices().forEach(p -> practices.add(practice(p)));
        return root;
    }

    /** The pack exactly as the workbook stores it (canonical: keys sorted), so reading it back gives the same hash. */
    private ObjectNode pack(LoadedPack pack) {
        try {
            return (ObjectNode) mapper.readTree(pack.canonicalJson());
        } catch (IOException e) {
            throw new UncheckedIOException("a stored pack is not JSON: " + pack.questionnaire().ref(), e);
        }
    }

    private ObjectNode practice(WorkbookFile.PracticeEntry entry) {
        Practice p = entry.details();
        ObjectNode node = mapper.createObjectNode();
        node.put("id", entry.id().toString());
        node.put("name", p.name());
        optional(node, "odsCode", p.odsCode());
        node.put("model", p.model().token());
        optional(node, "pcn", p.pcn());
        optional(node, "federation", p.federation());
        if (entry.priorityCap() != ActionFollowThrough.DEFAULT_PRIORITY_CAP) {
            node.put("priorityCap", entry.priorityCap());
        }
        ArrayNode actions = node.putArray("actions");
        entry.actions().forEach(a -> actions.add(action(a)));
        ArrayNode rounds = node.putArray("rounds");
        entry.rounds().forEach(r -> rounds.add(round(r)));
        return node;
    }

    private ObjectNode action(WorkbookFile.ActionEntry entry) {
        PlannedAction a = entry.action();
        ObjectNode node = mapper.createObjectNode();
        node.put("id", a.publicId().toString());
        node.put("title", a.title());
        optional(node, "description", a.description());
        optional(node, "owner", a.owner());
        optional(node, "anchor", a.anchor());
        optional(node, "dueOn", a.dueOn());
        node.put("priority", a.priority().token());
        node.put("status", a.status().token());
        optional(node, "successMeasure", a.successMeasure());
        optional(node, "reviewOn", a.reviewOn());
        optional(node, "originRoundId", entry.originRoundId());
        ArrayNode linked = node.putArray("linkedItems");
        for (ItemRef item : a.linkedItems()) {
            linked.addObject().put("packId", item.packId()).put("itemId", item.itemId());
        }
        if (!entry.reviews().isEmpty()) {
            ArrayNode reviews = node.putArray("reviews");
            entry.reviews().forEach((round, outcome) -> reviews.addObject().put("roundId", round.toString())
                    .put("outcome", outcome.token()));
        }
        return node;
    }

    private ObjectNode round(WorkbookFile.RoundEntry round) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", round.id().toString());
        node.put("label", round.label());
        node.put("date", round.date().toString());
        RoundFacts f = round.facts();
        ObjectNode facts = node.putObject("facts");
        optional(facts, "listSize", f.listSize());
        if (f.managementWte() != null) {
            facts.put("managementWte", f.managementWte().stripTrailingZeros());   // 2.5, not 2.50
        }
        optional(facts, "gpPartners", f.gpPartners());
        optional(facts, "salariedGps", f.salariedGps());
        optional(facts, "deprivationDecile", f.deprivationDecile());
        ArrayNode questionnaires = node.putArray("questionnaires");
        for (PackRef ref : round.questionnaires()) {
            questionnaires.addObject().put("id", ref.id()).put("version", ref.version().toString());
        }
        if (!round.workshop().isDefault()) {
            node.set("workshop", workshop(round.workshop()));
        }
        ArrayNode respondents = node.putArray("respondents");
        for (WorkbookFile.RespondentEntry r : round.respondents()) {
            ObjectNode person = respondents.addObject();
            person.put("id", r.id().toString());
            optional(person, "name", r.name());
            person.put("role", r.role().token());
            ArrayNode answers = person.putArray("answers");
            r.answers().forEach(a -> answers.add(AnswerJson.write(a.answer()).put("packId", a.packId())));
        }
        ArrayNode consensus = node.putArray("consensus");
        round.consensus().forEach(c -> consensus.add(consensus(c)));
        return node;
    }

    private ObjectNode workshop(WorkshopSettings settings) {
        ObjectNode node = mapper.createObjectNode();
        node.put("revealed", settings.revealed());
        node.put("namesShown", settings.namesShown());
        node.put("partnersOnlyIncluded", settings.partnersOnlyIncluded());
        ArrayNode sections = node.putArray("partnersOnlySections");
        for (WorkshopSettings.SectionRef s : settings.partnersOnlySections()) {
            sections.addObject().put("packId", s.packId()).put("sectionId", s.sectionId());
        }
        return node;
    }

    private ObjectNode consensus(WorkbookFile.ConsensusEntry entry) {
        ObjectNode node = mapper.createObjectNode();
        node.put("packId", entry.item().packId());
        node.put("itemId", entry.item().itemId());
        node.set("value", AnswerJson.value(entry.value()));
        optional(node, "note", entry.note());
        if (entry.decidedAt() != null) {
            node.put("decidedAt", AnswerJson.time(entry.decidedAt()));
        }
        optional(node, "target", entry.target());
        return node;
    }

    private static void optional(ObjectNode node, String field, Object value) {
        switch (value) {
            case null -> { }
            case Integer number -> node.put(field, number);
            case LocalDate date -> node.put(field, date.toString());
            case UUID id -> node.put(field, id.toString());
            default -> node.put(field, value.toString());
        }
    }
}
