package org.practiceworkbook.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.common.Feedback;
import org.practiceworkbook.ui.common.Forms;
import org.practiceworkbook.ui.exchange.ExportResponsesView;
import org.practiceworkbook.ui.exchange.FilePicker;
import org.practiceworkbook.ui.exchange.ImportResponsesView;
import org.practiceworkbook.ui.exchange.ResponseExchangeViewModel;
import org.practiceworkbook.ui.exchange.SystemFilePicker;
import org.practiceworkbook.ui.exchange.WorkbookFileViewModel;
import org.practiceworkbook.ui.practices.PracticeDetailsView;
import org.practiceworkbook.ui.practices.PracticeListView;
import org.practiceworkbook.ui.practices.PracticesViewModel;
import org.practiceworkbook.ui.respondents.RespondentsView;
import org.practiceworkbook.ui.report.ReportExportViewModel;
import org.practiceworkbook.ui.results.ChartFiles;
import org.practiceworkbook.ui.respondents.RespondentsViewModel;
import org.practiceworkbook.ui.rounds.RoundsView;
import org.practiceworkbook.ui.rounds.RoundsViewModel;
import org.practiceworkbook.ui.settings.RememberedSettings;

/** The main window's content: menus, practices on the left, the selected practice on the right, a status line. */
public final class MainWindow {

    private final BorderPane root = new BorderPane();
    private final Feedback feedback = new Feedback();
    private final PracticesViewModel practices;
    private final RoundsViewModel rounds;
    private final RespondentsViewModel respondents;
    private final RoundWorkspace work;
    private final Runnable quit;
    private final SplitPane body;
    private final ResponseExchangeViewModel exchange;
    private final FilePicker files;
    private final WorkbookSwitch workbooks;
    private final WorkbookFileViewModel workbookFiles;
    private final RememberedSettings settings;
    private final Path workbookFile;
    private final org.practiceworkbook.ui.password.WindowLock lock;
    private final boolean workbookHasPassword;
    private final javafx.beans.property.ObjectProperty<TextSize> textSize =
            new javafx.beans.property.SimpleObjectProperty<>(TextSize.NORMAL);

    public MainWindow(Workbook workbook, BackgroundTasks tasks, Clock clock, Runnable quit) {
        this(workbook, tasks, clock, quit, new SystemFilePicker());
    }

    /** @param files how the window asks for files to open and places to save */
    public MainWindow(Workbook workbook, BackgroundTasks tasks, Clock clock, Runnable quit, FilePicker files) {
        this(workbook, tasks, clock, quit, files, WorkbookSwitch.NONE);
    }

    /** @param workbooks moves the window between the person's own workbook and the demo */
    public MainWindow(Workbook workbook, BackgroundTasks tasks, Clock clock, Runnable quit, FilePicker files,
                      WorkbookSwitch workbooks) {
        this(workbook, tasks, clock, quit, files, workbooks, RememberedSettings.inMemory());
    }

    /** @param settings the text size and theme chosen, kept between runs */
    public MainWindow(Workbook workbook, BackgroundTasks tasks, Clock clock, Runnable quit, FilePicker files,
                      WorkbookSwitch workbooks, RememberedSettings settings) {
        this.settings = settings;
        this.workbookFile = workbook.file();
        this.workbookHasPassword = workbook.fileKey().isPresent();
        this.quit = quit;
        this.workbooks = workbooks;
        this.files = files;
        exchange = new ResponseExchangeViewModel(workbook, tasks, feedback, clock);
        workbookFiles = new WorkbookFileViewModel(workbook, tasks, feedback, clock);
        practices = new PracticesViewModel(workbook, tasks, feedback);
        rounds = new RoundsViewModel(workbook, tasks, feedback);
        rounds.practiceProperty().bind(practices.selectedProperty());
        rounds.setOnActionsToReview(this::offerReview);
        respondents = new RespondentsViewModel(workbook, tasks, feedback);
        respondents.practiceProperty().bind(practices.selectedProperty());
        respondents.roundProperty().bind(rounds.selectedProperty());
        rounds.setOnAnonymised(r -> respondents.reload());
        work = new RoundWorkspace(workbook, tasks, clock, feedback, practices, rounds, respondents,
                new RoundWorkspace.Place() {
                    @Override
                    public void show(javafx.scene.Node screen) {
                        root.setCenter(screen);
                    }

                    @Override
                    public void back() {
                        root.setCenter(body);
                    }

                    @Override
                    public javafx.stage.Window window() {
                        return root.getScene().getWindow();
                    }
                }, files);
        root.setId("main-window");
        textSize.set(settings.current().textSize());
        root.getStyleClass().add(textSize.get().styleClass());
        textSize.addListener((o, was, size) -> {
            root.getStyleClass().remove(was.styleClass());
            root.getStyleClass().add(size.styleClass());
            settings.change(s -> s.withTextSize(size));
        });
        var menus = new MainMenus(this, new MainMenus.Context(workbook, tasks, feedback, clock, files, workbooks, practices,
                rounds, respondents, work, workbookFiles, new ReportExportViewModel(workbook, tasks, feedback, clock,
                ChartFiles::radarPng))).create();
        root.setTop(withBanners(menus, workbook));
        body = createBody();
        root.setCenter(body);
        root.setBottom(createStatusLine(workbook));
        acceptDroppedFiles();
        lock = createLock(workbook, tasks);
        practices.load();
    }

