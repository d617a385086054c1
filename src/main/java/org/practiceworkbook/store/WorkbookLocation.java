package org.practiceworkbook.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where workbooks live. H2 names its file {@code NAME.mv.db}; people may give the path with or without that ending.
 */
public final class WorkbookLocation {

    public static final String H2_SUFFIX = ".mv.db";
    public static final String DEFAULT_NAME = "workbook";
    public static final String DATA_FOLDER_PROPERTY = "practiceworkbook.data-folder";

    private WorkbookLocation() {
    }

    /** The per-user data folder of this platform, where the default workbook and its backups go. */
    public static Path dataFolder(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("PracticeWorkbook");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Practice Workbook");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("practice-workbook");
    }

    /**
     * The data folder; the system property {@code practiceworkbook.data-folder} puts it elsewhere, as the build does
     * for the tests, which must never write backups or settings into a developer's own data folder.
     */
    public static Path defaultDataFolder() {
        String given = System.getProperty(DATA_FOLDER_PROPERTY);
        if (given != null && !given.isBlank()) {
            return Path.of(given).toAbsolutePath();
        }
        return dataFolder(System.getProperty("os.name"), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public static Path defaultWorkbook() {
        return defaultWorkbook(defaultDataFolder());
    }

    /** The standard workbook in a data folder. */
    public static Path defaultWorkbook(Path dataFolder) {
        return dataFolder.resolve(DEFAULT_NAME + H2_SUFFIX);
    }

    /** The workbook's file, with the {@code .mv.db} ending, absolute. */
    public static Path file(Path given) {
        Path absolute = given.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        return name.endsWith(H2_SUFFIX) ? absolute : absolute.resolveSibling(name + H2_SUFFIX);
    }

    /** The path H2 wants in its URL: the file without its {@code .mv.db} ending. */
    static String h2Base(Path file) {
        String path = file.toString();
        return path.substring(0, path.length() - H2_SUFFIX.length());
    }
}
