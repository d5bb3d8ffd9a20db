package news.coop.portal.pipeline;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What one build is asked to do.
 *
 * @param project  the project folder (holds {@code jbake.properties})
 * @param output   where the site is published; {@code target/site} by default
 * @param drafts   publish drafts too (previews only)
 * @param now      the build's "now": items dated later are embargoed; {@code null} means the moment
 *                 of each build, for a process that builds again and again ({@code serve})
 * @param threads  how many pages are worked on at once; 0 means one per processor. The output is the
 *                 same for every value.
 * @param baseUrl  the site's address for this build in place of {@code site.host} (staging or
 *                 production, {@code --base-url}); {@code null} keeps {@code site.host}
 * @param strict   every warning counts as an error: it stops the build ({@code --strict})
 * @param progress what the build tells of its stages and pages as it goes, for the command line to
 *                 show; {@link Progress#NONE} by default. It has no effect on the build.
 */
public record BuildOptions(Path project, Path output, boolean drafts, Instant now, int threads, String baseUrl, boolean strict,
        Progress progress) {

    public BuildOptions(Path project, Path output, boolean drafts, Instant now, int threads, String baseUrl, boolean strict) {
        this(project, output, drafts, now, threads, baseUrl, strict, Progress.NONE);
    }

    public BuildOptions(Path project, Path output, boolean drafts, Instant now, int threads, String baseUrl) {
        this(project, output, drafts, now, threads, baseUrl, false);
    }

    public BuildOptions(Path project, Path output, boolean drafts, Instant now, int threads) {
        this(project, output, drafts, now, threads, null);
    }

    public BuildOptions(Path project, Path output, boolean drafts, Instant now) {
        this(project, output, drafts, now, 0);
    }

    /** These options with the site's address {@code baseUrl} ({@code null}: {@code site.host}). */
    public BuildOptions withBaseUrl(String baseUrl) {
        return new BuildOptions(project, output, drafts, now, threads, baseUrl, strict, progress);
    }

    /** These options with every warning counted as an error ({@code strict}) or not. */
    public BuildOptions withStrict(boolean strict) {
        return new BuildOptions(project, output, drafts, now, threads, baseUrl, strict, progress);
    }

    /** These options with the build's progress told to {@code progress}. */
    public BuildOptions withProgress(Progress progress) {
        return new BuildOptions(project, output, drafts, now, threads, baseUrl, strict, progress);
    }

    public static BuildOptions defaults(Path project, Instant now) {
        return new BuildOptions(project, project.resolve("target").resolve("site"), false, now);
    }
}
