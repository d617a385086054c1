package org.practiceworkbook.ui;

/** Moving the window between the person's own workbook and the demo, which lives in a file of its own. */
public interface WorkbookSwitch {

    /** Opens a fresh demo workbook in its own file; the person's own workbook is closed, untouched. */
    void openDemo();

    /** Goes back to the person's own workbook. */
    void openOwn();

    /** Whether the window is showing the demo. */
    boolean isDemo();

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
