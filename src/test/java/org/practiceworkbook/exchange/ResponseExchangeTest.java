package org.practiceworkbook.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.questionnaire.PackRef;
import org.practiceworkbook.questionnaire.PackVersion;
import org.practiceworkbook.store.Workbook;

/** Two laptops, two workbook files: response files carried both ways, and bad ones refused without a trace. */
class ResponseExchangeTest {

    private static final Instant T0 = Instant.parse("2027-03-14T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-14T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Workbook facilitator;
    private Workbook partner;
    private final ResponseFiles files = new ResponseFiles();

    @BeforeEach
    void open() {
        facilitator = Workbook.open(folder.resolve("facilitator"), new PackReader());
        partner = Workbook.open(folder.resolve("partner"), new PackReader());
    }

    @AfterEach
    void close() {
        facilitator.close();
        partner.close();
    }

    /** A practice with one round on a laptop, and one person there who answered three capacity items. */
    private Respondent answered(Workbook workbook, String name, Role role, String odsCode) {
        var practice = workbook.practices().findByName("Riverside Surgery").orElseGet(() -> workbook.practices()
                .add("Riverside Surgery", odsCode, OrganisationalModel.PARTNERSHIP, "Riverside PCN", null));
        var round = workbook.rounds().findByLabel(practice.id(), "Baseline March 2027").orElseGet(() -> workbook.rounds()
                .add(practice.id(), "Baseline March 2027", LocalDate.of(2027, 3, 14), RoundFacts.NONE));
        PackRef capacity = workbook.packs().latest("capacity").orElseThrow();
        workbook.rounds().useQuestionnaire(round.id(), capacity);
        var items = workbook.packs().load(capacity).items().limit(3).toList();
        Respondent person = workbook.respondents().add(round.id(), name, role);
        workbook.answers().saveAll(person.id(), "capacity", List.of(
                new Answer(items.get(0).id(), AnswerValue.level(2), "Slot lost most weeks", T0),
                new Answer(items.get(1).id(), AnswerValue.DONT_KNOW, null, T0.plusSeconds(30)),
                new Answer(items.get(2).id(), AnswerValue.level(4), null, T0.plusSeconds(60))));
        return person;
    }

    /** Exports on one laptop, carries the bytes across, reads them on the other: as a USB stick would. */
    private ResponseFile carry(Workbook from, Respondent person) throws Exception {
        ResponseFile file = new ResponseExport(from, CLOCK).export(person, "capacity");
        return files.read("carried.pwr", files.write(file));
    }

    @Test
    void answers_travel_both_ways_between_two_workbooks_and_meet_in_one_round() throws Exception {
        Respondent sam = answered(facilitator, "Sam Patel", Role.PRACTICE_MANAGER, "A81001");
        Respondent ana = answered(partner, "Dr Ana Müller", Role.GP_PARTNER, "A81001");

        var intoFacilitator = new ResponseImport(facilitator).importFile(carry(partner, ana), ResponseImport.MATCHED);
        var intoPartner = new ResponseImport(partner).importFile(carry(facilitator, sam), ResponseImport.MATCHED);

        assertThat(intoFacilitator).isEqualTo(new ResponseImport.Result(ResponseImport.Kind.IMPORTED,
                "Riverside Surgery", "Baseline March 2027", "Dr Ana Müller", 3));
        assertThat(intoPartner.kind()).isEqualTo(ResponseImport.Kind.IMPORTED);
        for (Workbook laptop : List.of(facilitator, partner)) {
            long round = laptop.rounds().list(laptop.practices().list().getFirst().id()).getFirst().id();
            assertThat(laptop.respondents().list(round)).extracting(Respondent::displayName)
                    .containsExactlyInAnyOrder("Sam Patel", "Dr Ana Müller");
            assertThat(laptop.answers().valuesForRound(round, "capacity")).hasSize(2);
        }
        Respondent anaOnFacilitator = facilitator.respondents().findByPublicId(ana.publicId()).orElseThrow();
        assertThat(facilitator.answers().forRespondent(anaOnFacilitator.id(), "capacity"))
                .isEqualTo(partner.answers().forRespondent(ana.id(), "capacity"));
    }

    @Test
    void the_same_person_again_is_never_duplicated_and_newer_answers_replace_older_ones() throws Exception {
        Respondent ana = answered(partner, "Dr Ana Müller", Role.GP_PARTNER, null);
        var importer = new ResponseImport(facilitator);
        importer.importFile(carry(partner, ana), ResponseImport.CREATE_MISSING);

        var again = importer.importFile(carry(partner, ana), ResponseImport.MATCHED);
        assertThat(again.kind()).isEqualTo(ResponseImport.Kind.ALREADY_PRESENT);

        String first = partner.answers().forRespondent(ana.id(), "capacity").keySet().stream().sorted().findFirst().orElseThrow();
        partner.answers().save(ana.id(), "capacity", new Answer(first, AnswerValue.level(3), "Kept since April",
                T0.plusSeconds(3600)));
        var updated = importer.importFile(carry(partner, ana), ResponseImport.MATCHED);

        assertThat(updated.kind()).isEqualTo(ResponseImport.Kind.UPDATED);
        assertThat(updated.answersChanged()).isEqualTo(1);
        Respondent held = facilitator.respondents().findByPublicId(ana.publicId()).orElseThrow();
        assertThat(facilitator.respondents().list(held.roundId())).hasSize(1);
        assertThat(facilitator.answers().forRespondent(held.id(), "capacity").get(first).note()).isEqualTo("Kept since April");
    }

    @Test
    void an_older_answer_in_a_file_does_not_overwrite_a_newer_one_held() throws Exception {
        Respondent ana = answered(partner, "Dr Ana Müller", Role.GP_PARTNER, null);
        ResponseFile old = carry(partner, ana);
        var importer = new ResponseImport(facilitator);
        importer.importFile(old, ResponseImport.CREATE_MISSING);
        Respondent held = facilitator.respondents().findByPublicId(ana.publicId()).orElseThrow();
        String item = old.answers().getFirst().itemId();
        facilitator.answers().save(held.id(), "capacity", new Answer(item, AnswerValue.level(5), null, T0.plusSeconds(7200)));

        assertThat(importer.importFile(old, ResponseImport.MATCHED).kind()).isEqualTo(ResponseImport.Kind.ALREADY_PRESENT);
        assertThat(facilitator.answers().forRespondent(held.id(), "capacity").get(item).value()).isEqualTo(AnswerValue.level(5));
    }

    @Test
    void a_missing_practice_is_refused_without_creation_and_created_with_it_using_the_files_model() throws Exception {
        Respondent ana = answered(partner, "Dr Ana Müller", Role.GP_PARTNER, "A81001");
        ResponseFile file = carry(partner, ana);
        var importer = new ResponseImport(facilitator);

        assertThatThrownBy(() -> importer.importFile(file, ResponseImport.MATCHED))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("there is no practice \"Riverside Surgery\" in this workbook");
        assertThat(facilitator.practices().list()).isEmpty();

        importer.importFile(file, ResponseImport.CREATE_MISSING);
        var created = facilitator.practices().list().getFirst();
        assertThat(created.odsCode()).isEqualTo("A81001");
        assertThat(created.model()).isEqualTo(OrganisationalModel.PARTNERSHIP);
        assertThat(facilitator.rounds().list(created.id())).singleElement()
                .satisfies(r -> assertThat(r.date()).isEqualTo(LocalDate.of(2027, 3, 14)));
    }

    @Test
    void a_practice_is_matched_by_ods_code_before_name_and_by_name_with_case_and_spacing_ignored() throws Exception {
        Respondent ana = answered(partner, "Dr Ana Müller", Role.GP_PARTNER, "A81001");
        ResponseFile file = carry(partner, ana);
        var renamed = facilitator.practices().add("Riverside Surgery (Main site)", "a81001", OrganisationalModel.PARTNERSHIP, null, null);
        facilitator.rounds().add(renamed.id(), "baseline  march 2027", LocalDate.of(2027, 3, 14), RoundFacts.NONE);

        var result = new ResponseImport(facilitator).importFile(file, ResponseImport.MATCHED);

        assertThat(result.practice()).isEqualTo("Riverside Surgery (Main site)");
        assertThat(facilitator.practices().list()).hasSize(1);
    }

    @Test
    void without_ods_codes_a_practice_is_matched_by_name_with_case_and_spacing_ignored() throws Exception {
        Respondent ana = answered(partner, "Dr Ana Müller", Role.GP_PARTNER, null);
        ResponseFile file = carry(partner, ana);
        var same = facilitator.practices().add("riverside  SURGERY", null, OrganisationalModel.PARTNERSHIP, null, null);
        facilitator.rounds().add(same.id(), "Baseline March 2027", LocalDate.of(2027, 3, 14), RoundFacts.NONE);

        var result = new ResponseImport(facilitator).importFile(file, ResponseImport.MATCHED);

        assertThat(result.practice()).isEqualTo("riverside SURGERY");
        assertThat(facilitator.practices().list()).hasSize(1);
    }

    @Test
    void a_round_of_the_same_label_on_another_date_is_not_a_match_but_can_be_chosen() throws Exception {
        Respondent ana = answered(partner, "Dr Ana Müller", Role.GP_PARTNER, null);
        ResponseFile file = carry(partner, ana);
        var practice = facilitator.practices().add("Riverside Surgery", null, OrganisationalModel.PARTNERSHIP, null, null);
        var other = facilitator.rounds().add(practice.id(), "Baseline March 2027", LocalDate.of(2027, 3, 15), RoundFacts.NONE);
        var importer = new ResponseImport(facilitator);

        var match = importer.match(file);
        assertThat(match.isComplete()).isFalse();
        assertThat(match.sameLabel()).contains(other);
        assertThatThrownBy(() -> importer.importFile(file, ResponseImport.CREATE_MISSING))
                .hasMessageContaining("held on 2027-03-15, but the file's round of that name was held on 2027-03-14");
        assertThat(importer.importFile(file, new ResponseImport.Destination.IntoRound(other.id())).kind())
                .isEqualTo(ResponseImport.Kind.IMPORTED);
    }

    @Test
    void answers_can_be_placed_in_a_round_the_facilitator_chooses() throws Exception {
        Respondent ana = answered(partner, "Dr Ana Müller", Role.GP_PARTNER, null);
        var other = facilitator.practices().add("Hillside", null, OrganisationalModel.PARTNERSHIP, null, null);
        var workshop = facilitator.rounds().add(other.id(), "Away day", LocalDate.of(2027, 3, 20), RoundFacts.NONE);

        var result = new ResponseImport(facilitator).importFile(carry(partner, ana), new ResponseImport.Destination.IntoRound(workshop.id()));

        assertThat(result.round()).isEqualTo("Away day");
        assertThat(facilitator.respondents().list(workshop.id())).hasSize(1);
    }

    /** Everything a workbook holds, as rows: to show a refused file changed nothing. */
    private List<Object> everything(Workbook workbook) {
        var rows = new ArrayList<Object>();
        for (var practice : workbook.practices().list()) {
            rows.add(practice);
            for (var round : workbook.rounds().list(practice.id())) {
                rows.add(round);
                rows.add(workbook.rounds().questionnaires(round.id()));
                for (var person : workbook.respondents().list(round.id())) {
                    rows.add(person);
                    rows.add(workbook.answers().forRespondent(person.id(), "capacity"));
                }
            }
        }
        return rows;
    }

    private ResponseFile with(ResponseFile f, PackRef pack, List<Answer> answers) {
        return new ResponseFile(f.exportedAt(), f.fileId(), pack, f.practiceName(), f.odsCode(), f.model(),
                f.roundLabel(), f.roundDate(), f.respondentId(), f.respondentName(), f.role(), answers);
    }

    @Test
    void every_refused_file_leaves_the_workbook_exactly_as_it_was() throws Exception {
        Respondent sam = answered(facilitator, "Sam Patel", Role.PRACTICE_MANAGER, "A81001");
        Respondent ana = answered(partner, "Dr Ana Müller", Role.GP_PARTNER, "A81001");
        ResponseFile good = carry(partner, ana);
        Answer first = good.answers().getFirst();
        var importer = new ResponseImport(facilitator);
        List<Object> before = everything(facilitator);

        record Bad(ResponseFile file, String why) {
        }
        var other = answered(partner, "Dr Chris Ode", Role.GP_PARTNER, "A81001");
        var bad = List.of(
                new Bad(with(good, new PackRef("capacity", new PackVersion(9, 0)), good.answers()),
                        "answered against the questionnaire \"capacity\" version 9.0, which this workbook does not hold"),
                new Bad(with(good, good.pack(), List.of(new Answer("no-such-item", AnswerValue.level(2), null, T0))),
                        "/answers/0/itemId: there is no item \"no-such-item\" in Management capacity version 1.0"),
                new Bad(with(good, good.pack(), List.of(new Answer(first.itemId(), AnswerValue.level(7), null, T0))),
                        "/answers/0/value: level 7 is above the top of the scale of Management capacity (5 levels)"),
                new Bad(new ResponseFile(good.exportedAt(), UUID.randomUUID(), good.pack(), "Riverside Surgery", "A81001",
                        null, "Baseline March 2027", LocalDate.of(2027, 3, 15), other.publicId(), null, Role.GP_PARTNER,
                        good.answers()), "has a round \"Baseline March 2027\" held on 2027-03-14, but the file's round"),
                new Bad(new ResponseFile(good.exportedAt(), UUID.randomUUID(), good.pack(), "Riverside Surgery", "B82002",
                        null, "Baseline March 2027", LocalDate.of(2027, 3, 14), other.publicId(), null, Role.GP_PARTNER,
                        good.answers()), "has the ODS code A81001, but the file's practice has B82002"));
        for (Bad b : bad) {
            for (var destination : List.of(ResponseImport.MATCHED, ResponseImport.CREATE_MISSING)) {
                assertThatThrownBy(() -> importer.importFile(b.file(), destination))
                        .isInstanceOf(InvalidInputException.class).hasMessageContaining(b.why());
                assertThat(everything(facilitator)).as(b.why()).isEqualTo(before);
            }
        }

        // The person is already in another round: refused, and the new round made on the way is taken back too.
        var elsewhere = new ResponseFile(good.exportedAt(), UUID.randomUUID(), good.pack(), "Riverside Surgery", "A81001",
                null, "Review", LocalDate.of(2027, 9, 1), sam.publicId(), "Sam Patel", Role.PRACTICE_MANAGER, good.answers());
        assertThatThrownBy(() -> importer.importFile(elsewhere, ResponseImport.CREATE_MISSING))
                .hasMessageContaining("these answers are already in the round \"Baseline March 2027\"");
        assertThat(everything(facilitator)).isEqualTo(before);
    }

    @Test
    void a_file_answered_against_another_version_than_the_round_uses_is_refused_and_an_older_one_kept_as_it_is()
            throws Exception {
        Respondent ana = answered(partner, "Dr Ana Müller", Role.GP_PARTNER, null);
        ResponseFile file = carry(partner, ana);
        answered(facilitator, "Sam Patel", Role.PRACTICE_MANAGER, null);
        byte[] capacity = org.practiceworkbook.pack.BundledPacks.files().getFirst().json();
        byte[] newer = new String(capacity, java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"version\": \"1.0\"", "\"version\": \"1.1\"").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var reader = new PackReader();
        facilitator.packs().store(reader.read("capacity-1.1.json", newer));
        List<Object> before = everything(facilitator);

        var fromNewer = with(file, new PackRef("capacity", new PackVersion(1, 1)), file.answers());
        assertThatThrownBy(() -> new ResponseImport(facilitator).importFile(fromNewer, ResponseImport.MATCHED))
                .hasMessageContaining("the round \"Baseline March 2027\" uses capacity version 1.0, but this file was "
                        + "answered against version 1.1");
        assertThat(everything(facilitator)).isEqualTo(before);

        // The older version the round uses is still the one its new answers are recorded against.
        assertThat(new ResponseImport(facilitator).importFile(file, ResponseImport.MATCHED).kind())
                .isEqualTo(ResponseImport.Kind.IMPORTED);
        var round = facilitator.rounds().list(facilitator.practices().list().getFirst().id()).getFirst();
        assertThat(facilitator.rounds().questionnaires(round.id())).containsExactly(new PackRef("capacity", new PackVersion(1, 0)));
    }
}
