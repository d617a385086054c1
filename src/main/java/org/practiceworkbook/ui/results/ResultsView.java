package org.practiceworkbook.ui.results;

import java.util.Locale;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.practiceworkbook.assessment.ItemDiscussion;
import org.practiceworkbook.assessment.RoundResults;
import org.practiceworkbook.ui.charts.ChartActions;
import org.practiceworkbook.ui.common.Forms;
import org.practiceworkbook.ui.respondents.RespondentsViewModel;

/**
 * A practice's results: first a sentence saying where it is strong, weak and divided, then the charts of the chosen
 * round (sections, items against targets, the spread, the heat map) and its scores across rounds.
 */
public final class ResultsView extends BorderPane {

    private final ResultsViewModel model;
    private final Label headline = new Label();
    private final Label facts = new Label();
    private final SectionTable sections = new SectionTable();
    private final SectionRadar radar = new SectionRadar();
    private final ItemBars items = new ItemBars();
    private final SpreadDots spread = new SpreadDots();
    private final HeatMap heatMap = new HeatMap();
    private final TrendChart trend = new TrendChart();
    private final ComparisonTable comparison = new ComparisonTable();
    private final TabPane tabs;
    /** Which tabs show the round now chosen: only the visible one is drawn, the others when they are chosen. */
    private final boolean[] drawn = new boolean[6];

    /** @param charts copies a chart or saves it as a picture */
    public ResultsView(ResultsViewModel model, java.util.List<RespondentsViewModel.Choice> questionnaires,
                       ChartActions charts, Runnable back) {
        this.model = model;
        setId("results-view");
        setTop(createHeader(questionnaires, back));
        headline.setId("results-headline");
        headline.getStyleClass().add("results-headline");
        headline.setWrapText(true);
        headline.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        facts.setId("results-facts");
        facts.getStyleClass().add("form-note");
        facts.setWrapText(true);
        facts.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        sections.setId("results-sections");
        items.setId("results-items");
        spread.setId("results-spread");
        heatMap.setId("results-heat-map");
        trend.setId("results-trend");
        comparison.setId("results-comparison");
        model.comparisonProperty().addListener((o, was, is) -> {
            if (is != null) {
                comparison.show(is, model.practice().name());
            }
        });
        tabs = new TabPane(
                tab("Sections", "results-tab-sections", withActions(charts, radar.chart(), "radar",
                        new VBox(radar, sections))),
                tab("Items and targets", "results-tab-items", withActions(charts, items, "items", items)),
                tab("Spread", "results-tab-spread", withActions(charts, spread, "spread", spread)),
                tab("Heat map", "results-tab-heat-map", withActions(charts, heatMap, "heat-map", heatMap)),
                tab("Over time", "results-tab-trend", withActions(charts, trend, "trend", trend)),
                tab("Across practices", "results-tab-comparison", withActions(charts, comparison, "practices",
                        comparison)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("results-tabs");
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, is) -> drawTab(is.intValue()));
        var body = new VBox(headline, facts, tabs);
        body.getStyleClass().add("results-body");
        javafx.scene.layout.VBox.setVgrow(tabs, javafx.scene.layout.Priority.ALWAYS);
        setCenter(body);
        model.roundProperty().addListener((o, was, is) -> show());
        model.loadedProperty().addListener((o, was, is) -> show());
        show();
    }

    private Node createHeader(java.util.List<RespondentsViewModel.Choice> questionnaires, Runnable back) {
        var backButton = Forms.button("results-back", "← Back", "Back to the practice");
        backButton.setOnAction(e -> back.run());
        var title = new Label("Results · " + model.practice().name());
        title.setId("results-title");
        title.getStyleClass().add("walkthrough-title");
        var questionnaire = new ComboBox<RespondentsViewModel.Choice>();
        questionnaire.getItems().setAll(questionnaires);
        questionnaires.stream().filter(c -> c.packId().equals(model.packIdProperty().get())).findFirst()
                .ifPresent(questionnaire::setValue);
        questionnaire.setOnAction(e -> model.packIdProperty().set(questionnaire.getValue().packId()));
        questionnaire.setId("results-questionnaire");
        questionnaire.setAccessibleText("Questionnaire");
        var round = new ComboBox<ResultsViewModel.RoundEntry>();
        round.setId("results-round");
        round.setAccessibleText("Round");
        model.loadedProperty().addListener((o, was, is) -> round.getItems().setAll(is.rounds()));
        if (model.loadedProperty().get() != null) {
            round.getItems().setAll(model.loadedProperty().get().rounds());
        }
        round.valueProperty().bindBidirectional(model.roundProperty());
        var questionnaireLabel = new Label("Questionnaire");
        questionnaireLabel.setLabelFor(questionnaire);
        var roundLabel = new Label("Round");
        roundLabel.setLabelFor(round);
        var top = new HBox(backButton, title);
        top.getStyleClass().add("consensus-header-row");
        var choices = Forms.buttonRow(questionnaireLabel, questionnaire, roundLabel, round);
        var header = new VBox(top, choices);
        header.getStyleClass().addAll("walkthrough-header", "consensus-header");
        return header;
    }

