package org.practiceworkbook.questionnaire;

import java.util.regex.Pattern;

/** A pack's MAJOR.MINOR version, ordered numerically (1.10 is newer than 1.9). */
public record PackVersion(int major, int minor) implements Comparable<PackVersion> {

    private static final Pattern FORM = Pattern.compile("(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})");

    public PackVersion {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("a version number cannot be negative");
        }
    }

    public static PackVersion parse(String text) {
        if (text == null || !FORM.matcher(text).matches()) {
            throw new IllegalArgumentException("version \"" + text + "\" is not MAJOR.MINOR, for example 1.0");
        }
        int dot = text.indexOf('.');
        return new PackVersion(Integer.parseInt(text.substring(0, dot)), Integer.parseInt(text.substring(dot + 1)));
    }

    @Override
    public int compareTo(PackVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
