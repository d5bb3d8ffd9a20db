package news.coop.portal.load;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Pattern;

/**
 * Link destinations in angle brackets as CommonMark reads them since 0.29: with spaces,
 * {@code [the annual report](<annual report.pdf>)}, the way to link a file whose name has one. flexmark
 * 0.64 follows 0.28, which allows no space there, and reads {@code <annual report.pdf>} as a raw HTML
 * element instead. (Its option {@code SPACE_IN_LINK_URLS} would allow spaces in a destination without
 * brackets too, against the specification, and take the title of {@code [x](a.pdf (title))} into the address.)
 *
 * <p>A flexmark extension in flexmark's own shape: a custom inline parser whose destinations in brackets
 * may hold any character but a line end and an unescaped {@code <} or {@code >}; every other destination,
 * and everything else, is flexmark's own. Thread-safe: flexmark makes one inline parser per parse.
 */
final class AngleDestinations implements Parser.ParserExtension {
    /** CommonMark 0.31, 6.3: "<", then no line ending and no unescaped "<" or ">", then ">". */
    private static final Pattern IN_BRACKETS = Pattern.compile("^<(?:[^<>\\\\\\n]|\\\\[^\\n])*>");

    private AngleDestinations() {
    }

    static AngleDestinations create() {
        return new AngleDestinations();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // No options of its own.
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserFactory((options, special, delimiters, processors, references, extensions) ->
                new InlineParserImpl(options, special, delimiters, processors, references, extensions) {
                    @Override
                    public BasedSequence parseLinkDestination() {
                        BasedSequence inBrackets = peek() == '<' ? match(IN_BRACKETS) : null;
                        return inBrackets != null ? inBrackets : super.parseLinkDestination();
                    }
                });
        // flexmark reads reference definitions ([id]: <a b.pdf>) with its own inline parser's factory only: with ours, it is added here.
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(builder)) {
            builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
    }
}
