package org.practiceworkbook.pack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.practiceworkbook.json.JsonLocations;
import org.practiceworkbook.json.SchemaCheck;

/**
 * The rules a JSON Schema cannot express: ids unique across the whole pack, a descriptor for every level of the
 * scale, targets within the scale, and items that apply somewhere their section applies. Each rule looks only at
 * values of the right type, so it can run beside the schema check and every problem is reported at once.
 */
final class PackRules {

    private PackRules() {
    }

    static List<SchemaCheck.Found> check(JsonNode pack, JsonLocations locations) {
        var found = new ArrayList<SchemaCheck.Found>();
        int levels = pack.path("scale").isArray() ? pack.path("scale").size() : -1;
        Map<String, String> firstUse = new LinkedHashMap<>();
        // An object where a list belongs has a size too, but no elements by number: the schema reports it.
        JsonNode sections = arrayOrEmpty(pack.path("sections"));
        for (int s = 0; s < sections.size(); s++) {
            JsonNode section = sections.get(s);
            String sectionAt = "/sections/" + s;
            checkUnique(section.path("id"), sectionAt + "/id", firstUse, locations, found);
            Set<String> sectionModels = tokens(section.path("appliesTo"));
            JsonNode items = arrayOrEmpty(section.path("items"));
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                String itemAt = sectionAt + "/items/" + i;
                checkUnique(item.path("id"), itemAt + "/id", firstUse, locations, found);
                checkDescriptors(item.path("levels"), itemAt + "/levels", levels, found);
                checkTarget(item.path("defaultTarget"), itemAt + "/defaultTarget", levels, found);
                checkApplicability(tokens(item.path("appliesTo")), sectionModels, itemAt + "/appliesTo", found);
            }
        }
        return found;
    }

    private static JsonNode arrayOrEmpty(JsonNode node) {
        return node.isArray() ? node : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static void checkUnique(JsonNode id, String at, Map<String, String> firstUse, JsonLocations locations,
                                    List<SchemaCheck.Found> found) {
        if (!id.isTextual()) {
            return;
        }
        String earlier = firstUse.putIfAbsent(id.asText(), at);
        if (earlier != null) {
            found.add(new SchemaCheck.Found(at, "duplicate id \"" + id.asText() + "\": already used at " + earlier
                    + " (line " + locations.of(earlier).line() + "); ids must be unique across the pack"));
        }
    }

    private static void checkDescriptors(JsonNode descriptors, String at, int levels, List<SchemaCheck.Found> found) {
        if (levels > 0 && descriptors.isArray() && descriptors.size() != levels) {
            found.add(new SchemaCheck.Found(at, "has " + descriptors.size() + " level descriptors but the scale has "
                    + levels + " levels: give one descriptor for every level"));
        }
    }

    private static void checkTarget(JsonNode target, String at, int levels, List<SchemaCheck.Found> found) {
        if (levels > 0 && target.isInt() && target.asInt() > levels) {
            found.add(new SchemaCheck.Found(at, "target level " + target.asInt() + " is above the top of the "
                    + levels + "-level scale"));
        }
    }

    private static void checkApplicability(Set<String> itemModels, Set<String> sectionModels, String at,
                                           List<SchemaCheck.Found> found) {
        if (itemModels.isEmpty() || sectionModels.isEmpty()) {
            return;
        }
        var both = new HashSet<>(itemModels);
        both.retainAll(sectionModels);
        if (both.isEmpty()) {
            found.add(new SchemaCheck.Found(at, "the item applies to " + itemModels + " but its section only to "
                    + sectionModels + ", so it could never be asked"));
        }
    }

    private static Set<String> tokens(JsonNode appliesTo) {
        var tokens = new HashSet<String>();
        appliesTo.forEach(t -> {
            if (t.isTextual()) {
                tokens.add(t.asText());
            }
        });
        return tokens;
    }
}
