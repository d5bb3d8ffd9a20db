package news.coop.portal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import news.coop.portal.author.ItemWriter;
import news.coop.portal.author.LanguageDetector;
import news.coop.portal.author.NewsDraft;
import news.coop.portal.author.Workspace;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.model.NewsItem;
import news.coop.portal.validate.Slugs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code portal new}: start a news item that is valid and builds at once, and say what to do next. */
@Command(name = "new", mixinStandardHelpOptions = true,
        header = "Starts a news item with valid front matter and prints its path.",
        description = {"The file is content/news/YYYY/YYYY-MM-DD-<slug>.md, with an empty text; the command prints the next steps too. "
                + "The slug is the title's words in Latin letters (Russian romanised by BGN/PCGN, Belarusian by the official national system).",
                "At least one --area is needed. Without --lang, the title's letters tell the language (Latin: en; ў, і: be; и, щ, ъ: ru).",
                "The item builds at once: write its text and lead, then preview it."},
        footer = {"", "Examples:",
                "  ./portal new \"Энергетический форум\" --area energy --lang ru",
                "  ./portal new \"Road works resume in Tatarstan\" --area roads --region tatarstan --date 2026-03-02T10:00 --draft",
                "", "Exit codes: 0 written, 1 the file exists or the project cannot be read, 2 usage error (unknown area, region or language, bad date)."})
