package news.coop.portal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.DiagnosticException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins how a source file becomes text: strict UTF-8, the byte-order mark dropped, every line end
 * turned into {@code \n}; and the diagnostic, at the right line and column, for a file that is not UTF-8
 * text, is binary, holds control characters or is too large.
 */
class SourceTextTest {
    private static final String PATH = "content/news/2023/2023-09-26-x.md";

    @TempDir
    Path dir;

    @Test
    void readsUtf8TextUnchanged() throws Exception {
        SourceText source = read("---\ntitle: Сотрудничество — 2023\n---\nТекст.\n".getBytes(StandardCharsets.UTF_8));

        assertThat(source.path()).isEqualTo(PATH);
        assertThat(source.text()).isEqualTo("---\ntitle: Сотрудничество — 2023\n---\nТекст.\n");
    }

    @Test
    void windowsAndOldMacLineEndsBecomeNewlines() throws Exception {
        assertThat(read("a\r\nb\r\n\r\nc".getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("a\nb\n\nc");
        assertThat(read("a\rb\r".getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("a\nb\n");
    }

    @Test
    void dropsTheByteOrderMark() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

        assertThat(read(concat(bom, "---\ntitle: x\n".getBytes(StandardCharsets.UTF_8))).text()).isEqualTo("---\ntitle: x\n");
    }

    @Test
    void invalidUtf8IsReportedOnTheLineThatHoldsIt() {
        // "Minsk" in windows-1251 on line 3: bytes that are not UTF-8.
        byte[] cp1251 = {(byte) 0xCC, (byte) 0xE8, (byte) 0xED, (byte) 0xF1, (byte) 0xEA};
        byte[] bytes = concat("---\ntitle: ok\n".getBytes(StandardCharsets.UTF_8), cp1251, "\n---\n".getBytes(StandardCharsets.UTF_8));

        Diagnostic diagnostic = failure(bytes);

        assertThat(diagnostic).hasToString(PATH + ":3:1: error [encoding.invalid] the file is not valid UTF-8 text: it looks like Windows-1251 (Cyrillic)"
                + " — save it as UTF-8 (in Notepad: File › Save as › Encoding: UTF-8)");
    }

    @Test
    void invalidUtf8IsReportedAtItsColumnCountedInCharacters() {
        // "Минск — " is 8 characters (16 bytes): the bad byte is the 9th character of line 2.
        byte[] bytes = concat("---\nМинск — ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF}, "\n".getBytes(StandardCharsets.UTF_8));

        Diagnostic diagnostic = failure(bytes);

        assertThat(diagnostic.line()).isEqualTo(2);
        assertThat(diagnostic.column()).isEqualTo(9);
        assertThat(diagnostic.message()).isEqualTo("the file is not valid UTF-8 text");
    }

    @Test
    void aUtf16FileIsNamedAsSuch() {
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "---\r\ntitle: x\r\n".getBytes(StandardCharsets.UTF_16LE));

        assertThat(failure(utf16)).hasToString(PATH + ":1:1: error [encoding.invalid] the file is UTF-16 text, not UTF-8"
                + " — save it as UTF-8 (in Notepad: File › Save as › Encoding: UTF-8)");
    }

    @Test
    void aPictureOrDocumentSavedAsMarkdownIsNamed() {
        assertThat(failure(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}).message()).isEqualTo("the file is a PNG picture, not text");
        assertThat(failure("PK\u0003\u0004rest".getBytes(StandardCharsets.ISO_8859_1)).message())
                .isEqualTo("the file is a Word document (.docx) or another zip archive, not text");
        assertThat(failure("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1)).code()).isEqualTo("encoding.binary");
    }

    @Test
    void controlCharactersAreRefusedAtTheirPlaceAndTabsAreNot() throws Exception {
        Diagnostic verticalTab = failure("---\r\ntitle: x\r\n---\r\nOne line\u000Bthe next\r\n".getBytes(StandardCharsets.UTF_8));
        Diagnostic c1 = failure("---\ntitle: 5\u0096 7\n".getBytes(StandardCharsets.UTF_8));

        assertThat(verticalTab).hasToString(PATH + ":4:9: error [encoding.control] the text contains the invisible character U+000B"
                + " (vertical tab, left by a word processor's line break) — delete it (retype the text around it if need be); no web page may contain it");
        assertThat(c1.line()).isEqualTo(2);
        assertThat(c1.column()).isEqualTo(9);
        assertThat(read("a\tb\n".getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("a\tb\n");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        Path file = dir.resolve("big.md");
        Files.write(file, new byte[(int) SourceText.MAX_BYTES + 1]);

        Throwable thrown = catchThrowable(() -> SourceText.read(file, PATH));

        assertThat(((DiagnosticException) thrown).diagnostic()).hasToString(PATH + ":1:1: error [source.too-large] the file is 513 KB; a source may be at most 512 KB"
                + " — a news item or page is text: split a long one into several, and put pictures and documents beside it as files (.jpg, .pdf)");
    }

    @Test
    void aTruncatedCharacterAtTheEndOfTheLastLineIsReportedThere() {
        byte[] bytes = concat("one\ntwo\nthree ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xD0});

        Diagnostic diagnostic = failure(bytes);

        assertThat(diagnostic.code()).isEqualTo("encoding.invalid");
        assertThat(diagnostic.line()).isEqualTo(3);
    }

    @Test
    void nulCharactersMarkABinaryFileOnTheirLine() {
        Diagnostic diagnostic = failure("---\r\ntitle: x\r\n---\r\nbody\0\r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(diagnostic.code()).isEqualTo("encoding.binary");
        assertThat(diagnostic.line()).isEqualTo(4);
        assertThat(diagnostic.column()).isEqualTo(5);
    }

    @Test
    void aMissingFileIsAReadErrorForTheWholeFile() {
        Throwable failure = catchThrowable(() -> SourceText.read(dir.resolve("nope.md"), "content/nope.md"));

        assertThat(failure).isInstanceOf(DiagnosticException.class);
        Diagnostic diagnostic = ((DiagnosticException) failure).diagnostic();
        assertThat(diagnostic.code()).isEqualTo("io.read");
        assertThat(diagnostic.path()).isEqualTo("content/nope.md");
        assertThat(diagnostic.line()).isZero();
    }

    @Test
    void lineOfCountsNewlinesBeforeTheOffset() {
        String text = "ab\ncd\n\nef";

        assertThat(SourceText.lineOf(text, 0)).isEqualTo(1);
        assertThat(SourceText.lineOf(text, 2)).isEqualTo(1);
        assertThat(SourceText.lineOf(text, 3)).isEqualTo(2);
        assertThat(SourceText.lineOf(text, 7)).isEqualTo(4);
    }

    private SourceText read(byte[] bytes) throws Exception {
        Path file = dir.resolve("x.md");
        Files.write(file, bytes);
        return SourceText.read(file, PATH);
    }

    private Diagnostic failure(byte[] bytes) {
        Throwable failure = catchThrowable(() -> read(bytes));
        assertThat(failure).isInstanceOf(DiagnosticException.class);
        return ((DiagnosticException) failure).diagnostic();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
