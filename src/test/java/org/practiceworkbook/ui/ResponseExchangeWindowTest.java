package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.exchange.ResponseExport;
import org.practiceworkbook.exchange.ResponseFiles;
import org.practiceworkbook.exchange.ResponseImport;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.exchange.FilePicker;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A facilitator gathering response files from other laptops, and sending one back, by keyboard and menu. */
@ExtendWith(ApplicationExtension.class)
class ResponseExchangeWindowTest {

    /** Answers the file dialogs as the facilitator would, since a system dialog cannot be driven headless. */
    static final class AnsweringPicker implements FilePicker {
        final Deque<List<Path>> opens = new ArrayDeque<>();
        final Deque<Path> saves = new ArrayDeque<>();
        final List<String> suggested = new java.util.ArrayList<>();

        @Override
        public Optional<Path> open(Window owner, String title, FileType type) {
            return opens.isEmpty() ? Optional.empty() : Optional.of(opens.pop().getFirst());
        }

        @Override
        public List<Path> openMany(Window owner, String title, FileType type) {
            return opens.isEmpty() ? List.of() : opens.pop();
        }

        @Override
        public Optional<Path> saveAs(Window owner, String title, String suggestedName, FileType type) {
            suggested.add(suggestedName);
            return Optional.ofNullable(saves.poll());
        }
    }

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-14T12:00:00Z"), java.time.ZoneOffset.UTC);

    @TempDir
    static Path folder;

    private Workbook facilitator;
    private Workbook partner;
    private MainWindow window;
    private final AnsweringPicker picker = new AnsweringPicker();

    @Start
    void start(Stage stage) {
        facilitator = Workbook.open(folder.resolve("facilitator-" + System.nanoTime()), new PackReader());
        partner = Workbook.open(folder.resolve("partner-" + System.nanoTime()), new PackReader());
        window = new MainWindow(facilitator, BackgroundTasks.immediate(), CLOCK, stage::close, picker);
        var scene = new Scene(window.root(), 960, 800);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        facilitator.close();
        partner.close();
    }

    /** On the partner's laptop: Dr Ana Müller answered two capacity items; her file is written to a USB stick. */
    private Path partnersFile() throws Exception {
        var practice = partner.practices().add("Riverside Surgery", "A81001", OrganisationalModel.PARTNERSHIP, null, null);
        var round = partner.rounds().add(practice.id(), "Baseline March 2027", LocalDate.of(2027, 3, 14), RoundFacts.NONE);
        var capacity = partner.packs().latest("capacity").orElseThrow();
        partner.rounds().useQuestionnaire(round.id(), capacity);
        var items = partner.packs().load(capacity).items().limit(2).toList();
        Respondent ana = partner.respondents().add(round.id(), "Dr Ana Müller", Role.GP_PARTNER);
        var at = Instant.parse("2027-03-14T10:00:00Z");
        partner.answers().save(ana.id(), "capacity", new Answer(items.get(0).id(), AnswerValue.level(2), "Lost to rotas", at));
        partner.answers().save(ana.id(), "capacity", new Answer(items.get(1).id(), AnswerValue.DONT_KNOW, null, at));
        Path file = folder.resolve("ana-" + System.nanoTime() + ".pwr");
        Files.write(file, new ResponseFiles().write(new ResponseExport(partner, CLOCK).export(ana, "capacity")));
        return file;
    }

    private void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    private List<String> reportLines(FxRobot robot) {
        return robot.lookup("#import-report .label").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(t -> t.startsWith("✓") || t.startsWith("⚠")).toList();
    }

