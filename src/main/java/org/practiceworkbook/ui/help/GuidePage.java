package org.practiceworkbook.ui.help;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** One page of the user guide: a title and its blocks of text, in order. */
public record GuidePage(String id, String title, List<Block> blocks) {

    public GuidePage {
        blocks = List.copyOf(blocks);
    }

    /** A run of words, in bold or not. */
    public record Span(String text, boolean strong) {
    }

    /** What a page is made of. */
    public sealed interface Block {
        /** The words of the block, for searching. */
        String plainText();
    }

    /** A heading within the page. */
    public record Heading(String text) implements Block {
        @Override
        public String plainText() {
            return text;
        }
    }

    /** A paragraph, or one point of a list when {@code bullet} is set. */
    public record Paragraph(List<Span> spans, boolean bullet) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }

        @Override
        public String plainText() {
            return spans.stream().map(Span::text).collect(Collectors.joining());
        }
    }

    /** A key (or keys) and what it does: a row of a shortcuts table. */
    public record KeyRow(String keys, String action) implements Block {
        @Override
        public String plainText() {
            return keys + " " + action;
        }
    }

    /** Whether every word of a search appears somewhere on the page, in any case. */
    public boolean matches(String search) {
        String text = (title + "\n" + blocks.stream().map(Block::plainText).collect(Collectors.joining("\n")))
                .toLowerCase(Locale.ROOT);
        for (String word : search.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (!word.isEmpty() && !text.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
