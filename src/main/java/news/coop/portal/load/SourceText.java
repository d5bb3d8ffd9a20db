package news.coop.portal.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.DiagnosticException;

/**
 * A source file's text: strictly decoded UTF-8, byte-order mark removed, line ends normalised to
 * {@code \n} (so CRLF files written on Windows give the same output and the same line numbers).
 *
 * <p>What is refused, each at its line and column: a file over {@link #MAX_BYTES}
 * ({@code source.too-large}); bytes that are not UTF-8 ({@code encoding.invalid}, naming UTF-16 when the
 * file is that); a picture, PDF or Word file saved as {@code .md}, and NUL characters
 * ({@code encoding.binary}); and control characters other than tab and line ends
 * ({@code encoding.control}), which word processors leave behind and no web page may contain.
 *
 * @param path  project-relative display path, as diagnostics print it
 */
public record SourceText(String path, String text) {
    /**
     * The largest source, in bytes: far more than any news item or page (some 80,000 words of English,
     * 40,000 of Russian), and small enough that the densest Markdown of that size reads in about a second,
     * well within {@link ReadingLimits#TIME}.
     */
    public static final long MAX_BYTES = 512 * 1024;

    /** How binary files begin, and what to call them in a diagnostic. */
    private static final Map<String, String> SIGNATURES = Map.of(
            "PK\u0003\u0004", "a Word document (.docx) or another zip archive",
            "\u00D0\u00CF\u0011\u00E0", "a Word 97–2003 document (.doc)",
            "%PDF-", "a PDF document",
            "\u0089PNG", "a PNG picture",
            "\u00FF\u00D8\u00FF", "a JPEG picture",
            "GIF8", "a GIF picture",
            "{\\rtf", "an RTF document");

    /** Names of the control characters a pasted text most often holds. */
    private static final Map<Character, String> CONTROL_NAMES = Map.of(
            '\u000B', "vertical tab, left by a word processor's line break",
            '\u000C', "form feed, left by a page break",
            '\u0008', "backspace",
            '\u001B', "escape",
            '\u007F', "delete");

    /**
     * Reads a file, or returns the reason it cannot be read as text.
     *
     * @throws DiagnosticException with an {@code io.read}, {@code source.too-large} or {@code encoding.*} diagnostic
     */
    public static SourceText read(Path file, String displayPath) throws DiagnosticException {
        return decode(bytes(file, displayPath), displayPath);
    }

    /**
     * A source file's bytes, as {@link #read} reads them before it decodes them.
     *
     * @throws DiagnosticException with an {@code io.read} or {@code source.too-large} diagnostic
     */
    public static byte[] bytes(Path file, String displayPath) throws DiagnosticException {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new DiagnosticException(Diagnostic.error(displayPath, 1, 1, "source.too-large",
                        "the file is " + size(size) + "; a source may be at most " + size(MAX_BYTES),
                        "a news item or page is text: split a long one into several, and put pictures and documents beside it as files (.jpg, .pdf)"));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DiagnosticException(Diagnostic.error(displayPath, 0, 0, "io.read", "cannot read the file: " + e.getMessage(), "check that it exists and is readable"));
        }
    }

    /**
     * Decodes a source's bytes as {@link #read} does, wherever they came from.
     *
     * @throws DiagnosticException with an {@code encoding.*} diagnostic
     */
    public static SourceText decode(byte[] bytes, String displayPath) throws DiagnosticException {
        String binary = binaryKind(bytes);
        if (binary != null) {
            throw new DiagnosticException(Diagnostic.error(displayPath, 1, 1, "encoding.binary", "the file is " + binary + ", not text",
                    "copy its text into a .md file saved as UTF-8; put pictures and documents beside the item and link to them"));
        }
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            throw new DiagnosticException(Diagnostic.error(displayPath, 1, 1, "encoding.invalid", "the file is UTF-16 text, not UTF-8",
                    "save it as UTF-8 (in Notepad: File › Save as › Encoding: UTF-8)"));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            // Everything before the first bad byte decoded: its last line gives the bad byte's position.
            String before = normalise(out.flip().toString());
            throw new DiagnosticException(Diagnostic.error(displayPath, lineOf(before, before.length()), columnOf(before, before.length()),
                    "encoding.invalid", "the file is not valid UTF-8 text" + (looksLikeWindows1251(bytes) ? ": it looks like Windows-1251 (Cyrillic)" : ""),
                    "save it as UTF-8 (in Notepad: File › Save as › Encoding: UTF-8)"));
        }
        String text = normalise(out.flip().toString());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                throw new DiagnosticException(Diagnostic.error(displayPath, lineOf(text, i), columnOf(text, i), "encoding.binary",
                        "the file contains NUL characters; it is not a text file", "save it as plain UTF-8 text"));
            }
            if (isControl(c)) {
                String name = CONTROL_NAMES.getOrDefault(c, c >= 0x80 ? "a C1 control, usually text decoded in the wrong encoding" : "a control character");
                throw new DiagnosticException(Diagnostic.error(displayPath, lineOf(text, i), columnOf(text, i), "encoding.control",
                        "the text contains the invisible character U+" + String.format(Locale.ROOT, "%04X", (int) c) + " (" + name + ")",
                        "delete it (retype the text around it if need be); no web page may contain it"));
            }
        }
        return new SourceText(displayPath, text);
    }

    /** Whether a character is a control character that text may not hold: all but tab and line feed. */
    private static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F;
    }

    /** The byte-order mark dropped, and every line end made {@code \n}. */
    private static String normalise(String text) {
        String unmarked = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return unmarked.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** What a binary file is, from its first bytes, or {@code null} when it does not start like one. */
    private static String binaryKind(byte[] bytes) {
        for (Map.Entry<String, String> signature : SIGNATURES.entrySet()) {
            String start = signature.getKey();
            if (bytes.length >= start.length() && new String(bytes, 0, start.length(), StandardCharsets.ISO_8859_1).equals(start)) {
                return signature.getValue();
            }
        }
        return null;
    }

    /**
     * Whether bytes that are not UTF-8 read as Cyrillic in Windows-1251, the encoding of older Russian and
     * Belarusian Windows editors: there nearly every byte above 0x7F is a letter from 0xC0 up (in UTF-8
     * about half of them are continuation bytes below 0xC0), and such letters are a good part of all
     * letters (in a Latin-1 text, French say, they are a few accents among Latin letters).
     */
    private static boolean looksLikeWindows1251(byte[] bytes) {
        int high = 0;
        int cyrillic = 0;
        int latin = 0;
        for (byte b : bytes) {
            int unsigned = b & 0xFF;
            if (unsigned >= 0x80) {
                high++;
                if (unsigned >= 0xC0) {
                    cyrillic++;
                }
            } else if (Character.isLetter(unsigned)) {
                latin++;
            }
        }
        return cyrillic >= 4 && cyrillic * 10 >= high * 8 && cyrillic * 3 >= latin;
    }

    /** A size as people write it: {@code 513 KB}, {@code 10 MB}, {@code 1.5 MB} (rounded up). */
    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", Math.ceil(bytes * 10 / (1024.0 * 1024.0)) / 10).replace(".0 MB", " MB");
    }

    /** The 1-based line of a character offset. */
    public static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The 1-based column of a character offset: characters since the line's start, plus one. */
    public static int columnOf(String text, int offset) {
        return offset - text.lastIndexOf('\n', offset - 1);
    }
}
