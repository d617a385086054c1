package org.practiceworkbook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering the brief asks for, kept by the build: the core knows nothing of windows, databases or files. */
@AnalyzeClasses(packages = "org.practiceworkbook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule core_knows_nothing_of_javafx_jdbc_json_or_files = noClasses()
            .that().resideInAnyPackage("..assessment..", "..questionnaire..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..", "org.h2..",
                    "org.flywaydb..", "com.fasterxml..", "java.nio.file..", "java.io..", "org.practiceworkbook.store..",
                    "org.practiceworkbook.ui..", "org.practiceworkbook.cli..", "org.practiceworkbook.pack..");

    @ArchTest
    static final ArchRule views_never_touch_sql = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..");

    @ArchTest
    static final ArchRule the_store_knows_nothing_of_views_or_the_command_line = noClasses()
            .that().resideInAnyPackage("..store..", "..pack..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.practiceworkbook.ui..",
                    "org.practiceworkbook.cli..");

    /** Settings the command line reads too: the window's classes (and JavaFX) must never come with them. */
    @ArchTest
    static final ArchRule settings_are_read_without_the_window = noClasses()
            .that().resideInAPackage("org.practiceworkbook.settings..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.practiceworkbook.ui..",
                    "org.practiceworkbook.cli..", "com.fasterxml..");

    /** The window is handed to the command line from Main (WindowLauncher, ChartRenderer), never reached into. */
    @ArchTest
    static final ArchRule the_command_line_knows_nothing_of_the_window = noClasses()
            .that().resideInAPackage("org.practiceworkbook.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.practiceworkbook.ui..");

    @ArchTest
    static final ArchRule the_pdf_layer_knows_nothing_of_practices = noClasses()
            .that().resideInAPackage("org.practiceworkbook.report.pdf..")
            .should().dependOnClassesThat().resideInAnyPackage("org.practiceworkbook.assessment..",
                    "org.practiceworkbook.store..", "org.practiceworkbook.questionnaire..");

    @ArchTest
    static final ArchRule the_demo_is_written_through_the_store_never_sql_or_the_window = noClasses()
            .that().resideInAPackage("..demo..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..", "org.h2..",
                    "org.flywaydb..", "org.practiceworkbook.ui..", "org.practiceworkbook.cli..");

    @ArchTest
    static final ArchRule documents_are_made_without_the_window_or_sql = noClasses()
            .that().resideInAnyPackage("org.practiceworkbook.spreadsheet..", "org.practiceworkbook.report..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..", "org.h2..",
                    "org.flywaydb..", "org.practiceworkbook.ui..", "org.practiceworkbook.cli..");

    @ArchTest
    static final ArchRule only_the_command_line_writes_to_standard_output = noClasses()
            .that().resideOutsideOfPackages("..cli..", "org.practiceworkbook")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");
}
