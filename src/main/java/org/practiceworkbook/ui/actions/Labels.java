package org.practiceworkbook.ui.actions;

import java.util.function.Function;

import javafx.util.StringConverter;

/** Shows a choice by its label in words, for combo boxes whose values are only ever chosen, never typed. */
final class Labels {

    private Labels() {
    }

    static <T> StringConverter<T> of(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("chosen from the list, never typed");
            }
        };
    }
}
