package org.practiceworkbook.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.common.Feedback;

/** Long work with workbook files shows that it is under way, and says when it has ended, however it ends. */
class WorkbookFileViewModelTest {

    @TempDir
    Path folder;

    @Test
    void reading_a_file_shows_work_under_way_until_it_is_read_or_refused() throws Exception {
        Deque<Runnable> worker = new ArrayDeque<>();
        var feedback = new Feedback();
        try (Workbook workbook = Workbook.open(folder.resolve("w"), new PackReader())) {
            var model = new WorkbookFileViewModel(workbook, new BackgroundTasks(worker::add, Runnable::run), feedback,
                    Clock.systemUTC());
            Path broken = folder.resolve("broken.pwb");
            Files.writeString(broken, "{ not json");

            model.preview(broken, preview -> { });
            assertThat(feedback.busyProperty().get()).isTrue();
            assertThat(feedback.messageProperty().get()).isEqualTo("Reading and checking broken.pwb…");

            worker.pop().run();
            assertThat(feedback.busyProperty().get()).isFalse();
            assertThat(feedback.problemProperty().get()).isTrue();
            assertThat(feedback.messageProperty().get()).startsWith("The file broken.pwb was not imported, and nothing "
                    + "changed: " + broken + ":1:3: /: JSON syntax error");
        }
    }
}
