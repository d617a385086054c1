package org.practiceworkbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.pack.LoadedPack;
import org.practiceworkbook.questionnaire.PackRef;
import org.practiceworkbook.questionnaire.PackVersion;

class PackStoreTest {

    @TempDir
    Path folder;

    static String small() {
        try (InputStream in = PackStoreTest.class.getResourceAsStream("/packs/small.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static LoadedPack pack(String json) throws Exception {
        return WorkbookTest.READER.read("pack.json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_same_pack_twice_is_stored_once() throws Exception {
        try (Workbook workbook = Workbook.open(folder.resolve("w"), WorkbookTest.READER)) {
            assertThat(workbook.packs().store(pack(small()))).isEqualTo(PackStore.Outcome.STORED);
            assertThat(workbook.packs().store(pack(small().replace("  ", " ")))).isEqualTo(PackStore.Outcome.ALREADY_PRESENT);
            assertThat(workbook.packs().list()).filteredOn(p -> p.ref().id().equals("small")).hasSize(1);
        }
    }

    @Test
    void the_same_id_and_version_with_different_content_is_refused_and_the_first_kept() throws Exception {
        try (Workbook workbook = Workbook.open(folder.resolve("w"), WorkbookTest.READER)) {
            workbook.packs().store(pack(small()));

            assertThatThrownBy(() -> workbook.packs().store(pack(small().replace("Block two hours", "Block four hours"))))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("the workbook already holds pack \"small\" version 1.0 with different content; "
                            + "give the changed pack a new version number");
            var kept = workbook.packs().load(new PackRef("small", new PackVersion(1, 0)));
            assertThat(kept.item("time.protected").orElseThrow().suggestedActions()).contains("Block two hours a week.");
        }
    }

    @Test
    void a_newer_version_sits_beside_the_older_one_and_a_round_keeps_the_version_it_used() throws Exception {
        try (Workbook workbook = Workbook.open(folder.resolve("w"), WorkbookTest.READER)) {
            workbook.packs().store(pack(small()));
            long practice = workbook.practices().add("Hillside", null, OrganisationalModel.PARTNERSHIP, null, null).id();
            long round = workbook.rounds().add(practice, "Baseline", LocalDate.of(2027, 3, 1), RoundFacts.NONE).id();
            var v10 = new PackRef("small", new PackVersion(1, 0));
            workbook.rounds().useQuestionnaire(round, v10);

            workbook.packs().store(pack(small().replace("\"version\": \"1.0\"", "\"version\": \"1.1\"")
                    .replace("Managers have protected time", "Managers and GP leads have protected time")));

            assertThat(workbook.packs().latest("small")).contains(new PackRef("small", new PackVersion(1, 1)));
            assertThat(workbook.rounds().questionnaires(round)).containsExactly(v10);
            assertThat(workbook.packs().load(v10).item("time.protected").orElseThrow().statement())
                    .isEqualTo("Managers have protected time for improvement.");
        }
    }
}
