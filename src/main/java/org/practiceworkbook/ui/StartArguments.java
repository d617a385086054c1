package org.practiceworkbook.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;

import javafx.application.Application;

/** What the command line asked of the window, carried through JavaFX's launch as named parameters. */
record StartArguments(Path workbook, boolean workbookGiven, Optional<Path> file) {

    static String[] of(Path workbook, boolean workbookGiven, Path file) {
        var args = new ArrayList<String>();
        args.add("--workbook=" + workbook);
        args.add("--workbook-given=" + workbookGiven);
        if (file != null) {
            args.add("--open=" + file);
        }
        return args.toArray(String[]::new);
    }

    static StartArguments read(Application.Parameters parameters) {
        var named = parameters.getNamed();
        return new StartArguments(Path.of(named.get("workbook")), !"false".equals(named.get("workbook-given")),
                Optional.ofNullable(named.get("open")).map(Path::of));
    }
}
