package news.coop.portal.preview;

import java.util.List;
import news.coop.portal.diag.Diagnostic;

/**
 * The page a browser gets in place of an HTML page while the preview cannot be built: every
 * diagnostic with its place, severity, code, message and hint, then all of them again exactly as the
 * terminal printed them. It stands alone (its own styles: the site's stylesheet may be what broke),
 * is in English like every message of the tool, and gets the live-reload script like any page, so
 * that saving the fix brings the real page back by itself.
 *
 * <p>Colours (WCAG 2.1): text #0b0c0c on white 19.6:1 and on #f3f2f1 17.5:1; error #a4000f on white
 * 8.1:1 and on #f3f2f1 7.3:1; warning #6b4600 on white 8.4:1 and on #f3f2f1 7.5:1.
 */
final class ErrorPage {
    private static final String STYLE = """
            body{margin:0;padding:1.5rem;font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#0b0c0c;background:#fff}
            main{max-width:60rem;margin:0 auto}
            h1{font-size:1.75rem;line-height:1.25;margin:0 0 .5rem;color:#a4000f}
            h2{font-size:1.25rem;margin:2rem 0 .5rem}
            ol{padding-left:1.5rem}
            li{margin:0 0 1.25rem;padding:.75rem 1rem;border-left:.3rem solid #a4000f;background:#f3f2f1}
            li.warning{border-left-color:#6b4600}
            p{margin:0 0 .25rem}
            code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:.9375em}
            .severity{font-weight:700;color:#a4000f}
            li.warning .severity{color:#6b4600}
            .hint::before{content:"→ " / ""}
            pre{white-space:pre-wrap;overflow-wrap:anywhere;padding:1rem;background:#f3f2f1;border:1px solid #6f777b}
            """;

    private ErrorPage() {
    }

    /** The page for these diagnostics (errors and warnings, in the order the build sorted them). */
    static String html(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        StringBuilder html = new StringBuilder(2048 + 512 * diagnostics.size());
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>The preview could not be built (").append(count(errors, "error")).append(")</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>The preview could not be built</h1>\n")
                .append("<p>").append(count(errors, "error")).append(errors == 1 ? ". Fix it" : ". Fix them")
                .append(" and save: this page reloads by itself. Styles, pictures and feeds are still those of the last good build.</p>\n")
                .append("<ol>\n");
        for (Diagnostic diagnostic : diagnostics) {
            html.append("<li class=\"").append(diagnostic.severity().label()).append("\">\n")
                    .append("<p><code>").append(escape(diagnostic.location())).append("</code> <span class=\"severity\">")
                    .append(diagnostic.severity().label()).append("</span> <code>[").append(escape(diagnostic.code())).append("]</code></p>\n")
                    .append("<p class=\"message\">").append(escape(diagnostic.message())).append("</p>\n");
            if (!diagnostic.hint().isEmpty()) {
                html.append("<p class=\"hint\">").append(escape(diagnostic.hint())).append("</p>\n");
            }
            html.append("</li>\n");
        }
        html.append("</ol>\n<h2>As printed in the terminal</h2>\n<pre>");
        for (Diagnostic diagnostic : diagnostics) {
            html.append(escape(diagnostic.toString())).append('\n');
        }
        return html.append("</pre>\n</main>\n</body>\n</html>\n").toString();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
