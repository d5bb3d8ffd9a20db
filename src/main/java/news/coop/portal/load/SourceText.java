package news.coop.portal.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.DiagnosticException;

/**
 * A source file's text: strictly decoded UTF-8, byte-order mark removed, line ends normalised to
 * {@code \n} (so CRLF files written on Windows give the same output and the same line numbers).
 *
 * @param path  project-relative display path, as diagnostics print it
 */
public record SourceText(String path, String text) {

    /**
     * Reads a file, or returns the reason it cannot be read as text.
     *
     * @throws DiagnosticException with an {@code encoding.invalid} or {@code io.read} diagnostic
     */
    public static SourceText read(Path file, String displayPath) throws DiagnosticException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DiagnosticException(Diagnostic.error(displayPath, 0, 0, "io.read", "cannot read the file: " + e.getMessage(), "check that it exists and is readable"));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int line = firstBadLine(bytes);
            throw new DiagnosticException(Diagnostic.error(displayPath, line, 0, "encoding.invalid", "the file is not valid UTF-8 text",
                    "save it as UTF-8 (in Notepad: File › Save as › Encoding: UTF-8)"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.indexOf('\0') >= 0) {
            throw new DiagnosticException(Diagnostic.error(displayPath, lineOf(text, text.indexOf('\0')), 0, "encoding.binary",
                    "the file contains NUL characters; it is not a text file", "save it as plain UTF-8 text"));
        }
        return new SourceText(displayPath, text);
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

    private static int firstBadLine(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // Decode line by line; the first line that fails is the one to point at.
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 1;
    }
}
