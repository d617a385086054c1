package org.practiceworkbook.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the user guide from the program's resources. The guide is plain text in a tiny format, so that anyone can
 * edit it without a web view (which would add tens of megabytes to the program):
 *
 * <ul>
 *   <li>{@code guide/contents.txt} names the pages in order, one file name a line; lines starting {@code #} are
 *       comments.</li>
 *   <li>A page's first line is {@code # Title}. {@code ## Heading} starts a part of the page.</li>
 *   <li>Text lines form paragraphs; a blank line ends a paragraph. A line starting {@code - } is one point of a
 *       list (its following lines, indented, carry on the same point).</li>
 *   <li>{@code **words**} are shown in bold: menu names, buttons and keys.</li>
 * </ul>
 *
 * A mistake in a page (no title, an unclosed {@code **}) is reported with the file and line.
 */
public final class GuideText {

    static final String FOLDER = "/org/practiceworkbook/ui/help/guide/";

    private GuideText() {
    }

    /** Every page named in the contents, in order. */
    public static List<GuidePage> load() {
        var pages = new ArrayList<GuidePage>();
        for (String line : read("contents.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                pages.add(parse(name, read(name)));
            }
        }
        return pages;
    }

    private static String read(String name) {
        try (InputStream in = GuideText.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("The user guide has no page " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one page; {@code name} is its file name, said in any error. */
    static GuidePage parse(String name, String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].startsWith("# ") || lines[0].substring(2).isBlank()) {
            throw new IllegalArgumentException(name + " line 1: a page starts with its title, as '# Title'");
        }
        var blocks = new ArrayList<GuidePage.Block>();
        var paragraph = new StringBuilder();
        boolean bullet = false;
        int paragraphStart = 0;
        for (int i = 1; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            boolean continues = !line.isBlank() && !line.startsWith("## ") && !line.startsWith("- ")
                    && !line.startsWith("# ");
            if (continues && !paragraph.isEmpty()) {
                paragraph.append(' ').append(line.strip());
                continue;
            }
            if (!paragraph.isEmpty()) {
                blocks.add(new GuidePage.Paragraph(spans(name, paragraphStart, paragraph.toString()), bullet));
                paragraph.setLength(0);
            }
            if (line.startsWith("# ")) {
                throw new IllegalArgumentException(name + " line " + (i + 1)
                        + ": only the first line is a title; use '## ' for a heading");
            } else if (line.startsWith("## ")) {
                blocks.add(new GuidePage.Heading(line.substring(3).strip()));
            } else if (!line.isBlank()) {
                bullet = line.startsWith("- ");
                paragraph.append((bullet ? line.substring(2) : line).strip());
                paragraphStart = i + 1;
            }
        }
        String id = name.replaceFirst("\\.txt$", "").replaceFirst("^\\d+-", "");
        return new GuidePage(id, lines[0].substring(2).strip(), blocks);
    }

    private static List<GuidePage.Span> spans(String name, int line, String text) {
        String[] parts = text.split("\\*\\*", -1);
        if (parts.length % 2 == 0) {
            throw new IllegalArgumentException(name + " line " + line + ": a '**' is not closed in \""
                    + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"");
        }
        var spans = new ArrayList<GuidePage.Span>();
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                spans.add(new GuidePage.Span(parts[i], i % 2 == 1));
            }
        }
        return spans;
    }
}
