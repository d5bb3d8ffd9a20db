package news.coop.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one list of the portal's keys and README's "Configuration" table stay in step. */
class ConfigKeysTest {
    @Test
    void readmeListsEveryKeyOfThePortalInOrderWithItsDefault() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("\n## Configuration\n"), readme.indexOf("\n## How it works\n"));
        Matcher row = Pattern.compile("(?m)^\\| `(portal\\.[a-z_.]+)` \\| ([^|]+) \\|").matcher(section);
        List<String> listed = new java.util.ArrayList<>();
        while (row.find()) {
            listed.add(row.group(1));
            String fallback = ConfigKeys.portal(row.group(1)).map(ConfigKeys.Key::fallback).orElse("(not a key of the portal)");
            assertThat(row.group(2).replace("`", "")).as("README's default of " + row.group(1)).contains(fallback);
        }
        assertThat(listed).isEqualTo(ConfigKeys.portalNames());
    }
}
