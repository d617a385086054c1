package org.practiceworkbook.cli;

import java.util.concurrent.Callable;

import org.practiceworkbook.demo.DemoSummary;
import org.practiceworkbook.demo.DemoWorkbook;
import org.practiceworkbook.store.Workbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Fill an empty or new workbook with a fictional practice to explore or train with:",
                "Riverside Surgery, two rounds, six people's answers, consensus and an action plan."})
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    WorkbookCommand top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // A new file is the usual place for the demo, so it is created; one holding practices is refused unchanged.
        try (Workbook workbook = top.openWorkbook()) {
            DemoSummary made = DemoWorkbook.fill(workbook);
            spec.commandLine().getOut().println("Made the demo workbook at " + workbook.file() + ": "
                    + made.practiceName() + ", " + made.rounds() + " rounds, " + made.respondents() + " respondents, "
                    + made.answers() + " answers, " + made.actions() + " actions");
        }
        return 0;
    }
}
