package news.coop.portal.load;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.delimiter.AsteriskDelimiterProcessor;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.core.delimiter.UnderscoreDelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterRun;
import com.vladsch.flexmark.util.ast.DelimitedNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * What keeps flexmark's worst cases from hanging or crashing a build: a time allowance for reading one
 * text, and a limit on nesting.
 *
 * <p><b>Time.</b> flexmark takes time that grows with the square of a paragraph's length for some
 * patterns: thousands of unclosed brackets, backticks or asterisks, or a table of many thousand rows
 * (25,000 characters of {@code [ (](} take 15 s, a megabyte hours). The text is handed to flexmark as a
 * {@link TimedText}, which checks the reading thread's processor time every few thousand characters
 * read; the emphasis delimiters, which flexmark pairs up without reading characters, check it too
 * ({@link Extension}). Past its {@link #allowance}, reading stops with {@link TooSlow}, which names the
 * place it had reached. Processor time, not the clock: a busy machine does not make a text too slow.
 * The allowance grows with the text: the densest Markdown of {@link SourceText#MAX_BYTES} (a link, code,
 * emphasis and quotes in every sentence) reads in about 2 s on a cold JVM, a fifth of its allowance, and
 * a news item of a few pages in milliseconds.
 *
 * <p><b>Nesting.</b> flexmark parses and renders nested lists, quotations and emphasis by recursion:
 * 5,000 levels overflow a thread's stack. Texts are read on threads with a {@link #STACK large stack},
 * so that a deeply nested text is read and then refused at its place ({@link #tooDeep}); deeper than
 * even that stack allows, the overflow itself is the refusal.
 */
final class ReadingLimits {
    /** The processor time any text may take to read and render, before {@link #TIME_PER_CHARACTER} is added. */
    static final Duration TIME = Duration.ofSeconds(2);
    /** The time a text may take more for each of its characters: 10 s more for the largest source. */
    static final Duration TIME_PER_CHARACTER = Duration.ofNanos(20_000);
    /** The most lists, quotations, emphasis and links one inside another; real texts use a few. */
    static final int MAX_DEPTH = 32;
    /**
     * The stack of the threads that read texts: tens of thousands of levels before it overflows, also
     * while flexmark still runs interpreted in a fresh JVM (every {@code portal build}), whose frames are
     * several times larger than compiled ones: with 64 MB the first pathological paragraph of a run
     * overflowed before its time was up and was refused as nested too deep at the text's first line.
     * Only the pages a thread touches are committed.
     */
    static final long STACK = 256L << 20;
    /** How many characters are read between two looks at the time. */
    private static final int CHECK_EVERY = 4096;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ReadingLimits() {
    }

    /** The processor time a text of {@code length} characters may take to read and render. */
    static Duration allowance(int length) {
        return TIME.plus(TIME_PER_CHARACTER.multipliedBy(length));
    }

    /** Thrown on the reading thread when a text has taken its time; {@code offset} is where reading had got to. */
    static final class TooSlow extends RuntimeException {
        private final int offset;

        TooSlow(int offset) {
            super("reading took too long", null, false, false);
            this.offset = offset;
        }

        int offset() {
            return offset;
        }
    }

    /**
     * A text as flexmark reads it (flexmark keeps the sequence it is given and reads it through
     * {@link #charAt}). Until {@link #finish()}, reading it past its time throws {@link TooSlow}; after,
     * it is a plain text that the rendering stages may read from any thread.
     */
    static final class TimedText implements CharSequence {
        private final String text;
        private final long deadline;
        private int reads;
        private volatile boolean finished;

        /** A text to be read from now on, on this thread, within {@code allowance}. */
        TimedText(String text, Duration allowance) {
            this.text = text;
            this.deadline = now() + allowance.toNanos();
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (++reads % CHECK_EVERY == 0) {
                check(index);
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }

        /** Throws {@link TooSlow} when the time is up, naming {@code offset}. */
        void check(int offset) {
            if (!finished && now() > deadline) {
                throw new TooSlow(offset);
            }
        }

        /** Reading is over: no more checks. */
        void finish() {
            finished = true;
        }

        private static long now() {
            return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
        }
    }

    /**
     * The first node nested deeper than {@link #MAX_DEPTH} levels, in document order, or {@code null}.
     * A level is a list, a quotation, an emphasis (or strike-through) or a link: what can hold itself.
     * Walks the tree without recursion.
     */
    static Node tooDeep(Document document) {
        Node node = document.getFirstChild();
        int above = 0;
        while (node != null) {
            if (isLevel(node) && above + 1 > MAX_DEPTH) {
                return node;
            }
            Node child = node.getFirstChild();
            if (child != null) {
                above += isLevel(node) ? 1 : 0;
                node = child;
                continue;
            }
            while (node.getNext() == null) {
                node = node.getParent();
                if (node == null || node == document) {
                    return null;
                }
                above -= isLevel(node) ? 1 : 0;
            }
            node = node.getNext();
        }
        return null;
    }

    /**
     * The offset of the first list marker or {@code >} that opens a level past {@link #MAX_DEPTH} on one
     * line ({@code - - - - …}, {@code > > > …}, {@code 1. 1. …}), or -1. flexmark takes time that grows
     * faster than the square of such a line's levels, so this is looked for before it reads the text.
     */
    static int tooDeepLine(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int levels = 0;
            // A line of one of - * _ and spaces is a rule (- - - - …), not lists: flexmark reads it as such.
            int i = THEMATIC_BREAK.matcher(text).region(start, end).matches() ? end : start;
            while (i < end) {
                while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                    i++;
                }
                int marker = i;
                if (i < end && text.charAt(i) == '>') {
                    i++;
                } else if (i < end && "-+*".indexOf(text.charAt(i)) >= 0 && (i + 1 == end || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
                    i++;
                } else {
                    int digits = 0;
                    while (i < end && digits < 10 && Character.isDigit(text.charAt(i))) {
                        i++;
                        digits++;
                    }
                    if (digits == 0 || digits > 9 || i == end || (text.charAt(i) != '.' && text.charAt(i) != ')')) {
                        break;
                    }
                    i++;
                }
                if (++levels > MAX_DEPTH) {
                    return marker;
                }
            }
            start = end + 1;
        }
        return -1;
    }

    private static final Pattern THEMATIC_BREAK = Pattern.compile("[ \\t>]*([-*_])([ \\t]*\\1){2,}[ \\t]*");

    private static boolean isLevel(Node node) {
        return node instanceof ListBlock || node instanceof BlockQuote || node instanceof DelimitedNode || node instanceof LinkNodeBase;
    }

    /**
     * The emphasis delimiters ({@code *}, {@code _}) as flexmark's own, which also check the time of the
     * text they pair up: flexmark's pairing walks back over every earlier delimiter without reading a
     * character, so {@code a**b} followed by thousands of {@code c* } would otherwise never look at it.
     */
    static final class Extension implements Parser.ParserExtension {
        private Extension() {
        }

        static Extension create() {
            return new Extension();
        }

        @Override
        public void parserOptions(MutableDataHolder options) {
            options.set(Parser.ASTERISK_DELIMITER_PROCESSOR, false);
            options.set(Parser.UNDERSCORE_DELIMITER_PROCESSOR, false);
        }

        @Override
        public void extend(Parser.Builder builder) {
            boolean strongWrapsEmphasis = Parser.STRONG_WRAPS_EMPHASIS.get(builder);
            builder.customDelimiterProcessor(new TimedDelimiters(new AsteriskDelimiterProcessor(strongWrapsEmphasis)));
            builder.customDelimiterProcessor(new TimedDelimiters(new UnderscoreDelimiterProcessor(strongWrapsEmphasis)));
        }
    }

    /** A delimiter processor that looks at the time of its text before it pairs delimiters, and otherwise is the one it wraps. */
    private static final class TimedDelimiters implements DelimiterProcessor {
        private final DelimiterProcessor delimiters;

        TimedDelimiters(DelimiterProcessor delimiters) {
            this.delimiters = delimiters;
        }

        @Override
        public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
            check(closer);
            return delimiters.getDelimiterUse(opener, closer);
        }

        @Override
        public void process(Delimiter opener, Delimiter closer, int delimitersUsed) {
            check(closer);
            delimiters.process(opener, closer, delimitersUsed);
        }

        private static void check(DelimiterRun run) {
            Node node = run.getNode();
            if (node.getChars().getBaseSequence().getBase() instanceof TimedText text) {
                text.check(node.getStartOffset());
            }
        }

        @Override
        public char getOpeningCharacter() {
            return delimiters.getOpeningCharacter();
        }

        @Override
        public char getClosingCharacter() {
            return delimiters.getClosingCharacter();
        }

        @Override
        public int getMinLength() {
            return delimiters.getMinLength();
        }

        @Override
        public Node unmatchedDelimiterNode(InlineParser inlineParser, DelimiterRun delimiter) {
            return delimiters.unmatchedDelimiterNode(inlineParser, delimiter);
        }

        @Override
        public boolean canBeOpener(String before, String after, boolean leftFlanking, boolean rightFlanking, boolean beforeIsPunctuation,
                boolean afterIsPunctuation, boolean beforeIsWhitespace, boolean afterIsWhiteSpace) {
            return delimiters.canBeOpener(before, after, leftFlanking, rightFlanking, beforeIsPunctuation, afterIsPunctuation, beforeIsWhitespace,
                    afterIsWhiteSpace);
        }

        @Override
        public boolean canBeCloser(String before, String after, boolean leftFlanking, boolean rightFlanking, boolean beforeIsPunctuation,
                boolean afterIsPunctuation, boolean beforeIsWhitespace, boolean afterIsWhiteSpace) {
            return delimiters.canBeCloser(before, after, leftFlanking, rightFlanking, beforeIsPunctuation, afterIsPunctuation, beforeIsWhitespace,
                    afterIsWhiteSpace);
        }

        @Override
        public boolean skipNonOpenerCloser() {
            return delimiters.skipNonOpenerCloser();
        }
    }
}
