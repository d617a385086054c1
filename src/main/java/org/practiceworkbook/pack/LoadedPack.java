package org.practiceworkbook.pack;

import org.practiceworkbook.questionnaire.Questionnaire;

/**
 * A pack that passed every check: the questionnaire, and its content in canonical JSON (keys sorted, no spacing)
 * with that content's SHA-256, so two copies of one id and version can be told apart.
 */
public record LoadedPack(Questionnaire questionnaire, String canonicalJson, String contentHash) {
}
