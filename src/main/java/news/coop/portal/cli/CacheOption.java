package news.coop.portal.cli;

import java.nio.file.Path;
import news.coop.portal.pipeline.BuildOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --cache DIR} and {@code --no-cache}, shared by the commands that build ({@code build},
 * {@code check}, {@code serve}): where the persistent build cache is, or that there is none. Without
 * either, {@code target/portal-cache} in the project. {@code check} only reads it.
 */
final class CacheOption {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec command;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Keep the build cache in DIR (what builds derive: validated sources, rendered pages, compressed copies, resized "
                    + "pictures), e.g. a folder CI restores and saves between runs. Default: target/portal-cache, outside the site.")
    private Path folder;

    @Option(names = "--no-cache", description = "Build without the build cache: neither read nor write it.")
    private boolean none;

    /**
     * These options with the cache the command line names.
     *
     * @throws CommandLine.ParameterException when both options are given
     */
    BuildOptions apply(BuildOptions options) {
        if (none && folder != null) {
            throw new CommandLine.ParameterException(command.commandLine(), "--cache and --no-cache cannot be given together: choose one");
        }
        return options.withCache(none ? null : folder != null ? folder.toAbsolutePath().normalize() : BuildOptions.defaultCache(options.project()));
    }
}
