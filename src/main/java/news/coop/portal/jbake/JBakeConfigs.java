package news.coop.portal.jbake;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.coop.portal.config.ConfigReader;
import news.coop.portal.config.SiteConfig;
import org.jbake.app.JBakeException;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * Reads {@code jbake.properties} with JBake's own {@link JBakeConfigurationFactory}, so that JBake's
 * keys and defaults mean what they mean in JBake: {@link #read} for the site's configuration (made and
 * checked by {@link ConfigReader}), {@link #create} for one bake. Stateless.
 */
public final class JBakeConfigs {
    private JBakeConfigs() {
    }

    /**
     * The site's configuration from {@code root}'s {@code jbake.properties}, with every problem of the
     * file; {@code baseUrl}, when not null (an absolute http(s) URL, checked by the caller), replaces
     * {@code site.host}. The one way the portal reads its configuration.
     */
    public static ConfigReader.Result read(Path root, Path outputDir, String baseUrl) {
        Path file = root.resolve(ConfigReader.FILE);
        if (!Files.isRegularFile(file)) {
            return ConfigReader.missing(root);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString().replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            return ConfigReader.unreadable("config.encoding", "the file is not UTF-8 text", "save it as UTF-8");
        } catch (IOException e) {
            return ConfigReader.unreadable("config.unreadable", "cannot read the file: " + e.getMessage(), "check that it is a readable file");
        }
        DefaultJBakeConfiguration jbake;
        try {
            jbake = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(root.toFile(), outputDir.toFile(), false);
        } catch (JBakeException | IllegalArgumentException e) {
            return ConfigReader.unreadable("config.invalid", String.valueOf(e.getMessage()), "fix the file's syntax: key = value");
        }
        Map<String, String> values = new TreeMap<>();
        for (Iterator<String> keys = jbake.getKeys(); keys.hasNext();) {
            String key = keys.next();
            Object value = jbake.get(key);
            values.put(key, value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList()) : String.valueOf(value));
        }
        return ConfigReader.read(root, outputDir, text, values, baseUrl);
    }

    /** JBake's configuration for one bake into {@code destination}, with JBake's own page writers switched off. */
    static DefaultJBakeConfiguration create(SiteConfig site, File destination) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(site.root().toFile(), destination, false);
        // JBake's own page writers stay off: every page comes from the plan (PlanRenderingTool).
        for (String key : List.of("render.index", "render.feed", "render.archive", "render.tags", "render.tagsindex", "render.sitemap", "render.error404")) {
            config.setProperty(key, false);
        }
        config.setDatabaseStore("memory");
        config.setTemplateFolder(site.templateDir().toFile());
        config.setContentFolder(site.contentDir().toFile());
        config.setAssetFolder(site.assetDir().toFile());
        config.setDataFolder(site.dataDir().toFile());
        return config;
    }
}
