package news.coop.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.coop.portal.pipeline.BuildOptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import picocli.CommandLine;

/**
 * The ready-made pipelines ({@code .github/workflows/publish.yml}, {@code .gitlab-ci.yml}) are valid
 * YAML of the shape their hosts expect, and run the README's publishing command, adding only the
 * address the host serves the site at ({@code --base-url}), and keep the build cache between runs.
 */
class PublishingPipelinesTest {
    private static final Path GITHUB = Path.of(".github/workflows/publish.yml");
    private static final Path GITLAB = Path.of(".gitlab-ci.yml");
    /** Where {@code ./portal build} keeps its cache unless told otherwise, as the pipelines name it. */
    private static final String DEFAULT_CACHE = Path.of("").toAbsolutePath().relativize(BuildOptions.defaultCache(Path.of("").toAbsolutePath()))
            .toString().replace('\\', '/');

    @Test
    void theGitHubWorkflowBuildsVerifiesAndDeploysToPages() throws IOException {
        Map<String, Object> workflow = yaml(GITHUB);

        // YAML 1.1, which SnakeYAML reads, takes the key "on" for true.
        Object on = workflow.containsKey("on") ? workflow.get("on") : workflow.get(Boolean.TRUE);
        assertThat(map(on)).containsKey("push").containsKey("workflow_dispatch");
        assertThat(map(map(on).get("push")).get("branches")).isEqualTo(List.of("main"));
        assertThat(map(workflow.get("permissions"))).containsEntry("pages", "write").containsEntry("id-token", "write").containsEntry("contents", "read");
        assertThat(map(workflow.get("concurrency"))).containsEntry("group", "pages").containsEntry("cancel-in-progress", false);

        Map<String, Object> jobs = map(workflow.get("jobs"));
        assertThat(jobs).containsOnlyKeys("build", "deploy");
        List<Map<String, Object>> build = steps(jobs.get("build"));
        assertThat(build).extracting(step -> step.get("uses")).containsSubsequence("actions/checkout@v4", "actions/setup-java@v4",
                "actions/configure-pages@v5", "actions/upload-pages-artifact@v3");
        Map<String, Object> java = step(build, "actions/setup-java@v4");
        assertThat(map(java.get("with"))).containsEntry("distribution", "temurin").containsEntry("java-version", "17").containsEntry("cache", "maven");
        assertThat(step(build, "actions/configure-pages@v5")).containsEntry("id", "pages");
        assertThat(map(step(build, "actions/upload-pages-artifact@v3").get("with"))).containsEntry("path", "target/site");
        List<String> runs = build.stream().filter(step -> step.containsKey("run")).map(step -> (String) step.get("run")).toList();
        assertThat(runs).hasSize(1);
        assertRunsTheReadmeCommand(runs.get(0), "${{ steps.pages.outputs.base_url }}");

        Map<String, Object> deploy = map(jobs.get("deploy"));
        assertThat(deploy.get("needs")).isEqualTo("build");
        assertThat(map(deploy.get("environment"))).containsEntry("name", "github-pages").containsEntry("url", "${{ steps.deployment.outputs.page_url }}");
        assertThat(step(steps(deploy), "actions/deploy-pages@v4")).containsEntry("id", "deployment");
    }

    @Test
    void theGitLabPagesJobBuildsVerifiesAndPublishesOnlyTheDefaultBranch() throws IOException {
        Map<String, Object> pipeline = yaml(GITLAB);

        assertThat(pipeline).containsOnlyKeys("pages");
        Map<String, Object> pages = map(pipeline.get("pages"));
        assertThat(pages.get("image")).isEqualTo("maven:3-eclipse-temurin-17");
        List<String> script = strings(pages.get("script"));
        assertThat(script).hasSize(3);
        assertRunsTheReadmeCommand(script.get(0), "$CI_PAGES_URL");
        assertThat(script.subList(1, 3)).containsExactly("rm -rf public", "mv target/site public");
        assertThat(strings(map(pages.get("artifacts")).get("paths"))).containsExactly("public");
        assertThat(list(pages.get("rules"))).isEqualTo(List.of(Map.of("if", "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH")));
    }

