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
 * turned into {@code \n}, and a diagnostic with the right line for a file that is not UTF-8 text.
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

        assertThat(diagnostic.code()).isEqualTo("encoding.invalid");
        assertThat(diagnostic.path()).isEqualTo(PATH);
        assertThat(diagnostic.line()).isEqualTo(3);
        assertThat(diagnostic.toString()).startsWith(PATH + ":3: error [encoding.invalid] the file is not valid UTF-8 text — save it as UTF-8");
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
