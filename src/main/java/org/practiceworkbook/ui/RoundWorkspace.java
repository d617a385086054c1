package org.practiceworkbook.ui;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.actions.ActionPlanPrinter;
import org.practiceworkbook.ui.actions.ActionPlanView;
import org.practiceworkbook.ui.actions.ActionPlanViewModel;
import org.practiceworkbook.ui.actions.PrintedPlan;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.charts.ChartActions;
import org.practiceworkbook.ui.common.Feedback;
import org.practiceworkbook.ui.consensus.ConsensusSession;
import org.practiceworkbook.ui.consensus.ConsensusView;
import org.practiceworkbook.ui.consensus.ConsensusViewModel;
import org.practiceworkbook.ui.consensus.PresentationView;
import org.practiceworkbook.ui.exchange.FilePicker;
import org.practiceworkbook.ui.paper.PaperScoresView;
import org.practiceworkbook.ui.paper.PaperScoresViewModel;
import org.practiceworkbook.ui.practices.PracticesViewModel;
import org.practiceworkbook.ui.respondents.RespondentsViewModel;
import org.practiceworkbook.ui.results.ResultsView;
import org.practiceworkbook.ui.results.ResultsViewModel;
import org.practiceworkbook.ui.respondents.RoundWork;
import org.practiceworkbook.ui.rounds.RoundsViewModel;
import org.practiceworkbook.ui.walkthrough.WalkthroughLoader;
import org.practiceworkbook.ui.walkthrough.WalkthroughView;

/**
 * The work a round leads to, each screen shown in place of the practice until the person goes back: a person's
 * walk-through, the room's consensus session (and its presentation on the projector), and the paper-score grid.
 */
final class RoundWorkspace implements RoundWork {

    /** Where the work is shown, and how to go back to the practice. */
    interface Place {
        void show(Node screen);

        void back();

        Window window();
    }

    private final Workbook workbook;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final Feedback feedback;
    private final PracticesViewModel practices;
    private final RoundsViewModel rounds;
    private final RespondentsViewModel respondents;
    private final WalkthroughLoader walkthroughs;
    private static final FilePicker.FileType PICTURES = new FilePicker.FileType("PNG pictures", ".png");

    private final Place place;
    private final FilePicker files;
    private final ReadOnlyObjectWrapper<WalkthroughView> walkthrough = new ReadOnlyObjectWrapper<>(this, "walkthrough");
    private final ReadOnlyObjectWrapper<ConsensusView> consensus = new ReadOnlyObjectWrapper<>(this, "consensus");
    private ActionPlanView actionPlan;
    private Stage presentation;
    private Node open;

    RoundWorkspace(Workbook workbook, BackgroundTasks tasks, Clock clock, Feedback feedback,
                   PracticesViewModel practices, RoundsViewModel rounds, RespondentsViewModel respondents, Place place,
                   FilePicker files) {
        this.files = files;
        this.workbook = workbook;
        this.tasks = tasks;
        this.clock = clock;
        this.feedback = feedback;
        this.practices = practices;
        this.rounds = rounds;
        this.respondents = respondents;
        this.place = place;
        this.walkthroughs = new WalkthroughLoader(workbook, tasks, clock);
    }

    /** The walk-through being answered, while one is open. */
    ReadOnlyObjectProperty<WalkthroughView> walkthroughProperty() {
        return walkthrough.getReadOnlyProperty();
    }

    /** The consensus session, while one is open. */
    ReadOnlyObjectProperty<ConsensusView> consensusProperty() {
        return consensus.getReadOnlyProperty();
    }

    @Override
    public void answer(Respondent respondent, String packId) {
        walkthroughs.open(practices.selectedProperty().get(), respondent, packId, model -> {
            walkthrough.set(new WalkthroughView(model, back(walkthrough::set)));
            show(walkthrough.get());
        }, feedback::failed);
    }

    @Override
    public void agree(String packId) {
        var round = rounds.selectedProperty().get();
        String title = "Consensus · " + titleOf(packId) + " · " + round.label();
        var model = new ConsensusViewModel(new ConsensusSession(workbook, practices.selectedProperty().get(), round,
                packId, title), tasks, feedback, clock);
        consensus.set(new ConsensusView(model, back(consensus::set), this::present));
        show(consensus.get());
    }

