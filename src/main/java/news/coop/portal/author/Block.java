package news.coop.portal.author;

import java.util.List;

/** One block of a press release's text, written as Markdown that shows it literally ({@link MarkdownText}). Immutable. */
public sealed interface Block {
    /** The block as Markdown, without a trailing newline. */
    String markdown();

    /** The block's texts as a reader sees them: the paragraph, each item, each quoted paragraph. */
    List<String> texts();

    /** A paragraph, its lines joined into one. */
    record Paragraph(String text) implements Block {
        @Override
        public String markdown() {
            return MarkdownText.paragraph(text);
        }

        @Override
        public List<String> texts() {
            return List.of(text);
        }
    }

    /** A bulleted or numbered list; {@code start} is the first number of a numbered one. */
    record Items(boolean ordered, int start, List<String> items) implements Block {
        public Items {
            items = List.copyOf(items);
        }

        @Override
        public String markdown() {
            return MarkdownText.list(ordered, start, items);
        }

        @Override
        public List<String> texts() {
            return items;
        }
    }

    /** A quotation of one or more paragraphs, with the quote marks the release wrote, if any. */
    record Quotation(List<String> paragraphs) implements Block {
        public Quotation {
            paragraphs = List.copyOf(paragraphs);
        }

        @Override
        public String markdown() {
            return MarkdownText.quotation(paragraphs);
        }

        @Override
        public List<String> texts() {
            return paragraphs;
        }
    }
}
