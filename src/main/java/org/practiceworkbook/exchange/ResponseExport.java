package org.practiceworkbook.exchange;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.questionnaire.PackRef;
import org.practiceworkbook.store.Workbook;

/** Gathers one person's answers to one questionnaire in one round into a response file. */
public final class ResponseExport {

    private final Workbook workbook;
    private final Clock clock;

    public ResponseExport(Workbook workbook, Clock clock) {
        this.workbook = workbook;
        this.clock = clock;
    }

    /**
     * @throws InvalidInputException when the person has answered nothing in that questionnaire
     */
    public ResponseFile export(Respondent respondent, String packId) {
        Round round = workbook.rounds().find(respondent.roundId())
                .orElseThrow(() -> new InvalidInputException("round", "the round is no longer in the workbook"));
        Practice practice = workbook.practices().find(round.practiceId()).orElseThrow();
        PackRef version = workbook.rounds().questionnaires(round.id()).stream()
                .filter(ref -> ref.id().equals(packId)).findFirst()
                .orElseThrow(() -> nothingAnswered(respondent, packId, round));
        List<Answer> answers = workbook.answers().forRespondent(respondent.id(), packId).values().stream()
                .sorted(Comparator.comparing(Answer::itemId)).toList();
        if (answers.isEmpty()) {
            throw nothingAnswered(respondent, packId, round);
        }
        return new ResponseFile(clock.instant(), UUID.randomUUID(), version, practice.name(), practice.odsCode(),
                practice.model(), round.label(), round.date(), respondent.publicId(), respondent.name(),
                respondent.role(), answers);
    }

    /** The questionnaires this person has answered anything in, for choosing what to export. */
    public List<String> packsAnswered(Respondent respondent) {
        return workbook.answers().packsAnswered(respondent.id());
    }

    /** A file name that says whose answers these are: {@code riverside-surgery-baseline-sam-patel-capacity.pwr}. */
    public static String suggestedFileName(ResponseFile file) {
        return slug(file.practiceName() + " " + file.roundLabel() + " " + file.respondentDisplayName() + " "
                + file.pack().id()) + ResponseFile.EXTENSION;
    }

    private static String slug(String text) {
        String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static InvalidInputException nothingAnswered(Respondent respondent, String packId, Round round) {
        return new InvalidInputException("questionnaire", respondent.displayName() + " has not answered \"" + packId
                + "\" in " + round.label() + " yet, so there is nothing to export");
    }
}
