package org.practiceworkbook.ui.settings;

/** Where the window was and how large, in screen coordinates; its size before it was maximised, if it was. */
public record WindowBounds(double x, double y, double width, double height, boolean maximised) {
}