    @Override
    public void typePaperScores(String packId) {
        var round = rounds.selectedProperty().get();
        var model = new PaperScoresViewModel(workbook, tasks, feedback, clock, practices.selectedProperty().get(),
                round, packId);
        show(new PaperScoresView(model, "Paper scores · " + titleOf(packId) + " · " + round.label(),
                back(ignored -> { })));
    }

    @Override
    public void results(String packId) {
        var model = new ResultsViewModel(workbook, tasks, feedback, practices.selectedProperty().get(), packId,
                rounds.selectedProperty().get().id());
        var charts = new ChartActions(tasks, feedback, name -> files.saveAs(place.window(), "Save the chart as a picture",
                name, PICTURES));
        show(new ResultsView(model, List.copyOf(respondents.questionnaires()), charts, back(ignored -> { })));
    }

    /** The practice's action plan, across its rounds: reviewed, drawn from suggestions, edited and printed. */
    void actionPlan() {
        var practice = practices.selectedProperty().get();
        if (practice == null) {
            return;
        }
        var model = new ActionPlanViewModel(workbook, tasks, feedback, clock, practice);
        actionPlan = new ActionPlanView(model, back(ignored -> actionPlan = null), () -> print(model));
        show(actionPlan);
        model.load(() -> { });
    }

    /**
     * Prints the selected practice's action plan: as the open plan shows it (edits included), or read afresh when
     * the plan is not open.
     */
    void printActionPlan() {
        var practice = practices.selectedProperty().get();
        if (actionPlan != null && actionPlan.model().practice().id() == practice.id()) {
            actionPlan.flush();
            print(actionPlan.model());
            return;
        }
        var model = new ActionPlanViewModel(workbook, tasks, feedback, clock, practice);
        model.load(() -> print(model));
    }

    private void print(ActionPlanViewModel model) {
        ActionPlanPrinter.print(place.window(), new PrintedPlan(model.practice().name(), model.plan(),
                model::statement, model.today()), feedback);
    }

    /** Presentation mode: the consensus session full screen, for the room. */
    void present() {
        if (consensus.get() == null || presentation != null) {
            return;
        }
        var stage = new Stage();
        stage.initOwner(place.window());
        stage.setTitle("Practice Workbook · Presentation");
        var view = new PresentationView(consensus.get().model(), stage::close);
        var scene = new Scene(view, 1280, 720);
        Theme.apply(scene);
        stage.setScene(scene);
        // Esc leaves presentation mode altogether, not just full screen, so one key always gets the facilitator out.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        presentation = stage;
        stage.setOnHidden(e -> presentation = null);
        stage.show();
        view.requestFocus();
    }

    /** The presentation window while it is open; null otherwise. */
    Stage presentation() {
        return presentation;
    }

    /** Saves whatever is still being typed; called before the program closes. */
    void flush() {
        if (walkthrough.get() != null) {
            walkthrough.get().flush();
        }
        if (consensus.get() != null) {
            consensus.get().flush();
        }
        if (actionPlan != null) {
            actionPlan.flush();
        }
    }

    private void show(Node screen) {
        open = screen;
        place.show(screen);
    }

    /** Going back: the screen is forgotten, the practice shown, and its people's progress read again. */
    private <T> Runnable back(Consumer<T> forget) {
        return () -> {
            forget.accept(null);
            open = null;
            place.back();
            respondents.reload();
        };
    }

    /** Reads the open consensus session again: an import has brought more people's answers. */
    void reloadOpen() {
        if (consensus.get() != null) {
            consensus.get().model().reload();
        }
        if (actionPlan != null) {
            actionPlan.flush();
            actionPlan.model().load(() -> { });
        }
    }

    /**
     * Saves what is being typed and goes back to the practice: before an import that may replace the practice a
     * screen is working on.
     */
    void leave() {
        if (presentation != null) {
            presentation.close();
        }
        if (open == null) {
            return;
        }
        flush();
        walkthrough.set(null);
        consensus.set(null);
        actionPlan = null;
        open = null;
        place.back();
        respondents.reload();
    }

    private String titleOf(String packId) {
        return respondents.questionnaires().stream().filter(c -> c.packId().equals(packId))
                .map(RespondentsViewModel.Choice::title).findFirst().orElse(packId);
    }
}
