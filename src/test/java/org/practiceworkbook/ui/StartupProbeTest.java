package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.Main;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.Workbook;

/**
 * {@code --startup-probe} as the installer's build and the start-up benchmark run it: the whole program in a JVM of
 * its own (the toolkit starts once per JVM), on JavaFX's headless platform.
 */
class StartupProbeTest {

    @TempDir
    Path folder;

    record Run(int exit, String out, String err) {
    }

    static Run program(String... args) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Headless", "-Dprism.order=sw", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        // The program backs its workbook up on opening: into the tests' data folder, never the developer's own.
        String dataFolder = System.getProperty(org.practiceworkbook.store.WorkbookLocation.DATA_FOLDER_PROPERTY);
        if (dataFolder != null) {
            command.add(1, "-D" + org.practiceworkbook.store.WorkbookLocation.DATA_FOLDER_PROPERTY + "=" + dataFolder);
        }
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command);
        // Its settings and support log go to a data folder of the build's own, never the real one.
        builder.environment().put("XDG_DATA_HOME", Path.of("target", "startup-probe-data").toAbsolutePath().toString());
        Process process = builder.start();
        var err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        String out = read(process.getInputStream());
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the probe did not end; it printed:\n" + out);
        }
        return new Run(process.exitValue(), out, err.join());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_probe_prints_when_the_first_frame_is_shown_then_opens_the_workbook_and_exits_cleanly() throws Exception {
        Path workbook = folder.resolve("practice");

        var run = program("--workbook", workbook.toString(), "--startup-probe");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).singleElement().asString().matches("first-frame-ms: \\d+");
        // The workbook was made behind the first scene, its questionnaires stored, and closed.
        try (var opened = Workbook.open(workbook, new PackReader())) {
            assertThat(opened.packs().list()).extracting(p -> p.ref().id())
                    .contains("capacity", "skills", "governance");
        }
    }

    @Test
    void a_workbook_that_cannot_be_opened_is_named_after_the_first_frame_and_the_probe_fails() throws Exception {
        Path damaged = folder.resolve("damaged.mv.db");
        Files.write(damaged, "not a database".repeat(400).getBytes(StandardCharsets.UTF_8));

        var run = program("--workbook", damaged.toString(), "--startup-probe");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out().lines().toList()).singleElement().asString().matches("first-frame-ms: \\d+");
        assertThat(run.err()).contains(damaged + " is not a Practice Workbook workbook, or it is damaged");
    }
}
