package org.practiceworkbook.json;

import java.util.List;
import java.util.stream.Collectors;

/** A JSON file that cannot be used, with every problem found in it, each at its line, column and JSON pointer. */
public class InvalidJsonException extends Exception {

    private final transient List<JsonProblem> problems;

    public InvalidJsonException(List<JsonProblem> problems) {
        super(problems.stream().map(JsonProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<JsonProblem> problems() {
        return problems;
    }

    /** The first problem alone, for a one-line message. */
    public String firstProblem() {
        return problems.isEmpty() ? getMessage() : problems.getFirst().toString()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
    }
}
