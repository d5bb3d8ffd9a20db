package news.coop.portal.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import news.coop.portal.diag.Diagnostic;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --now}, part of {@link SiteOptions}: the moment to build as if it were. Without it, the
 * environment variable {@value #SOURCE_DATE_EPOCH} (seconds since 1970-01-01T00:00:00Z, as
 * reproducible-builds.org defines it) gives the moment, so that a build of one commit is the same
 * whenever it runs.
 */
final class NowOption {
    /** The reproducible-builds.org variable: the moment of a build, in seconds since the epoch. */
    static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    @Option(names = "--now", paramLabel = "DATE-TIME",
            description = {"Build as if it were this moment (ISO-8601, e.g. 2024-01-01T00:00:00+03:00): items dated later stay embargoed.",
                    "Default: SOURCE_DATE_EPOCH (seconds since 1970-01-01 UTC) when it is set, else the moment of the build."})
    private String text;

    /**
     * The moment given by {@code --now}, else by {@value #SOURCE_DATE_EPOCH} in the environment of
     * {@code command}, or {@code null} when neither is given. Without an offset the time is read as UTC.
     *
     * @throws CommandLine.ParameterException (a usage error) when {@code --now} is not an ISO-8601
     *         date-time, or {@value #SOURCE_DATE_EPOCH} is not a whole number of seconds
     */
    Instant instant(CommandLine.Model.CommandSpec command) {
        if (text == null) {
            return sourceDateEpoch(command);
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            try {
                return LocalDateTime.parse(text).atZone(ZoneId.of("UTC")).toInstant();
            } catch (DateTimeException again) {
                throw new CommandLine.ParameterException(command.commandLine(),
                        "--now: \"" + text + "\" is not an ISO-8601 date-time; write it as 2024-01-01T00:00:00+03:00");
            }
        }
    }

    /** {@value #SOURCE_DATE_EPOCH} as a moment; {@code null} when it is not set (or empty). */
    private static Instant sourceDateEpoch(CommandLine.Model.CommandSpec command) {
        String seconds = PortalCommand.environment(command, SOURCE_DATE_EPOCH);
        if (seconds == null) {
            return null;
        }
        try {
            if (seconds.matches("[0-9]{1,12}")) {
                return Instant.ofEpochSecond(Long.parseLong(seconds));
            }
        } catch (DateTimeException | NumberFormatException e) {
            // reported below
        }
        throw new CommandLine.ParameterException(command.commandLine(), Diagnostic.error(SOURCE_DATE_EPOCH, 0, 0, "env.source-date-epoch",
                "\"" + seconds + "\" is not a number of seconds since 1970-01-01T00:00:00Z",
                "set it to a whole number such as the last commit's time, SOURCE_DATE_EPOCH=$(git log -1 --format=%ct), or unset it").toString());
    }
}
