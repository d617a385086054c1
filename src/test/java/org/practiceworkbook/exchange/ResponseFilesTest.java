package org.practiceworkbook.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.json.InvalidJsonException;
import org.practiceworkbook.json.JsonProblem;
import org.practiceworkbook.questionnaire.PackRef;
import org.practiceworkbook.questionnaire.PackVersion;

/** Response files written and read back, and every kind of bad file named at its place. */
class ResponseFilesTest {

    private static final Instant AT = Instant.parse("2027-03-14T09:30:00Z");
    private final ResponseFiles files = new ResponseFiles();

    static ResponseFile sample() {
        return new ResponseFile(AT, UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"),
                new PackRef("capacity", new PackVersion(1, 0)), "Riverside Surgery", "A81001",
                OrganisationalModel.PARTNERSHIP, "Baseline March 2027", LocalDate.of(2027, 3, 14),
                UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7"), null, Role.PRACTICE_MANAGER,
                List.of(new Answer("a", AnswerValue.level(3), "Kept most weeks – café rota", AT),
                        new Answer("b", AnswerValue.NOT_APPLICABLE, null, AT.plusSeconds(40)),
                        new Answer("c", AnswerValue.DONT_KNOW, null, AT.plusSeconds(80)),
                        new Answer("d", null, "Ask the partners", AT.plusSeconds(90))));
    }

    @Test
    void a_written_file_reads_back_the_same_and_shows_the_documented_fields() throws Exception {
        byte[] json = files.write(sample());

        assertThat(files.read("mine.pwr", json)).isEqualTo(sample());
        String text = new String(json, StandardCharsets.UTF_8);
        assertThat(text).contains("\"formatVersion\" : 1", "\"exportedAt\" : \"2027-03-14T09:30:00Z\"",
                "\"value\" : \"na\"", "\"value\" : \"dontknow\"", "\"value\" : null", "\"role\" : \"practice-manager\"");
        assertThat(text).doesNotContain("\"name\" : null");
    }

    private List<String> problems(String json) {
        try {
            files.read("mine.pwr", json.getBytes(StandardCharsets.UTF_8));
            return List.of();
        } catch (InvalidJsonException e) {
            return e.problems().stream().map(JsonProblem::toString).toList();
        }
    }

    private String sampleText() {
        return new String(files.write(sample()), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a newer format           | "formatVersion" : 1                  | "formatVersion" : 3                   | mine.pwr:2:21: /formatVersion: made by a newer version of Practice Workbook (format 3; this version reads up to 1)
            a time without an offset | "exportedAt" : "2027-03-14T09:30:00Z" | "exportedAt" : "2027-03-14 09:30"     | mine.pwr:3:18: /exportedAt: "2027-03-14 09:30" is not a time in the form 2027-03-14T09:30:00Z (RFC 3339, with an offset)
            an unknown role          | "role" : "practice-manager"          | "role" : "boss"                       | /respondent/role: is not one of the allowed values
            an impossible date       | "date" : "2027-03-14"                | "date" : "2027-02-30"                 | /round/date: "2027-02-30" is not a real date
            a misspelt field         | "fileId"                             | "fileID"                              | /fileID: unknown field "fileID" (check its spelling against docs/response-files.md)
            a word for a level       | "value" : 3                          | "value" : "three"                     | mine.pwr:24:15: /answers/0/value: should be a level (a whole number from 1), "na", "dontknow" or null
            """)
    void a_bad_file_is_refused_naming_the_place(String what, String from, String to, String expected) {
        String broken = sampleText().replace(from, to);
        assertThat(broken).isNotEqualTo(sampleText());

        assertThat(problems(broken)).anySatisfy(p -> assertThat(p).contains(expected));
    }

    @Test
    void an_item_answered_twice_is_named_with_both_places() {
        String twice = sampleText().replace("\"itemId\" : \"b\"", "\"itemId\" : \"a\"");

        assertThat(problems(twice)).anySatisfy(p -> assertThat(p)
                .endsWith("/answers/1/itemId: item \"a\" is answered twice: already at /answers/0"));
    }

    @Test
    void a_file_that_is_not_json_is_named_at_its_line_and_column() {
        assertThat(problems("{\n  \"formatVersion\": 1,\n  oops\n}"))
                .singleElement().asString().startsWith("mine.pwr:3:").contains("JSON syntax error");
    }

    @Test
    void a_missing_respondent_and_a_bad_id_are_both_reported() {
        String text = sampleText().replace("\"fileId\" : \"0f8fad5b-d9cb-469f-a165-70867728950e\"", "\"fileId\" : \"x\"")
                .replaceAll("(?s)\"respondent\" : \\{.*?\\},", "");

        assertThatThrownBy(() -> files.read("mine.pwr", text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("/fileId: is not an id of the form 0f8fad5b-d9cb-469f-a165-70867728950e")
                .hasMessageContaining("/: missing required field \"respondent\"");
    }
}