    /** A chart with Copy and Save as PNG… above it, named after the practice, round and chart. */
    private Node withActions(ChartActions charts, Node chart, String name, Node content) {
        charts.installContextMenu(chart, "results-" + name, () -> fileName(name));
        return new VBox(charts.buttons(chart, "results-" + name, () -> fileName(name)), content);
    }

    private String fileName(String chart) {
        var entry = model.roundProperty().get();
        return ResultsText.fileStem(model.practice().name() + " " + (entry == null ? "" : entry.round().label()) + " "
                + model.packIdProperty().get() + " " + chart) + ".png";
    }

    private static Tab tab(String text, String id, Node content) {
        var scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("results-scroll");
        var tab = new Tab(text, scroll);
        tab.setId(id);
        return tab;
    }

    private void show() {
        var entry = model.roundProperty().get();
        var loaded = model.loadedProperty().get();
        if (entry == null || loaded == null) {
            headline.setText(loaded != null && loaded.rounds().isEmpty() ? "This practice has no rounds yet." : "");
            return;
        }
        RoundResults results = entry.results();
        headline.setText(headline(results));
        facts.setText(factsLine());
        java.util.Arrays.fill(drawn, false);
        drawTab(tabs.getSelectionModel().getSelectedIndex());
    }

    private void drawTab(int index) {
        var entry = model.roundProperty().get();
        var loaded = model.loadedProperty().get();
        if (entry == null || loaded == null || index < 0 || drawn[index]) {
            return;
        }
        RoundResults results = entry.results();
        switch (index) {
            case 0 -> {
                radar.show(results);
                sections.show(results);
            }
            case 1 -> items.show(results);
            case 2 -> spread.show(results);
            case 3 -> heatMap.show(results, entry.namesShown());
            case 4 -> trend.show(loaded.rounds().stream().map(e -> e.round().label()).toList(), loaded.trends());
            default -> {
                if (model.comparisonProperty().get() == null) {
                    model.compare();
                }
            }
        }
        drawn[index] = true;
    }

    /** The sentence a newcomer reads first. */
    static String headline(RoundResults results) {
        if (results.people().isEmpty()) {
            return "Nobody has answered this questionnaire in this round yet.";
        }
        boolean alone = results.people().size() == 1;
        var text = new StringBuilder();
        results.overallPercent().ifPresent(p -> text.append("Overall ").append(ResultsText.percent(p)).append(". "));
        ResultsViewModel.strongest(results).ifPresent(s -> text.append("Strongest: ").append(s.section().title())
                .append(" (").append(ResultsText.percent(s.percent().getAsDouble())).append("). "));
        ResultsViewModel.weakest(results).filter(s -> !s.equals(ResultsViewModel.strongest(results).orElseThrow()))
                .ifPresent(s -> text.append("Weakest: ").append(s.section().title())
                        .append(" (").append(ResultsText.percent(s.percent().getAsDouble())).append("). "));
        if (alone) {
            return text.append("One person answered, so there is no spread of views to show.").toString();
        }
        long divided = results.items().stream().filter(d -> d.score().isDisagreement()).count();
        Optional<ItemDiscussion> widest = results.items().stream().filter(d -> d.score().isDisagreement())
                .max(java.util.Comparator.comparingDouble(d -> d.score().spread().standardDeviation()));
        String statement = widest.map(d -> d.item().statement().replaceAll("[.\\s]+$", "")).orElse("");
        text.append(divided == 0 ? "The team broadly agrees on every item."
                : String.format(Locale.UK, "The team disagrees on %d item%s, most on \u201c%s\u201d.", divided,
                        divided == 1 ? "" : "s", statement));
        return text.toString();
    }

    private String factsLine() {
        return model.facts().map(f -> {
            var parts = new java.util.ArrayList<String>();
            if (f.facts().listSize() != null) {
                parts.add(String.format(Locale.UK, "List size %,d", f.facts().listSize())
                        + (f.listSizeChange() == null ? "" : String.format(Locale.UK, " (%+,d since the round before)",
                        f.listSizeChange())));
            }
            if (f.facts().managementWte() != null) {
                parts.add("management staff " + f.facts().managementWte().stripTrailingZeros().toPlainString() + " WTE"
                        + (f.wtePerThousand().isPresent() ? String.format(Locale.UK, ", %.2f per 1,000 patients",
                        f.wtePerThousand().getAsDouble()) : ""));
            }
            return parts.isEmpty() ? "No facts recorded with this round." : String.join(" · ", parts);
        }).orElse("");
    }
}
