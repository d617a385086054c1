package org.practiceworkbook.ui;

/** Moving the window between workbooks: the person's own ones, and the demo, which lives in a file of its own. */
public interface WorkbookSwitch {

    /** Opens a fresh demo workbook in its own file; the person's own workbook is closed, untouched. */
    void openDemo();

    /** Goes back to the person's own workbook. */
    void openOwn();

    /** Whether the window is showing the demo. */
    boolean isDemo();

    /**
     * Opens another workbook in place of this one, after leaving what is open; on failure the window stays on the
     * workbook it was on and says why.
     */
    default void open(java.nio.file.Path file) {
    }

    /** Makes a new, empty workbook at a file that does not exist yet, and opens it. */
    default void create(java.nio.file.Path file) {
    }

    /**
     * Puts a backup in place of the workbook the window is on, after backing that up as it is now, and reopens it;
     * on failure the window stays on the workbook as it was and says why.
     */
    default void restore(java.nio.file.Path backup) {
    }

    /**
     * Sets ({@code current} empty), changes or removes ({@code next} empty) the password of the person's workbook
     * the window is on, closing and reopening it; on failure it is as it was and the window says why.
     */
    default void changePassword(java.util.Optional<String> current, java.util.Optional<String> next) {
    }

    /** Whether the window can move to other workbooks (the program can; a window in a test may not). */
    default boolean opensOthers() {
        return false;
    }

    /** For a window with nowhere to switch to: tests and tools that open one workbook. */
    WorkbookSwitch NONE = new WorkbookSwitch() {
        @Override
        public void openDemo() {
        }

        @Override
        public void openOwn() {
        }

        @Override
        public boolean isDemo() {
            return false;
        }
    };
}
