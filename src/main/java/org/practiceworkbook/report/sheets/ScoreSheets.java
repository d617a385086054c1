package org.practiceworkbook.report.sheets;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.exchange.AtomicFile;
import org.practiceworkbook.questionnaire.Item;
import org.practiceworkbook.questionnaire.Questionnaire;
import org.practiceworkbook.store.Workbook;

/**
 * Blank score sheets as a PDF, for people to fill in by hand before or at an away-day: the newest version of a
 * questionnaire the workbook holds. For a practice, the sheets hold the items that apply to it, numbered exactly as
 * its paper-entry grid numbers them; for no practice in particular, every item, those for some practices only marked.
 */
public final class ScoreSheets {

    /** What was written: the file, the questionnaire's title and how many items the sheets hold. */
    public record Summary(Path file, String title, int items) {
    }

    private final Workbook workbook;

    public ScoreSheets(Workbook workbook) {
        this.workbook = workbook;
    }

    /**
     * @param practice the practice whose grid the numbering follows, or null for every item
     * @throws InvalidInputException when the workbook holds no questionnaire with this id
     */
    public byte[] pdf(String packId, Practice practice) {
        Questionnaire questionnaire = questionnaire(packId);
        return ScoreSheetDocument.draw(questionnaire, items(questionnaire, practice),
                practice == null ? null : practice.name());
    }

    /**
     * Writes the sheets, whole or not at all.
     *
     * @throws InvalidInputException for an unknown questionnaire, a file that exists and may not be replaced, or one
     *                               that cannot be written; nothing is then written
     */
    public Summary write(String packId, Practice practice, Path file, boolean replace) {
        AtomicFile.refuseIfExists(file, replace);
        Questionnaire questionnaire = questionnaire(packId);
        List<Item> items = items(questionnaire, practice);
        byte[] pdf = ScoreSheetDocument.draw(questionnaire, items, practice == null ? null : practice.name());
        AtomicFile.write(file, pdf, replace);
        return new Summary(file.toAbsolutePath(), questionnaire.title(), items.size());
    }

    /** {@code riverside-surgery-capacity-score-sheets.pdf}, or {@code capacity-score-sheets.pdf} for no practice. */
    public static String suggestedFileName(String packId, Practice practice) {
        String words = (practice == null ? "" : practice.name() + " ") + packId + " score sheets";
        String plain = Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + ".pdf";
    }

    private Questionnaire questionnaire(String packId) {
        return workbook.packs().latest(packId).map(workbook.packs()::load).orElseThrow(() -> new InvalidInputException(
                "pack", "the workbook holds no questionnaire \"" + packId + "\"; it holds " + String.join(", ",
                        workbook.packs().list().stream().map(p -> p.ref().id()).distinct().toList())
                        + " (see: packs list)"));
    }

    /** The items the paper grid shows for the practice, in its order; every item for no practice. */
    static List<Item> items(Questionnaire questionnaire, Practice practice) {
        return questionnaire.items().filter(item -> practice == null
                || item.appliesTo().appliesTo(practice.applicabilityTokens())).toList();
    }
}
