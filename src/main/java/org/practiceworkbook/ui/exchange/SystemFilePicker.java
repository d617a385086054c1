package org.practiceworkbook.ui.exchange;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's own open and save dialogs, starting where the person last was. */
public final class SystemFilePicker implements FilePicker {

    private File lastFolder;

    @Override
    public Optional<Path> open(Window owner, String title, FileType type) {
        File chosen = chooser(title, type).showOpenDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }

    @Override
    public List<Path> openMany(Window owner, String title, FileType type) {
        List<File> chosen = chooser(title, type).showOpenMultipleDialog(owner);
        if (chosen == null || chosen.isEmpty()) {
            return List.of();
        }
        lastFolder = chosen.getFirst().getParentFile();
        return chosen.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> saveAs(Window owner, String title, String suggestedName, FileType type) {
        FileChooser chooser = chooser(title, type);
        chooser.setInitialFileName(suggestedName);
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        String name = chosen.getName();
        // Some systems' dialogs do not add the ending the filter names; a file without it is hard to find again.
        return Optional.of(name.endsWith(type.extension()) ? chosen.toPath()
                : chosen.toPath().resolveSibling(name + type.extension()));
    }

    private FileChooser chooser(String title, FileType type) {
        var chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(type.description() + " (*" + type.extension() + ")", "*" + type.extension()),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }
}
