package news.coop.portal.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --now}, shared by the commands that build: the moment to build as if it were. */
final class NowOption {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec command;

    @Option(names = "--now", paramLabel = "DATE-TIME",
            description = "Build as if it were this moment (ISO-8601, e.g. 2024-01-01T00:00:00+03:00): items dated later stay embargoed.")
    private String text;

    /**
     * The moment given, or {@code null} when the option was left out. Without an offset the time is
     * read as UTC.
     *
     * @throws CommandLine.ParameterException (a usage error) when it is not an ISO-8601 date-time
     */
    Instant instant() {
        if (text == null) {
            return null;
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
}