    /** A workbook with a password can be hidden behind it: File > Lock, or after the minutes chosen in Settings. */
    private org.practiceworkbook.ui.password.WindowLock createLock(Workbook workbook, BackgroundTasks tasks) {
        var windowLock = new org.practiceworkbook.ui.password.WindowLock(root, workbook.file().getFileName().toString(),
                (password, answer) -> tasks.run(() -> workbook.hasPassword(password), answer::accept,
                        e -> answer.accept(false)),
                this::leave, () -> settings.current().lockAfter());
        if (workbook.fileKey().isPresent()) {
            windowLock.watchIdle();
        }
        return windowLock;
    }

    /** Hides the workbook behind its password; a workbook without one is never locked. */
    public void lock() {
        if (workbookHasPassword) {
            lock.lock();
        }
    }

    /** Whether the window is hidden behind the password. */
    public javafx.beans.property.ReadOnlyBooleanProperty lockedProperty() {
        return lock.lockedProperty();
    }


    public Parent root() {
        return root;
    }

    public PracticesViewModel practices() {
        return practices;
    }

    public RespondentsViewModel respondents() {
        return respondents;
    }

    /** Says in the status line why something the person asked for did not happen. */
    public void failed(Exception problem) {
        feedback.failed(problem);
    }

    /** The menus, and under them what the person must know about this workbook before changing anything. */
    private javafx.scene.Node withBanners(javafx.scene.Node menus, Workbook workbook) {
        var top = new VBox(menus);
        if (workbooks.isDemo()) {
            top.getChildren().add(createDemoBanner());
        }
        if (workbook.readOnly()) {
            top.getChildren().add(ReadOnlyBanner.create());
        }
        return top.getChildren().size() == 1 ? menus : top;
    }

