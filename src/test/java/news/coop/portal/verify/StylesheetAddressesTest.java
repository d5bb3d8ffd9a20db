package news.coop.portal.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import news.coop.portal.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify.asset} in stylesheets: every {@code url(…)} and {@code @import} names a file of the site, reported where it is written. */
class StylesheetAddressesTest {
    @TempDir
    Path dir;

    @Test
    void everyAddressOfAStylesheetIsAFileOfTheSiteAtItsLineAndColumn() {
        BuiltSite site = SiteFolder.read(dir, "https://news.example.org", """
                -- css/site.3f9a1c2e7b.css --
                /* url(gone-in-a-comment.png) */
                @import "print.5c0e9d1a2b.css";
                .a { background: url(../img/gone.png); }
                .b { src: url("/fonts/pt%20sans.woff2") format("woff2"), url('../fonts/gone.woff'); }
                .c { background: url(data:image/png;base64,AA); filter: url(#soft); } .d { background: url(https://cdn.example/x.png); }
                -- css/print.5c0e9d1a2b.css --
                -- fonts/pt sans.woff2 --
                """);

        assertThat(new StylesheetAddresses().check(site)).extracting(Diagnostic::toString).containsExactly(
                "css/site.3f9a1c2e7b.css:3:22: error [verify.asset] the stylesheet address \"../img/gone.png\" leads to no file of the site"
                        + " (looked for img/gone.png) — put the file in assets/, or correct the address in the stylesheet (relative to its folder)",
                "css/site.3f9a1c2e7b.css:4:63: error [verify.asset] the stylesheet address \"../fonts/gone.woff\" leads to no file of the site"
                        + " (looked for fonts/gone.woff) — put the file in assets/, or correct the address in the stylesheet (relative to its folder)");
    }
}
