package org.practiceworkbook.assessment;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Enums our files and command line name by a lower-case token ("gp-partner"): read one way, refused in one voice. */
final class Tokens {

    private Tokens() {
    }

    /** Accepts the token or the constant's name, in any case; otherwise names the field and every allowed token. */
    static <E> E parse(E[] values, Function<E, String> token, String text, String field) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values).filter(v -> token.apply(v).equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "unknown " + field + " \"" + text
                        + "\"; use one of: " + list(values, token)));
    }

    static <E> String list(E[] values, Function<E, String> token) {
        return Arrays.stream(values).map(token).collect(Collectors.joining(", "));
    }
}
