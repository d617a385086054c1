package org.practiceworkbook.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.json.JsonLocations;
import org.practiceworkbook.json.SchemaCheck.Found;
import org.practiceworkbook.pack.InvalidPackException;
import org.practiceworkbook.pack.LoadedPack;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.questionnaire.PackRef;
import org.practiceworkbook.questionnaire.PackVersion;
import org.practiceworkbook.questionnaire.Questionnaire;

/**
 * What the schema cannot check in a workbook file: real dates and times; ids, names and labels used once; each
 * embedded pack whole (through the pack checks) and not clashing with the workbook's copy; every answer, consensus and
 * target naming an item of the questionnaire version its round uses, within its scale. Each rule looks only at values
 * of the right type, so it runs beside the schema check and every problem is reported at once. One instance per read.
 */
final class WorkbookFileRules {

    private static final Pattern PACK_CROSS_REFERENCE = Pattern.compile("already used at (/\\S*) \\(line \\d+\\)");

    private final PackReader reader;
    private final WorkbookFiles.HeldPacks held;
    private final ObjectMapper mapper;
    private final List<Found> found = new ArrayList<>();
    private final List<LoadedPack> packs = new ArrayList<>();
    private final Set<PackRef> unreadable = new HashSet<>();
    private final Map<PackRef, Optional<Questionnaire>> questionnaires = new HashMap<>();
    private final Map<String, String> firstUse = new HashMap<>();
    private JsonLocations locations;

    WorkbookFileRules(PackReader reader, WorkbookFiles.HeldPacks held, ObjectMapper mapper) {
        this.reader = reader;
        this.held = held;
        this.mapper = mapper;
    }

    /** The file's packs, read and checked: valid once {@link #check} has found nothing. */
    List<LoadedPack> packs() {
        return List.copyOf(packs);
    }

    List<Found> check(JsonNode root, JsonLocations where) {
        this.locations = where;
        AnswerJson.timeProblem(root.path("exportedAt"), "/exportedAt").ifPresent(found::add);
        List<JsonNode> packNodes = elements(root.path("packs"));
        for (int i = 0; i < packNodes.size(); i++) {
            pack(packNodes.get(i), "/packs/" + i);
        }
        List<JsonNode> practices = elements(root.path("practices"));
        for (int i = 0; i < practices.size(); i++) {
            practice(practices.get(i), "/practices/" + i);
        }
        return found;
    }

    private void pack(JsonNode node, String at) {
        if (!node.isObject()) {
            return;
        }
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoadedPack pack;
        try {
            pack = reader.read(at, json);
        } catch (InvalidPackException e) {
            reader.peekRef(json).ifPresent(unreadable::add);
            e.problems().forEach(p -> found.add(new Found(at + p.pointer(), relocated(p.message(), at))));
            return;
        }
        PackRef ref = pack.questionnaire().ref();
        if (once("pack " + ref, at, at + "/version", "pack \"" + ref.id() + "\" version " + ref.version()
                + " is in the file twice")) {
            held.stored(ref).filter(mine -> !mine.contentHash().equals(pack.contentHash())).ifPresent(mine ->
                    found.add(new Found(at, "this workbook already holds pack \"" + ref.id() + "\" version "
                            + ref.version() + " with different content; one version of a pack never changes, so "
                            + "this file cannot be imported here")));
            packs.add(pack);
            questionnaires.put(ref, Optional.of(pack.questionnaire()));
        }
    }

    /** A pack's own cross-references ("already used at /sections/0/id (line 3)") pointed at their place in this file. */
    private String relocated(String message, String packAt) {
        return PACK_CROSS_REFERENCE.matcher(message).replaceAll(m -> "already used at " + packAt + m.group(1)
                + " (line " + locations.of(packAt + m.group(1)).line() + ")");
    }

