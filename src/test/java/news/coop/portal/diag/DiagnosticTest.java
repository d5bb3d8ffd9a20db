package news.coop.portal.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the one-line text every author and CI annotator reads ({@code path:line:col: error [code] message — hint}),
 * the order diagnostics are printed in, and the "did you mean" hints.
 */
class DiagnosticTest {
    private static final List<String> AREAS = List.of("roads", "energy", "housing-and-utilities", "construction");

    @Test
    void printsPathLineColumnSeverityCodeMessageAndHint() {
        Diagnostic diagnostic = Diagnostic.error("content/news/2023/a.md", 4, 8, "field.area", "unknown area \"enrgy\"", "did you mean \"energy\"?");

        assertThat(diagnostic).hasToString("content/news/2023/a.md:4:8: error [field.area] unknown area \"enrgy\" — did you mean \"energy\"?");
    }

    @Test
    void leavesOutTheColumnWhenItIsZero() {
        Diagnostic diagnostic = Diagnostic.error("content/a.md", 3, 0, "encoding.invalid", "the file is not valid UTF-8 text", "save it as UTF-8");

        assertThat(diagnostic).hasToString("content/a.md:3: error [encoding.invalid] the file is not valid UTF-8 text — save it as UTF-8");
    }

    @Test
    void leavesOutLineAndColumnWhenTheWholeFileIsMeant() {
        Diagnostic diagnostic = Diagnostic.error("data/areas.yml", 0, 5, "data.missing", "the vocabulary file is missing", "create it");

        assertThat(diagnostic).hasToString("data/areas.yml: error [data.missing] the vocabulary file is missing — create it");
    }

    @Test
    void showsWhatCannotBeSeenOrWouldBreakTheLineAsCodePoints() {
        Diagnostic diagnostic = Diagnostic.error("content/a\nb.md", 7, 7, "slug.invalid", "the slug \"road\u0007works\u001B[2J\u202Egpj\" is not valid",
                "line\u2028separator");

        assertThat(diagnostic).hasToString("content/a<U+000A>b.md:7:7: error [slug.invalid] the slug \"road<U+0007>works<U+001B>[2J<U+202E>gpj\" is not valid"
                + " — line<U+2028>separator");
        assertThat(Diagnostic.error("a.md", 1, 1, "x.y", "Минск — «текст» 😀", "").message()).isEqualTo("Минск — «текст» 😀");
    }

    @Test
    void leavesOutTheDashWhenThereIsNoHint() {
        assertThat(Diagnostic.error("a.md", 1, 1, "x.y", "message", "")).hasToString("a.md:1:1: error [x.y] message");
        assertThat(Diagnostic.error("a.md", 1, 1, "x.y", "message", null)).hasToString("a.md:1:1: error [x.y] message");
    }

    @Test
    void warningsSayWarningAndDoNotCountAsErrors() {
        Diagnostic warning = new Diagnostic("a.md", 2, 1, Severity.WARNING, "x.y", "message", "hint");

        assertThat(warning).hasToString("a.md:2:1: warning [x.y] message — hint");
        assertThat(warning.isError()).isFalse();
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.add(warning);
        assertThat(diagnostics.hasErrors()).isFalse();
        assertThat(diagnostics.errorCount()).isZero();
    }

    @Test
    void sortsByPathThenLineThenColumnThenCodeThenMessage() {
        Diagnostic bLine1 = Diagnostic.error("b.md", 1, 1, "a.code", "m", "");
        Diagnostic aLine10 = Diagnostic.error("a.md", 10, 1, "a.code", "m", "");
        Diagnostic aLine2Col9 = Diagnostic.error("a.md", 2, 9, "a.code", "m", "");
        Diagnostic aLine2Col3CodeZ = Diagnostic.error("a.md", 2, 3, "z.code", "m", "");
        Diagnostic aLine2Col3CodeA2 = Diagnostic.error("a.md", 2, 3, "a.code", "second", "");
        Diagnostic aLine2Col3CodeA1 = Diagnostic.error("a.md", 2, 3, "a.code", "first", "");
        Diagnostic aWholeFile = Diagnostic.error("a.md", 0, 0, "z.code", "m", "");

        List<Diagnostic> sorted = List.of(bLine1, aLine10, aLine2Col9, aLine2Col3CodeZ, aLine2Col3CodeA2, aLine2Col3CodeA1, aWholeFile)
                .stream().sorted(Diagnostic.ORDER).toList();

        assertThat(sorted).containsExactly(aWholeFile, aLine2Col3CodeA1, aLine2Col3CodeA2, aLine2Col3CodeZ, aLine2Col9, aLine10, bLine1);
    }

    @Test
    void collectorReturnsDiagnosticsInOrderRegardlessOfDiscoveryOrder() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.error("b.md", 1, 1, "x", "m", "");
        diagnostics.error("a.md", 5, 1, "x", "m", "");

        assertThat(diagnostics.sorted()).extracting(Diagnostic::path).containsExactly("a.md", "b.md");
        assertThat(diagnostics.errorCount()).isEqualTo(2);
    }

    @Test
    void hintSuggestsTheClosestNameForATypo() {
        assertThat(Suggestions.hint("enrgy", AREAS)).isEqualTo("did you mean \"energy\"?");
        assertThat(Suggestions.hint("Roads", AREAS)).isEqualTo("did you mean \"roads\"?");
    }

    @Test
    void hintCompletesTheStartOfAName() {
        assertThat(Suggestions.hint("housing", AREAS)).isEqualTo("did you mean \"housing-and-utilities\"?");
    }

    @Test
    void hintListsTheValidNamesSortedWhenNothingIsClose() {
        assertThat(Suggestions.hint("agriculture", AREAS))
                .isEqualTo("use one of: construction, energy, housing-and-utilities, roads");
    }
}