    private Label createDemoBanner() {
        var banner = new Label("This is the demo workbook: Riverside Surgery is a fictional practice. Your own workbook "
                + "is closed and untouched; File > Back to my workbook returns to it.");
        banner.setId("demo-banner");
        banner.getStyleClass().add("demo-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        return banner;
    }

    /** Saves whatever is still being typed; called before the program closes. */
    public void flush() {
        work.flush();
    }

    /**
     * Saves what is being typed and leaves whatever is open (the projector's window included): before the workbook
     * this window is on is closed, so nothing is left saving to it.
     */
    public void leave() {
        work.leave();
    }

    /** Opens a respondent's walk-through in place of the practice, resuming where they stopped. */
    public void answer(Respondent respondent, String packId) {
        work.answer(respondent, packId);
    }

    /** The presentation window while it is open; null otherwise. */
    public Stage presentation() {
        return work.presentation();
    }

    /** Files dragged onto the window from a USB stick or an email: response files are imported. */
    private void acceptDroppedFiles() {
        root.setOnDragOver(event -> {
            if (!responseFiles(event.getDragboard()).isEmpty()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        root.setOnDragDropped(event -> {
            var dropped = responseFiles(event.getDragboard());
            importResponses(dropped);
            event.setDropCompleted(!dropped.isEmpty());
            event.consume();
        });
    }

    private static List<Path> responseFiles(Dragboard board) {
        if (!board.hasFiles()) {
            return List.of();
        }
        return board.getFiles().stream().map(File::toPath)
                .filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                        .endsWith(FilePicker.RESPONSE_FILES.extension()))
                .toList();
    }

    /** Imports response files from other laptops, then shows what became of each. */
    public void importResponses(List<Path> paths) {
        new ImportResponsesView(exchange).importFiles(root.getScene().getWindow(), paths, () -> {
            practices.load();
            respondents.reload();
            work.reloadOpen();
        });
    }

    /** Exports the answers of the person answering now, or of the person selected under People answering. */
    public void exportResponses() {
        var window = root.getScene().getWindow();
        var view = new ExportResponsesView(exchange, files);
        var titles = new java.util.LinkedHashMap<String, String>();
        respondents.questionnaires().forEach(c -> titles.put(c.packId(), c.title()));
        var walkthrough = work.walkthroughProperty().get();
        if (walkthrough != null) {
            view.export(window, walkthrough.respondent(), walkthrough.packId(), titles);
        } else if (respondents.selectedProperty().get() != null) {
            view.export(window, respondents.selectedProperty().get().respondent(), null, titles);
        }
    }

    /** A new round has started with open actions from before it: offers their review at once. */
    private void offerReview(org.practiceworkbook.assessment.Practice practice, int open) {
        if (org.practiceworkbook.ui.common.Confirmation.offer(root.getScene().getWindow(), "review-actions-prompt",
                "Review the open actions first?", practice.name() + " has " + (open == 1 ? "1 open action"
                        : open + " open actions") + " from earlier rounds. Before the new round, decide each one: "
                        + "done, carried forward or dropped, so nothing is forgotten.", "Review them now")) {
            work.actionPlan();
        }
    }

    /** Closes the program, after saving what is being typed. */
    void quit() {
        quit.run();
    }

    /**
     * Scales the whole interface, and remembers the size for next time: every size in the stylesheet is in em,
     * relative to the root's font size.
     */
    public void setTextSize(TextSize size) {
        textSize.set(size);
    }

    public javafx.beans.property.ReadOnlyObjectProperty<TextSize> textSizeProperty() {
        return textSize;
    }

    /** Draws the window (and the dialogs it opens from now on) in a theme, and remembers it for next time. */
    public void setTheme(Theme theme) {
        theme.applyTo(root.getScene());
        settings.change(s -> s.withTheme(theme));
    }

    RememberedSettings settings() {
        return settings;
    }

    /** The file of the workbook this window is on. */
    public Path workbookFile() {
        return workbookFile;
    }

    FilePicker files() {
        return files;
    }

    /** Shows a workbook file's contents and imports them once the person agrees: for a file the program was given. */
    public void importWorkbook(Path file) {
        new org.practiceworkbook.ui.exchange.WorkbookFileView(workbookFiles, files)
                .importFile(root.getScene().getWindow(), file, work::leave, practices::load);
    }

    private SplitPane createBody() {
        var noPractice = new Label("Add a practice to begin: File > Add practice…");
        noPractice.getStyleClass().add("empty-state");
        noPractice.visibleProperty().bind(Bindings.isNull(practices.selectedProperty()));
        var detail = new VBox(new PracticeDetailsView(practices, work::actionPlan),
                new RoundsView(rounds, new RespondentsView(respondents, work)));
        detail.getStyleClass().add("detail-pane");
        detail.visibleProperty().bind(Bindings.isNotNull(practices.selectedProperty()));
        var scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        scroll.setId("practice-scroll");
        Forms.scrollToFocus(scroll);
        var right = new StackPane(noPractice, scroll);
        var split = new SplitPane(new PracticeListView(practices), right);
        split.setDividerPositions(0.3);
        return split;
    }

    private Label createStatusLine(Workbook workbook) {
        var status = new Label();
        status.setId("status-line");
        status.getStyleClass().add("status-line");
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            String message = feedback.messageProperty().get();
            if (message.isEmpty()) {
                return "Workbook: " + workbook.file() + (workbook.readOnly() ? " (read-only)" : "");
            }
            if (feedback.busyProperty().get()) {
                return message;
            }
            return (feedback.problemProperty().get() ? "⚠ " : "✓ ") + message;
        }, feedback.messageProperty(), feedback.problemProperty(), feedback.busyProperty()));
        feedback.problemProperty().addListener((o, was, is) -> status.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("problem"), is));
        // Long work (a large import or export) shows it is under way, so nobody thinks the program has hung.
        var working = new javafx.scene.control.ProgressIndicator();
        working.getStyleClass().add("status-progress");
        working.setAccessibleText("Working");
        status.graphicProperty().bind(Bindings.when(feedback.busyProperty()).then((javafx.scene.Node) working)
                .otherwise((javafx.scene.Node) null));
        status.setMaxWidth(Double.MAX_VALUE);
        // A problem is said in full (a failed save says what to do next), wrapping rather than cut off.
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return status;
    }
}
