package org.practiceworkbook.report.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width, at spaces; a word too long for the width (a web address, say) is broken
 * between characters rather than running past the edge. Line breaks in the text are kept.
 */
final class TextLines {

    private TextLines() {
    }

    static List<String> wrap(PdfFonts fonts, String text, TextStyle style, float width) {
        var lines = new ArrayList<String>();
        for (String paragraph : (text == null ? "" : text).split("\\R", -1)) {
            wrapParagraph(fonts, fonts.drawable(paragraph).strip().replaceAll(" {2,}", " "), style, width, lines);
        }
        return lines;
    }

    private static void wrapParagraph(PdfFonts fonts, String paragraph, TextStyle style, float width,
                                      List<String> lines) {
        if (paragraph.isEmpty()) {
            lines.add("");
            return;
        }
        var line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fits(fonts, candidate, style, width)) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (!fits(fonts, rest, style, width)) {
                int cut = longestFittingPrefix(fonts, rest, style, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
    }

    private static boolean fits(PdfFonts fonts, String text, TextStyle style, float width) {
        return fonts.width(text, style.bold(), style.size()) <= width;
    }

    /** At least one character (or surrogate pair), so even an absurdly narrow column makes progress. */
    private static int longestFittingPrefix(PdfFonts fonts, String word, TextStyle style, float width) {
        int cut = word.offsetByCodePoints(0, 1);
        while (cut < word.length()) {
            int next = word.offsetByCodePoints(cut, 1);
            if (!fits(fonts, word.substring(0, next), style, width)) {
                break;
            }
            cut = next;
        }
        return cut;
    }
}