    private void practice(JsonNode practice, String at) {
        if (!practice.isObject()) {
            return;
        }
        uniqueId("practice", practice.path("id"), at + "/id");
        JsonNode name = practice.path("name");
        if (name.isTextual()) {
            once("practice name " + Practice.nameKey(name.asText()), at + "/name", at + "/name",
                    "another practice in the file is called \"" + name.asText() + "\"; names are unique in a workbook");
        }
        JsonNode ods = practice.path("odsCode");
        if (ods.isTextual()) {
            once("ODS code " + ods.asText().toUpperCase(Locale.ROOT), at + "/odsCode", at + "/odsCode",
                    "another practice in the file has the ODS code " + ods.asText());
        }
        var roundIds = new HashSet<String>();
        var labels = new HashMap<String, String>();
        List<JsonNode> rounds = elements(practice.path("rounds"));
        for (int i = 0; i < rounds.size(); i++) {
            roundIds.add(rounds.get(i).path("id").asText().toLowerCase(Locale.ROOT));
            new RoundRules(this, rounds.get(i), at + "/rounds/" + i).check(labels);
        }
        List<JsonNode> actions = elements(practice.path("actions"));
        for (int i = 0; i < actions.size(); i++) {
            action(actions.get(i), at + "/actions/" + i, roundIds);
        }
    }

    private void action(JsonNode action, String at, Set<String> roundIds) {
        if (!action.isObject()) {
            return;
        }
        uniqueId("action", action.path("id"), at + "/id");
        DateRules.problem(action.path("dueOn"), at + "/dueOn").ifPresent(found::add);
        DateRules.problem(action.path("reviewOn"), at + "/reviewOn").ifPresent(found::add);
        JsonNode origin = action.path("originRoundId");
        if (origin.isTextual() && !roundIds.contains(origin.asText().toLowerCase(Locale.ROOT))) {
            found.add(new Found(at + "/originRoundId", "this practice has no round with the id " + origin.asText()));
        }
        var reviewed = new HashMap<String, String>();
        List<JsonNode> reviews = elements(action.path("reviews"));
        for (int i = 0; i < reviews.size(); i++) {
            String reviewAt = at + "/reviews/" + i + "/roundId";
            JsonNode round = reviews.get(i).path("roundId");
            if (!round.isTextual()) {
                continue;
            }
            String key = round.asText().toLowerCase(Locale.ROOT);
            if (!roundIds.contains(key)) {
                found.add(new Found(reviewAt, "this practice has no round with the id " + round.asText()));
            } else if (reviewed.putIfAbsent(key, reviewAt) != null) {
                found.add(new Found(reviewAt, "the action was already reviewed at this round: see "
                        + reviewed.get(key)));
            }
        }
        var linked = new HashMap<String, String>();
        List<JsonNode> items = elements(action.path("linkedItems"));
        for (int i = 0; i < items.size(); i++) {
            String itemAt = at + "/linkedItems/" + i;
            String key = items.get(i).path("packId").asText() + " " + items.get(i).path("itemId").asText();
            String earlier = linked.putIfAbsent(key, itemAt);
            if (earlier != null) {
                found.add(new Found(itemAt, "the action links this item twice: already at " + earlier));
            }
        }
    }

    /** A public id used once in the whole file for its kind (practice, round, respondent, action). */
    void uniqueId(String kind, JsonNode id, String at) {
        if (!id.isTextual()) {
            return;
        }
        try {
            once(kind + " " + UUID.fromString(id.asText()), at, at, "the " + kind + " id " + id.asText()
                    + " is used twice in the file; each " + kind + " has its own id");
        } catch (IllegalArgumentException e) {
            // not a UUID: the schema reports it
        }
    }

    /** Records the first use of {@code key}; a second one is a problem at {@code problemAt}, saying where the first is. */
    boolean once(String key, String at, String problemAt, String message) {
        String earlier = firstUse.putIfAbsent(key, at);
        if (earlier != null) {
            found.add(new Found(problemAt, message + ": already at " + earlier + " (line "
                    + locations.of(earlier).line() + ")"));
            return false;
        }
        return true;
    }

    void problem(String at, String message) {
        found.add(new Found(at, message));
    }

    /** The questionnaire a round names: from the file's packs, else the workbook's; empty when neither has it. */
    Optional<Questionnaire> questionnaire(PackRef ref) {
        return questionnaires.computeIfAbsent(ref, r -> held.stored(r).map(LoadedPack::questionnaire));
    }

    /** Whether the file's copy of this pack could not be read (its problems are reported already). */
    boolean isUnreadable(PackRef ref) {
        return unreadable.contains(ref) && !questionnaires.containsKey(ref);
    }

    static Optional<PackRef> ref(JsonNode node) {
        try {
            return Optional.of(new PackRef(node.path("id").asText(), PackVersion.parse(node.path("version").asText())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();   // the schema reports the form
        }
    }

    static List<JsonNode> elements(JsonNode array) {
        var out = new ArrayList<JsonNode>();
        if (array.isArray()) {
            array.forEach(out::add);
        }
        return out;
    }
}
