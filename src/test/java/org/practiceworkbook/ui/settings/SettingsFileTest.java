package org.practiceworkbook.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.ui.TextSize;
import org.practiceworkbook.ui.Theme;

/** Settings kept between runs: what is saved comes back, and a spoilt file never stops the program opening. */
class SettingsFileTest {

    @TempDir
    Path folder;

    private final List<String> logged = new ArrayList<>();
    private final Logger log = Logger.getLogger(SettingsFile.class.getName());
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        log.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(handler);
    }

    @Test
    void a_first_run_has_the_defaults_and_writes_nothing() {
        assertThat(new SettingsFile(folder).load()).isEqualTo(Settings.DEFAULTS);
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void what_is_saved_comes_back_in_the_next_run_and_the_file_is_written_whole() throws IOException {
        Path riverside = folder.resolve("Riverside Ärzte.mv.db");
        var saved = Settings.DEFAULTS.withTextSize(TextSize.EXTRA_LARGE).withTheme(Theme.HIGH_CONTRAST)
                .withDefaultWorkbook(riverside).withRecent(folder.resolve("a.mv.db")).withRecent(riverside)
                .withWindow(new WindowBounds(-1900, 40.5, 1200, 800, true));

        new SettingsFile(folder.resolve("new folder")).save(saved);

        assertThat(new SettingsFile(folder.resolve("new folder")).load()).isEqualTo(saved);
        try (var files = Files.list(folder.resolve("new folder"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.properties");
        }
    }

    @Test
    void recent_workbooks_keep_the_newest_five_with_no_repeats() {
        var settings = Settings.DEFAULTS;
        for (int i = 1; i <= 7; i++) {
            settings = settings.withRecent(folder.resolve(i + ".mv.db"));
        }
        settings = settings.withRecent(folder.resolve("5.mv.db"));

        assertThat(settings.recent()).extracting(p -> p.getFileName().toString())
                .containsExactly("5.mv.db", "7.mv.db", "6.mv.db", "4.mv.db", "3.mv.db");
    }

    @Test
    void nonsense_values_fall_back_one_by_one_with_a_line_in_the_log() throws IOException {
        Files.writeString(folder.resolve("settings.properties"), """
                text-size=enormous
                theme=dark
                default-workbook=relative/path.mv.db
                recent.1=/tmp/kept.mv.db
                window.x=left
                window.y=10
                window.width=800
                window.height=600
                """);

        var loaded = new SettingsFile(folder).load();

        assertThat(loaded).isEqualTo(new Settings(TextSize.NORMAL, Theme.DARK, null, List.of(Path.of("/tmp/kept.mv.db")),
                null));
        assertThat(logged).anySatisfy(line -> assertThat(line).contains("text-size=enormous"))
                .anySatisfy(line -> assertThat(line).contains("default-workbook=relative/path.mv.db"))
                .anySatisfy(line -> assertThat(line).contains("The window's place"));
    }

    @Test
    void a_corrupt_or_unreadable_file_gives_the_defaults_and_a_log_line_never_a_crash() throws IOException {
        Path file = folder.resolve("settings.properties");
        Files.write(file, new byte[] {'t', 'h', 'e', 'm', 'e', '=', (byte) 0xff, (byte) 0xfe, 0, 1});
        assertThat(new SettingsFile(folder).load()).isEqualTo(Settings.DEFAULTS);

        Files.writeString(file, "theme=\\uZZZZ", StandardCharsets.UTF_8);
        assertThat(new SettingsFile(folder).load()).isEqualTo(Settings.DEFAULTS);

        Files.delete(file);
        Files.createDirectory(file);
        assertThat(new SettingsFile(folder).load()).isEqualTo(Settings.DEFAULTS);

        assertThat(logged).hasSize(3).allSatisfy(line -> assertThat(line)
                .startsWith("The settings in " + file + " cannot be read").endsWith("using the defaults"));
    }

    @Test
    void a_window_finding_its_settings_damaged_keeps_the_file_aside_and_says_so_so_a_save_cannot_erase_the_choices()
            throws IOException {
        Path file = folder.resolve("settings.properties");
        byte[] damaged = {'d', 'e', 'f', 'a', 'u', 'l', 't', '-', 'w', '=', (byte) 0xff, (byte) 0xfe};
        Files.write(file, damaged);

        var settings = new RememberedSettings(new SettingsFile(folder), Runnable::run);

        assertThat(settings.current()).isEqualTo(Settings.DEFAULTS);
        Path aside = folder.resolve("settings.properties.damaged");
        assertThat(settings.note()).hasValueSatisfying(note -> assertThat(note)
                .startsWith("Your settings in " + file + " could not be read (")
                .contains("The file was kept as " + aside, "choose it again in File > Settings…"));
        assertThat(aside).hasBinaryContent(damaged);

        settings.change(s -> s.withTextSize(TextSize.LARGE));
        assertThat(aside).as("kept through the next save").hasBinaryContent(damaged);
        assertThat(new SettingsFile(folder).load().textSize()).isEqualTo(TextSize.LARGE);
    }

    @Test
    void a_workbook_to_open_at_start_that_is_not_a_full_path_is_said_to_the_person() throws IOException {
        Files.writeString(folder.resolve("settings.properties"), "default-workbook=workbooks/riverside.mv.db\n");

        var settings = new RememberedSettings(new SettingsFile(folder), Runnable::run);

        assertThat(settings.note()).hasValue("The workbook to open at start in " + folder.resolve("settings.properties")
                + ", workbooks/riverside.mv.db, is not a full path, so it was not opened. Choose it again in File > "
                + "Settings…");
        assertThat(new RememberedSettings(new SettingsFile(folder.resolve("none")), Runnable::run).note()).isEmpty();
    }

    @Test
    void a_setting_that_cannot_be_saved_is_logged_and_kept_for_this_run() throws IOException {
        Path blocked = Files.writeString(folder.resolve("not a folder"), "a file where the data folder should be");
        var settings = new RememberedSettings(new SettingsFile(blocked), Runnable::run);

        settings.change(s -> s.withTheme(Theme.DARK));

        assertThat(settings.current().theme()).isEqualTo(Theme.DARK);
        assertThat(Files.readString(blocked)).isEqualTo("a file where the data folder should be");
    }

    @Test
    void the_idle_time_before_locking_is_kept_and_is_off_when_never_chosen() {
        var file = new SettingsFile(folder);
        assertThat(file.load().lockAfter()).isZero();

        file.save(Settings.DEFAULTS.withLockAfter(15).withTheme(Theme.DARK));

        assertThat(new SettingsFile(folder).load().lockAfter()).isEqualTo(15);
        assertThat(new SettingsFile(folder).load().withTextSize(TextSize.LARGE).lockAfter()).isEqualTo(15);
    }
}
