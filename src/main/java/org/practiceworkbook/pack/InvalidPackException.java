package org.practiceworkbook.pack;

import java.util.List;
import java.util.stream.Collectors;

/** A pack that cannot be used, with every problem found in it. */
public class InvalidPackException extends Exception {

    private final transient List<PackProblem> problems;

    public InvalidPackException(List<PackProblem> problems) {
        super(problems.stream().map(PackProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<PackProblem> problems() {
        return problems;
    }
}
