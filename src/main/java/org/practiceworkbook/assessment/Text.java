package org.practiceworkbook.assessment;

/** Small rules for free text that people type. */
final class Text {

    private Text() {
    }

    static String collapseSpaces(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    static String blankToNull(String text, String field, int maxLength) {
        String collapsed = collapseSpaces(text);
        if (collapsed.isEmpty()) {
            return null;
        }
        if (collapsed.length() > maxLength) {
            throw new InvalidInputException(field, "the " + field + " is longer than " + maxLength + " characters");
        }
        return collapsed;
    }
}