final class NewCommand extends AuthoringCommand {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);

    @Parameters(index = "0", paramLabel = "TITLE", description = "The headline, in quotes.")
    private String title;

    @Option(names = "--date", paramLabel = "DATE",
            description = "The publication date: 2026-03-02, 2026-03-02T10:00 (read in portal.timezone) or 2026-03-02T10:00:00+03:00. Default: now, to the minute.")
    private String date;

    @Option(names = "--draft", description = "Write status: draft: the item is not published until that line is deleted.")
    private boolean draft;

    @Option(names = "--lead", paramLabel = "TEXT", description = "The lead: one sentence that sums up the story. Default: the title, to be rewritten.")
    private String lead;

    /** The clock for the default date and the embargo note. */
    private final Clock clock = Clock.systemUTC();

    @Override
    int write(Workspace workspace, List<Diagnostic> usage, PrintWriter out, PrintWriter err) {
        SiteConfig config = workspace.config();
        String headline = oneLine(title);
        if (headline.isEmpty()) {
            usage.add(Diagnostic.error("TITLE", 0, 0, "title.empty", "the title is empty", "write the headline in quotes: ./portal new \"Energy forum opens in Minsk\""));
        }
        if (lead != null && oneLine(lead).isEmpty()) {
            usage.add(Diagnostic.error("--lead", 0, 0, "lead.empty", "the lead is empty", "write one sentence that sums up the story, or leave --lead out"));
        }
        if (terms.areas().isEmpty()) {
            usage.add(Diagnostic.error("--area", 0, 0, "area.missing", "a news item needs at least one area, or the build rejects it",
                    "add --area with one of: " + String.join(", ", workspace.areas().ids()) + " (the list is in data/areas.yml)"));
        }
        Optional<OffsetDateTime> when = date(config.zone(), usage);
        Language language = language(headline, config, usage);
        String slug = headline.isEmpty() ? "" : Slugs.of(headline, language.lang());
        if (!headline.isEmpty() && slug.isEmpty()) {
            usage.add(Diagnostic.error("TITLE", 0, 0, "title.no-slug", "the title has no letters or digits to make a file name of", "write the headline in words"));
        }
        if (!usage.isEmpty()) {
            return usage(usage, err);
        }
        NewsDraft item = new NewsDraft(headline, when.orElseThrow(), lead == null ? headline : oneLine(lead), terms.areas(), terms.regions(),
                language.lang(), draft, "");
        Path file = workspace.newsFile(item.date(), slug);
        String shown = workspace.display(file);
        if (Files.exists(file)) {
            err.println(Diagnostic.error(shown, 0, 0, "new.exists", "the file already exists",
                    "edit it, or start another item with another --date or a different title"));
            return CommandLine.ExitCode.SOFTWARE;
        }
        String text = ItemWriter.scaffold(item, workspace.areas().ids(), workspace.regions().ids());
        Workspace.Checked checked = workspace.check(file, text);
        if (checked.item().isEmpty()) {
            // Not expected: the scaffold is made to be valid. If the build would still object, say so rather than write it.
            checked.problems().forEach(err::println);
            return CommandLine.ExitCode.SOFTWARE;
        }
        // The empty text and, without --lead, the title's copy as lead are the scaffold's blanks, which
        // the next steps ask the author to fill; any other advice (a long title, say) is printed.
        Set<String> blanks = lead == null ? Set.of("body.empty", "lead.repeats-title") : Set.of("body.empty");
        Report.diagnostics(err, checked.problems().stream().filter(problem -> !blanks.contains(problem.code())).toList(), verbosity.detail());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            err.println(Diagnostic.error(shown, 0, 0, "new.write", "cannot write the file: " + e.getMessage(), "check that the folder is writable"));
            return CommandLine.ExitCode.SOFTWARE;
        }
        out.println("Created " + shown);
        if (!verbosity.quiet()) {
            language.note().ifPresent(out::println);
            nextSteps(out, config, checked.item().get());
        }
        return CommandLine.ExitCode.OK;
    }

    private void nextSteps(PrintWriter out, SiteConfig config, NewsItem item) {
        String lang = item.lang();
        List<String> listings = new ArrayList<>(List.of(config.link("/" + lang + "/")));
        item.areas().forEach(area -> listings.add(config.link("/" + lang + "/areas/" + area.id() + "/")));
        item.regions().forEach(region -> listings.add(config.link("/" + lang + "/regions/" + region.id() + "/")));
        out.println("Next steps:");
        out.println("  1. Write the text below the front matter" + (lead == null ? ", and a lead of your own in place of the title's copy." : "."));
        out.println("  2. Preview it: ./portal serve, then open " + config.link(item.url(config.zone())));
        String where = "it appears on " + String.join(", ", listings.subList(0, listings.size() - 1)) + " and " + listings.get(listings.size() - 1) + ".";
        if (draft) {
            out.println("  3. It is a draft: delete the line \"status: draft\" to publish it; then " + where);
        } else if (item.date().toInstant().isAfter(clock.instant())) {
            out.println("  3. It is dated in the future: the first build after " + SHOWN.format(item.date().atZoneSameInstant(config.zone())) + " ("
                    + config.zone().getId() + ") publishes it; then " + where);
        } else {
            out.println("  3. Once built, " + where);
        }
    }

    /** The language and, when it was told from the title, the line that says so. */
    private record Language(String lang, Optional<String> note) {
    }

    private Language language(String headline, SiteConfig config, List<Diagnostic> usage) {
        if (terms.lang() != null) {
            return new Language(terms.lang(), Optional.empty());
        }
        LanguageDetector.Detection detection = LanguageDetector.detect(headline);
        boolean cyrillic = headline.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        if (detection.lang().isPresent() && config.languages().contains(detection.lang().get())) {
            return new Language(detection.lang().get(), Optional.of("Language: " + detection.lang().get() + ", told from the title (" + detection.reason()
                    + "); pass --lang to choose another."));
        }
        if (cyrillic) {
            usage.add(Diagnostic.error("--lang", 0, 0, "lang.missing", "the title's letters do not tell its language (" + detection.reason() + ")",
                    "pass --lang with one of: " + String.join(", ", config.languages())));
        }
        return new Language(config.defaultLanguage(), Optional.empty());
    }

    /** The --date option, or now to the minute; a bad one is a usage problem. */
    private Optional<OffsetDateTime> date(ZoneId zone, List<Diagnostic> usage) {
        if (date == null) {
            return Optional.of(OffsetDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES));
        }
        String value = date.strip();
        try {
            if (value.length() == 10) {
                return Optional.of(LocalDate.parse(value).atStartOfDay(zone).toOffsetDateTime());
            }
            String iso = value.replace(' ', 'T');
            try {
                return Optional.of(OffsetDateTime.parse(iso));
            } catch (DateTimeException withoutOffset) {
                return Optional.of(LocalDateTime.parse(iso).atZone(zone).toOffsetDateTime());
            }
        } catch (DateTimeException e) {
            usage.add(Diagnostic.error("--date " + date, 0, 0, "date.invalid", "\"" + date + "\" is not a date",
                    "write it as 2026-03-02, 2026-03-02T10:00 (" + zone.getId() + " time) or 2026-03-02T10:00:00+03:00"));
            return Optional.empty();
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