    @Test
    void a_file_from_another_laptop_is_placed_imported_reported_and_sent_back_again(FxRobot robot) throws Exception {
        Path anaFile = partnersFile();
        picker.opens.push(List.of(anaFile));

        shortcut(robot, KeyCode.I);
        // The workbook has no Riverside Surgery yet: the facilitator is asked, and creating it is offered first.
        assertThat(robot.lookup("#place-responses-0").queryComboBox().getValue().toString())
                .isEqualTo("Add the practice \"Riverside Surgery\" with its round \"Baseline March 2027\"");
        ScreenSnapshots.save(robot.lookup("#place-responses-dialog").query(), "import-place-normal");
        robot.clickOn("#place-responses-dialog-accept");

        assertThat(reportLines(robot)).containsExactly("✓ " + anaFile.getFileName()
                + ": imported (Dr Ana Müller, Riverside Surgery, Baseline March 2027, 2 answers)");
        robot.clickOn("#import-report-ok");
        @SuppressWarnings("unchecked")
        ListView<Object> people = robot.lookup("#respondent-list").queryAs(ListView.class);
        assertThat(people.getItems()).singleElement().asString().startsWith("Dr Ana Müller (GP partner) · Management capacity 2 of");

        // Sent back: the facilitator exports Ana's answers; on her laptop they are recognised as hers, unchanged.
        robot.clickOn(robot.lookup("#respondent-list .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        Path back = folder.resolve("back-" + System.nanoTime() + ".pwr");
        picker.saves.push(back);
        shortcut(robot, KeyCode.E);
        assertThat(picker.suggested).containsExactly("riverside-surgery-baseline-march-2027-dr-ana-muller-capacity.pwr");
        assertThat(robot.lookup("#status-line").queryAs(Label.class).getText())
                .isEqualTo("✓ Exported 2 answers of Dr Ana Müller to " + back);
        var returned = new ResponseFiles().read("back.pwr", Files.readAllBytes(back));
        assertThat(new ResponseImport(partner).importFile(returned, ResponseImport.MATCHED).kind())
                .isEqualTo(ResponseImport.Kind.ALREADY_PRESENT);
    }

    @Test
    void a_refused_file_is_reported_with_its_reason_and_changes_nothing(FxRobot robot) throws Exception {
        Path good = partnersFile();
        Path newer = folder.resolve("newer-" + System.nanoTime() + ".pwr");
        Files.writeString(newer, Files.readString(good).replace("\"formatVersion\" : 1", "\"formatVersion\" : 2"));
        picker.opens.push(List.of(newer));

        robot.clickOn("File").clickOn("#menu-import-responses");

        assertThat(reportLines(robot)).containsExactly("⚠ " + newer.getFileName() + ": refused: " + newer.getFileName()
                + ":2:21: /formatVersion: made by a newer version of Practice Workbook (format 2; this version reads up to 1)");
        robot.type(KeyCode.ENTER);
        assertThat(facilitator.practices().list()).isEmpty();
        assertThat(robot.lookup("#status-line").queryAs(Label.class).getText())
                .startsWith("⚠ 1 of 1 response files refused");
    }

    @Test
    void a_file_can_be_put_into_a_round_the_facilitator_chooses_or_left_out(FxRobot robot) throws Exception {
        Path anaFile = partnersFile();
        var hillside = facilitator.practices().add("Hillside", null, OrganisationalModel.PARTNERSHIP, null, null);
        var awayDay = facilitator.rounds().add(hillside.id(), "Away day", LocalDate.of(2027, 3, 20), RoundFacts.NONE);
        robot.interact(() -> window.practices().load());
        picker.opens.push(List.of(anaFile));

        robot.interact(() -> window.setTextSize(TextSize.EXTRA_LARGE));
        shortcut(robot, KeyCode.I);
        ScreenSnapshots.save(robot.lookup("#place-responses-dialog").query(), "import-place-extra-large");
        var unnamed = new java.util.ArrayList<String>();
        robot.interact(() -> unnamed.addAll(AccessibilityAudit.unnamedControls(
                robot.lookup("#place-responses-dialog").queryAs(javafx.scene.Parent.class))));
        assertThat(unnamed).isEmpty();
        robot.clickOn("#place-responses-0").clickOn("Into Hillside · Away day (20/03/2027)");
        robot.clickOn("#place-responses-dialog-accept");

        assertThat(reportLines(robot)).singleElement().asString().contains("imported (Dr Ana Müller, Hillside, Away day");
        ScreenSnapshots.save(robot.lookup("#import-report").query(), "import-report-extra-large");
        robot.clickOn("#import-report-ok");
        assertThat(facilitator.respondents().list(awayDay.id())).hasSize(1);
        assertThat(facilitator.practices().list()).hasSize(1);
    }
}
