package org.practiceworkbook.ui;

/** How large the whole interface is drawn: for a projector, or for people who need larger text. */
public enum TextSize {
    NORMAL("Normal", "text-normal"),
    LARGE("Large", "text-large"),
    EXTRA_LARGE("Extra large", "text-extra-large");

    private final String label;
    private final String styleClass;

    TextSize(String label, String styleClass) {
        this.label = label;
        this.styleClass = styleClass;
    }

    public String label() {
        return label;
    }

    public String styleClass() {
        return styleClass;
    }
}
