package org.practiceworkbook.questionnaire;

import java.util.List;

/** Whose a pack is and on what terms it may be reproduced. Optional parts are null when absent. */
public record Authorship(List<String> authors, String organisation, String licence, String conditions, String source) {

    public Authorship {
        authors = List.copyOf(authors);
    }
}