    @Test
    void theGitHubWorkflowKeepsTheBuildCacheBetweenRunsAndStartsCleanForAnotherTool() throws IOException {
        List<Map<String, Object>> build = steps(map(yaml(GITHUB).get("jobs")).get("build"));
        Map<String, Object> cache = step(build, "actions/cache@v4");
        Map<String, Object> with = map(cache.get("with"));

        // It restores before the build runs (and so saves after it), the folder the build keeps its cache in.
        assertThat(build.indexOf(cache)).isLessThan(build.indexOf(build.stream().filter(step -> step.containsKey("run")).findFirst().orElseThrow()));
        assertThat(with.get("path")).isEqualTo(DEFAULT_CACHE);
        // GitHub never overwrites a saved cache: each run saves under its own key and restores the newest
        // with the same tool, whose sources and version the key hashes.
        String key = (String) with.get("key");
        assertThat(key).contains("${{ hashFiles('pom.xml', 'src/main/**') }}").endsWith("-${{ github.run_id }}");
        String restore = ((String) with.get("restore-keys")).strip();
        assertThat(restore).doesNotContain("\n").isEqualTo(key.substring(0, key.length() - "${{ github.run_id }}".length()));
    }

    @Test
    void theGitLabJobKeepsTheBuildCacheBesideMavensAndStartsCleanForAnotherVersion() throws IOException {
        Map<String, Object> pages = map(yaml(GITLAB).get("pages"));
        List<Map<String, Object>> caches = list(pages.get("cache")).stream().map(PublishingPipelinesTest::map).toList();

        assertThat(caches).extracting(cache -> strings(cache.get("paths"))).containsExactly(List.of(".m2/repository"), List.of(DEFAULT_CACHE));
        Map<String, Object> key = map(caches.get(1).get("key"));
        assertThat(key).containsEntry("prefix", "portal-cache");
        assertThat(strings(key.get("files"))).containsExactly("pom.xml");
    }

    @Test
    void theReadmesPublishingCommandIsABuildTheToolUnderstands() throws IOException {
        List<String> command = readmeCommand();

        assertThat(command.subList(0, 2)).containsExactly("./portal", "build");
        assertThat(parses(command)).isTrue();
    }

    /**
     * {@code run} is the README's publishing command with {@code --base-url "BASE"} added, and the tool
     * accepts it ({@code --verify} aside while it is not an option of {@code build} yet).
     */
    private static void assertRunsTheReadmeCommand(String run, String base) throws IOException {
        List<String> words = words(run.strip());
        int option = words.indexOf("--base-url");
        assertThat(option).as(run).isPositive();
        assertThat(words.get(option + 1)).isEqualTo(base);
        List<String> rest = new ArrayList<>(words);
        rest.remove(option + 1);
        rest.remove(option);
        assertThat(rest).as(run).isEqualTo(readmeCommand());
        List<String> withAddress = new ArrayList<>(words);
        withAddress.set(option + 1, "https://staging.example.org/portal/");
        assertThat(parses(withAddress)).as(run).isTrue();
    }

    /** The command under "Publishing with CI" in the README: its first fenced block's {@code ./portal build} line, as words. */
    private static List<String> readmeCommand() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("\n### Publishing with CI\n");
        assertThat(section).as("the README's section \"Publishing with CI\"").isNotNegative();
        Matcher block = Pattern.compile("\n```[a-z]*\n(.*?)\n```\n", Pattern.DOTALL).matcher(readme);
        assertThat(block.find(section)).as("a fenced block under \"Publishing with CI\"").isTrue();
        List<String> lines = block.group(1).lines().filter(line -> line.startsWith("./portal build")).toList();
        assertThat(lines).as(block.group(1)).hasSize(1);
        return words(lines.get(0));
    }

    /** Whether picocli parses the command's arguments as {@code portal} does; {@code --verify} is let through until {@code build} has it. */
    private static boolean parses(List<String> command) {
        CommandLine portal = PortalCommand.commandLine(new PrintStream(OutputStream.nullOutputStream()), new PrintStream(OutputStream.nullOutputStream()),
                Map.of());
        List<String> args = new ArrayList<>(command.subList(1, command.size()));
        if (portal.getSubcommands().get("build").getCommandSpec().findOption("--verify") == null) {
            args.remove("--verify");
        }
        try {
            portal.parseArgs(args.toArray(String[]::new));
            return true;
        } catch (CommandLine.ParameterException e) {
            throw new AssertionError(command + ": " + e.getMessage(), e);
        }
    }

    /** A shell line's words: split at spaces outside double quotes, the quotes removed. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
        while (word.find()) {
            words.add(word.group(1) != null ? word.group(1) : word.group(2));
        }
        return words;
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file, StandardCharsets.UTF_8));
        return map(document);
    }

    private static Map<String, Object> step(List<Map<String, Object>> steps, String uses) {
        return steps.stream().filter(step -> uses.equals(step.get("uses"))).findFirst().orElseThrow(() -> new AssertionError("no step uses " + uses));
    }

    private static List<Map<String, Object>> steps(Object job) {
        return list(map(job).get("steps")).stream().map(PublishingPipelinesTest::map).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<?> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<?>) value;
    }

    private static List<String> strings(Object value) {
        return list(value).stream().map(String.class::cast).toList();
    }
}
