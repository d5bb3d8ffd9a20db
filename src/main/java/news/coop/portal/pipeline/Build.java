package news.coop.portal.pipeline;

import news.coop.portal.diag.BuildFailure;

/**
 * One build from scratch, as {@code portal build} runs it: a fresh {@link Session}, built once.
 * The pipeline itself (load → validate → model → render → refine → write) is in {@link Session}.
 */
public final class Build {
    private final BuildOptions options;

    public Build(BuildOptions options) {
        this.options = options;
    }

    public BuildResult run() throws BuildFailure {
        return run(null);
    }

    /** Builds, and publishes the site only if {@code gate} (when not null) finds no error in it first. */
    public BuildResult run(Session.Gate gate) throws BuildFailure {
        try (Session session = new Session(options)) {
            return session.build(gate);
        }
    }
}
