package news.coop.portal.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.config.ConfigReader;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.load.VocabularyLoader;
import news.coop.portal.model.Vocabulary;
import news.coop.portal.pipeline.FileKeys.FileKey;
import news.coop.portal.render.Messages;

/**
 * The configure stage: {@code jbake.properties} (read by JBake's configuration factory), the UI
 * strings, and the vocabularies of {@code data/}. What it read last time is reused while its files
 * are the same: the settings (jbake.properties and templates/) and the data each have a key.
 * Stateless.
 */
final class Configure {
    private Configure() {
    }

    /**
     * The site's configuration, messages and vocabularies.
     *
     * @param settings the keys of {@code jbake.properties} and of every file under {@code templates/}
     * @param data     the keys of every file under {@code data/}
     */
    record Configured(SiteConfig config, Messages messages, Vocabulary areas, Vocabulary regions, Map<Path, FileKey> settings,
            Map<Path, FileKey> data) {
    }

    /** Configures, reusing what {@code last} (null before the first build) read from unchanged files; null when there are errors. */
    static Configured run(BuildOptions options, Configured last, Diagnostics diagnostics) {
        Path root = options.project();
        Path templates = last == null ? root.resolve("templates") : last.config().templateDir();
        Map<Path, FileKey> settings = FileKeys.of(FileKeys.stamps(Stream.of(root.resolve("jbake.properties")), templates),
                last == null ? Map.of() : last.settings());
        SiteConfig config;
        Messages messages;
        if (last != null && settings.equals(last.settings())) {
            config = last.config();
            messages = last.messages();
        } else {
            ConfigReader.Result read = Configuration.read(options.project(), options.output(), options.baseUrl());
            diagnostics.addAll(read.diagnostics());
            if (read.failed()) {
                return null;
            }
            config = read.config();
            if (!config.templateDir().equals(templates)) {
                settings = FileKeys.of(FileKeys.stamps(Stream.of(root.resolve("jbake.properties")), config.templateDir()), settings);
            }
            messages = Messages.load(config, diagnostics);
            if (diagnostics.hasErrors()) {
                return null;
            }
        }
        Map<Path, FileKey> data = FileKeys.of(FileKeys.stamps(Stream.empty(), config.dataDir()), last == null ? Map.of() : last.data());
        if (last != null && config == last.config() && data.equals(last.data())) {
            return new Configured(config, messages, last.areas(), last.regions(), settings, data);
        }
        VocabularyLoader vocabularies = new VocabularyLoader(config);
        Diagnostics problems = new Diagnostics();
        Vocabulary areas = vocabularies.load("area", problems);
        Vocabulary regions = vocabularies.load("region", problems);
        vocabularies.reportUnknownFiles(List.of("area", "region"), problems);
        diagnostics.addAll(problems.sorted());
        return problems.hasErrors() ? null : new Configured(config, messages, areas, regions, settings, data);
    }
}
