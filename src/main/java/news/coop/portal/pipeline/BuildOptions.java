package news.coop.portal.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import news.coop.portal.render.SitemapLimits;

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
 * @param cache    the folder of the persistent build cache ({@code --cache}), or {@code null} for none
 *                 ({@code --no-cache}); {@link #defaultCache} by default
 * @param sitemap  what one sitemap file may hold before the sitemap becomes an index of parts: the
 *                 sitemaps.org protocol's limits ({@link SitemapLimits#PROTOCOL}) in every command;
 *                 smaller only in tests, which split a small site that way
 * @param progress what the build tells of its stages and pages as it goes, for the command line to
 *                 show; {@link Progress#NONE} by default. It has no effect on the build.
 */
public record BuildOptions(Path project, Path output, boolean drafts, Instant now, int threads, String baseUrl, boolean strict,
        Path cache, SitemapLimits sitemap, Progress progress) {

    public BuildOptions(Path project, Path output, boolean drafts, Instant now, int threads, String baseUrl, boolean strict) {
        this(project, output, drafts, now, threads, baseUrl, strict, defaultCache(project), SitemapLimits.PROTOCOL, Progress.NONE);
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
        return new BuildOptions(project, output, drafts, now, threads, baseUrl, strict, cache, sitemap, progress);
    }

    /** These options with every warning counted as an error ({@code strict}) or not. */
    public BuildOptions withStrict(boolean strict) {
        return new BuildOptions(project, output, drafts, now, threads, baseUrl, strict, cache, sitemap, progress);
    }

    /** These options with the site written to {@code output}. */
    public BuildOptions withOutput(Path output) {
        return new BuildOptions(project, output, drafts, now, threads, baseUrl, strict, cache, sitemap, progress);
    }

    /** These options with the build cache in {@code folder} ({@code null}: no cache). */
    public BuildOptions withCache(Path folder) {
        return new BuildOptions(project, output, drafts, now, threads, baseUrl, strict, folder, sitemap, progress);
    }

    /** These options with a sitemap split at {@code limits} (tests; the commands keep the protocol's). */
    public BuildOptions withSitemap(SitemapLimits limits) {
        return new BuildOptions(project, output, drafts, now, threads, baseUrl, strict, cache, limits, progress);
    }

    /** These options with the build's progress told to {@code progress}. */
    public BuildOptions withProgress(Progress progress) {
        return new BuildOptions(project, output, drafts, now, threads, baseUrl, strict, cache, sitemap, progress);
    }

    /** Where the build cache is unless {@code --cache} says otherwise: {@code target/portal-cache} in the project, outside the site. */
    public static Path defaultCache(Path project) {
        return project.resolve("target").resolve("portal-cache");
    }

    public static BuildOptions defaults(Path project, Instant now) {
        return new BuildOptions(project, project.resolve("target").resolve("site"), false, now);
    }
}
