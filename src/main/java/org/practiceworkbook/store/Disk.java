package org.practiceworkbook.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a workbook's file is reached: the H2 file system it is opened through, and how the program decides whether it
 * may write there. The one seam for disk trouble: tests reach the file through a disk that fails on command, or say
 * a folder is read-only where (running as root) it would still be writable.
 *
 * @param h2Scheme the H2 file-system prefix put before the file's path in its URL, "file:" for the real disk
 * @param writable whether the workbook's file (or, for a new one, its folder) may be written
 */
public record Disk(String h2Scheme, WritableCheck writable) {

    /** Decides whether a workbook can be changed where it lies. */
    @FunctionalInterface
    public interface WritableCheck {
        boolean canWrite(Path file);
    }

    /**
     * The real disk. A workbook is read-only when its file, or the folder holding it, cannot be written: H2 writes
     * beside the file (temporary and trace files) as well as into it.
     */
    public static final Disk LOCAL = new Disk("file:", file -> Files.exists(file)
            ? Files.isWritable(file) && Files.isWritable(file.getParent())
            : Files.isWritable(file.getParent()));

    /** The same disk, with another way of deciding what is read-only. */
    public Disk withWritable(WritableCheck check) {
        return new Disk(h2Scheme, check);
    }
}
