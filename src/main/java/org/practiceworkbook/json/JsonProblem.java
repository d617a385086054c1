package org.practiceworkbook.json;

/**
 * One thing wrong with a pack, where it is: prints as {@code FILE:LINE:COLUMN: POINTER: message}, the form editors
 * and build tools recognise. {@code pointer} is a JSON pointer ("/sections/2/items/4/id"); "" is the whole file.
 */
public record JsonProblem(String source, int line, int column, String pointer, String message) {

    @Override
    public String toString() {
        return source + ":" + line + ":" + column + ": " + (pointer.isEmpty() ? "/" : pointer) + ": " + message;
    }
}
