package org.practiceworkbook.cli;

import java.util.Locale;
import java.util.Stack;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Takes a bare file path, as a file manager passes one ({@code practice-workbook /path/x.pwr}), only when it names a
 * file the window opens: a response file or a workbook file. Anything else is a mistyped command, and is reported as
 * one, with the commands it may have meant.
 */
final class FileToOpen implements CommandLine.IParameterConsumer {

    static final String RESPONSES = ".pwr";
    static final String WORKBOOK_FILE = ".pwb";

    static boolean opensInWindow(String argument) {
        String name = argument.toLowerCase(Locale.ROOT);
        return name.endsWith(RESPONSES) || name.endsWith(WORKBOOK_FILE);
    }

    @Override
    public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
        if (args.isEmpty() || !opensInWindow(args.peek())) {
            throw new CommandLine.UnmatchedArgumentException(commandSpec.commandLine(), args);
        }
        argSpec.setValue(java.nio.file.Path.of(args.pop()));
    }
}
