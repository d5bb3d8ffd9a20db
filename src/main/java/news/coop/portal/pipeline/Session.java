package news.coop.portal.pipeline;

import java.util.List;
import news.coop.portal.cache.BuildCache;
import news.coop.portal.cache.Tool;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.BuildFailure;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.load.MarkdownProcessor;
import news.coop.portal.pipeline.Configure.Configured;
import news.coop.portal.pipeline.Pipeline.Outcome;
import news.coop.portal.pipeline.Pipeline.Publishing;
import news.coop.portal.pipeline.SourceStage.Loaded;
import news.coop.portal.verify.SourceDocument;

/**
 * A process that builds one project again and again ({@code serve}, {@code bench}): each build runs
 * the {@link Pipeline} from the memo the last one left, so a rebuild costs what the edit touches,
 * and changes the published site in place when its settings and assets are those it was published
 * with (else it publishes a complete new site, as the first build does).
 *
 * <p>What a session remembers is one immutable {@link Memo}, replaced after every build. The memo's
 * entries are keyed by what they came from, so a site built from it is the same as one built from
 * scratch; a test builds an archive incrementally and from scratch and compares the two file by
 * file. Not thread-safe: one build at a time.
 */
public final class Session implements AutoCloseable {
    private final BuildOptions options;
    private final Workers workers;
    private final MarkdownProcessor markdown = new MarkdownProcessor();
    private final Caching caching;
    private Memo memo = Memo.EMPTY;

    public Session(BuildOptions options) {
        this.options = options;
        this.workers = new Workers(options.threads());
        this.caching = options.cache() == null ? Caching.NONE : new Caching(BuildCache.in(options.cache()), Tool.fingerprint(Session.class));
    }

    /** Builds the site: in full the first time, then only what changed. */
    public BuildResult build() throws BuildFailure {
        return build(null);
    }

    /**
     * Builds the site as {@link #build()} does; a complete new site is first handed to {@code gate}
     * (when not null) in its staging folder, and published only if the gate finds no error.
     */
    public BuildResult build(Gate gate) throws BuildFailure {
        return built(new Pipeline(options, workers, markdown, caching).run(memo, Publishing.IN_PLACE, gate));
    }

    /** Builds a complete new site into a staging folder, swapped into place: what {@link Build} does. */
    BuildResult buildStaged(Gate gate) throws BuildFailure {
        return built(new Pipeline(options, workers, markdown, caching).run(memo, Publishing.STAGED, gate));
    }

    private BuildResult built(Outcome outcome) throws BuildFailure {
        memo = outcome.memo();
        if (outcome.result() == null) {
            List<Diagnostic> found = outcome.diagnostics();
            throw new BuildFailure(options.strict() ? found.stream().map(Diagnostic::asError).toList() : found);
        }
        return outcome.result();
    }

    /** What {@link #check()} found: every problem, and the sources it read (as diagnostics name them). */
    public record CheckResult(List<Diagnostic> diagnostics, List<String> sources) {
    }

    /**
     * Runs every stage as a build does, for {@code portal check}: each source, the site as a whole,
     * every page through its template, and every link; publishes nothing, and leaves the session's
     * record of the published site as it was. It reads the build cache and writes nothing there either.
     */
    public CheckResult check() {
        Outcome outcome = new Pipeline(options, workers, markdown, caching.reading()).run(memo, Publishing.NONE, null);
        memo = outcome.memo();
        return new CheckResult(outcome.diagnostics(), outcome.sources());
    }

    /**
     * Every news item and page of the sources that validated, each with its URL and whether this
     * session's options publish it, for {@code portal verify}. Problems with the sources themselves
     * are left to {@code check} and {@code build}.
     */
    public List<SourceDocument> documents() {
        Diagnostics diagnostics = new Diagnostics();
        Configured configured = Configure.run(options, memo.configured(), diagnostics);
        if (configured == null) {
            return List.of();
        }
        Memo configuredMemo = memo.configuredBy(configured);
        Loaded loaded = SourceStage.run(configured, markdown, configuredMemo.loaded(), caching.reading(), workers, diagnostics);
        memo = configuredMemo.withLoaded(loaded);
        return ModelStage.documents(configured.config(), loaded, ModelStage.publication(options));
    }

    /** The site's configuration as last read, or {@code null} before the first build, check or {@link #documents()}. */
    public SiteConfig config() {
        return memo.configured() == null ? null : memo.configured().config();
    }

    @Override
    public void close() {
        workers.close();
    }
}
