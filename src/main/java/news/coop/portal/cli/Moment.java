package news.coop.portal.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import picocli.CommandLine;

/** The {@code --now} option of the commands that build: a moment in ISO-8601, or the clock's now. */
final class Moment {
    private Moment() {
    }

    /**
     * @param text the option's value, or null when it was not given
     * @throws CommandLine.ParameterException (a usage error) when the text is not an ISO-8601 date-time
     */
    static Instant parse(String text, CommandLine commandLine) {
        if (text == null) {
            return Instant.now();
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            try {
                return LocalDateTime.parse(text).atZone(ZoneId.of("UTC")).toInstant();
            } catch (DateTimeException again) {
                throw new CommandLine.ParameterException(commandLine,
                        "--now: \"" + text + "\" is not an ISO-8601 date-time; write it as 2024-01-01T00:00:00+03:00");
            }
        }
    }
}
