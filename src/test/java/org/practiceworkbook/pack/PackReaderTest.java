package org.practiceworkbook.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practiceworkbook.json.JsonProblem;
import org.practiceworkbook.questionnaire.PackVersion;
import org.practiceworkbook.questionnaire.Questionnaire;

class PackReaderTest {

    private final PackReader reader = new PackReader();

    static byte[] resource(String name) {
        try (InputStream in = PackReaderTest.class.getResourceAsStream("/packs/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> problemsOf(String json) {
        try {
            reader.read("pack.json", json.getBytes(StandardCharsets.UTF_8));
            return List.of();
        } catch (InvalidPackException e) {
            return e.problems().stream().map(JsonProblem::toString).toList();
        }
    }

    private static String small() {
        return new String(resource("small.json"), StandardCharsets.UTF_8);
    }

    @Test
    void a_valid_pack_becomes_a_questionnaire_with_its_scale_sections_and_items() throws Exception {
        Questionnaire q = reader.read("small.json", resource("small.json")).questionnaire();

        assertThat(q.id()).isEqualTo("small");
        assertThat(q.ref().version()).isEqualTo(new PackVersion(1, 0));
        assertThat(q.scale()).containsExactly("Not in place", "In place", "Exemplary");
        assertThat(q.sections()).extracting(s -> s.title()).containsExactly("Time", "Skills");
        assertThat(q.itemCount()).isEqualTo(3);
        var pcnItem = q.item("time.pcn-support").orElseThrow();
        assertThat(pcnItem.appliesTo().appliesTo(Set.of("partnership"))).isFalse();
        assertThat(pcnItem.appliesTo().appliesTo(Set.of("partnership", "pcn-member"))).isTrue();
        assertThat(q.item("time.protected").orElseThrow().defaultTarget()).hasValue(2);
        assertThat(q.authorship().licence()).isEqualTo("CC0-1.0");
    }

    @Test
    void a_duplicate_id_and_a_missing_field_are_both_reported_with_their_places() {
        var problems = problemsOf(new String(resource("duplicate-id-and-missing-why.json"), StandardCharsets.UTF_8));

        assertThat(problems).containsExactly(
                "pack.json:38:9: /sections/0/items/1: missing required field \"why\"",
                "pack.json:61:17: /sections/1/items/0/id: duplicate id \"time.protected\": already used at "
                        + "/sections/0/items/0/id (line 24); ids must be unique across the pack");
    }

    @Test
    void a_json_syntax_error_is_reported_with_its_line_and_column() {
        var problems = problemsOf(new String(resource("syntax-error.json"), StandardCharsets.UTF_8));

        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst()).startsWith("pack.json:6:3: /title: JSON syntax error: Unexpected character");
    }

    @Test
    void the_same_key_twice_in_one_object_is_a_syntax_error_at_the_second() {
        var problems = problemsOf(small().replace("\"title\": \"A small pack for tests\",",
                "\"title\": \"A small pack for tests\",\n  \"title\": \"Again\","));

        assertThat(problems).singleElement().asString()
                .startsWith("pack.json:6:").contains("/title: JSON syntax error: Duplicate field 'title'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a descriptor short         | "Time is set aside most weeks.", "Time | "Time                                 | /sections/0/items/0/levels: has 2 level descriptors but the scale has 3 levels
            a target above the scale   | "defaultTarget": 2                        | "defaultTarget": 4                    | /sections/0/items/0/defaultTarget: target level 4 is above the top of the 3-level scale
            a version that is not M.m  | "version": "1.0"                          | "version": "1"                        | /version: must be MAJOR.MINOR, for example 1.0
            an id with capitals        | "id": "time",                             | "id": "Time",                         | /sections/0/id: is not a valid id
            an unknown field           | "defaultTarget": 3                        | "defaultTarget": 3, "colour": "red"   | /sections/1/items/0/colour: unknown field "colour"
            one suggested action       | "Fund a course.", "Set a development plan." | "Fund a course."                    | /sections/1/items/0/suggestedActions: needs at least 2 suggested actions
            a newer format             | "formatVersion": 1                        | "formatVersion": 2                    | /formatVersion: made by a newer version of Practice Workbook (format 2; this version reads up to 1)
            an unknown model           | ["pcn-member"]                            | ["pcn"]                               | /sections/0/items/1/appliesTo/0: is not one of the allowed values
            a level as text            | "defaultTarget": 2                        | "defaultTarget": "2"                  | /sections/0/items/0/defaultTarget: should be an integer, not a string
            a blank statement          | "Managers hold a management qualification." | "   "                               | /sections/1/items/0/statement: must not be blank
            """)
    void each_broken_rule_is_named_at_its_place(String what, String from, String to, String expected) {
        String json = small().replace(from, to);
        assertThat(json).as("the test's replacement applies").isNotEqualTo(small());

        assertThat(problemsOf(json)).anySatisfy(p -> assertThat(p).contains(expected));
    }

    @Test
    void every_problem_in_a_file_is_reported_not_just_the_first() {
        String json = small().replace("\"version\": \"1.0\"", "\"version\": \"one\"")
                .replace("\"defaultTarget\": 2", "\"defaultTarget\": 9")
                .replace("\"id\": \"skills\",", "\"id\": \"time\",");

        assertThat(problemsOf(json)).hasSize(4).allSatisfy(p -> assertThat(p).matches("pack\\.json:\\d+:\\d+: /.*"));
    }

    @Test
    void an_empty_file_is_reported_as_empty() {
        assertThat(problemsOf("  \n")).containsExactly("pack.json:1:1: /: the file is empty: a pack is a JSON object");
    }

    @Test
    void content_hash_ignores_spacing_and_key_order_but_not_content() throws Exception {
        var original = reader.read("a", resource("small.json"));
        var respaced = reader.read("b", small().replace("\n", "\n\n").replace("  ", "    ").getBytes(StandardCharsets.UTF_8));
        var changed = reader.read("c", small().replace("Block two hours a week.", "Block three hours a week.")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(respaced.contentHash()).isEqualTo(original.contentHash());
        assertThat(changed.contentHash()).isNotEqualTo(original.contentHash());
    }

    @Test
    void an_item_applying_nowhere_its_section_applies_is_refused() {
        String json = small().replace("\"title\": \"Time\",", "\"title\": \"Time\", \"appliesTo\": [\"partnership\"],");

        assertThat(problemsOf(json)).singleElement().asString()
                .contains("/sections/0/items/1/appliesTo: the item applies to [pcn-member] but its section only to [partnership]");
    }
}
