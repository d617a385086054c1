package org.practiceworkbook.pack;

import java.util.List;

import org.practiceworkbook.json.InvalidJsonException;
import org.practiceworkbook.json.JsonProblem;

/** A pack that cannot be used, with every problem found in it. */
public class InvalidPackException extends InvalidJsonException {

    public InvalidPackException(List<JsonProblem> problems) {
        super(problems);
    }
}
