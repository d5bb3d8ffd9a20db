package news.coop.portal.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keys of {@code jbake.properties}, declared here and nowhere else: the portal's own {@code portal.*}
 * keys with their defaults and meanings ({@link #PORTAL}, the list README's "Configuration" table
 * shows, held equal to it by a test), the keys of JBake's that the portal or JBake's asset copy reads
 * ({@link #JBAKE_READ}), and JBake's other keys, which the portal ignores, each with the reason
 * ({@link #whyIgnored}). A key that is none of these is the site's own: templates read every key as
 * {@code config.*}, so it is allowed without a word. Immutable.
 */
public final class ConfigKeys {
    public static final String SITE_HOST = "site.host";
    public static final String LANGUAGES = "portal.languages";
    public static final String DEFAULT_LANGUAGE = "portal.default_language";
    public static final String TIMEZONE = "portal.timezone";
    public static final String PAGE_SIZE = "portal.page_size";
    public static final String FEED_SIZE = "portal.feed_size";
    public static final String REQUIRED_PAGES = "portal.required_pages";
    public static final String CORE_LANGUAGES = "portal.core_languages";
    public static final String IFRAME_HOSTS = "portal.html.iframe_hosts";
    public static final String LOGO = "portal.logo";
    /** The prefix of the portal's own keys: a key with it that is not in {@link #PORTAL} is an error. */
    public static final String PORTAL_PREFIX = "portal.";

    /**
     * One key of the portal's.
     *
     * @param fallback what holds without the key, in words ("—" for nothing)
     * @param meaning  what the key sets
     */
    public record Key(String name, String fallback, String meaning) {
    }

    /** The portal's own keys, in the order README's table lists them. */
    public static final List<Key> PORTAL = List.of(
            new Key(LANGUAGES, "en", "the site languages, in language-switcher order"),
            new Key(DEFAULT_LANGUAGE, "the first language", "where / sends readers, the language of /404.html, and the x-default version"),
            new Key(TIMEZONE, "Europe/Minsk", "the zone for dates without an offset, and for every printed date"),
            new Key(PAGE_SIZE, "10", "items per listing page"),
            new Key(FEED_SIZE, "20", "entries per Atom feed"),
            new Key(REQUIRED_PAGES, "about,contacts,accessibility", "page slugs every language must have: every page's footer links to them"),
            new Key(CORE_LANGUAGES, "—", "languages in which each required page exists, its versions sharing one translation key"),
            new Key(IFRAME_HOSTS, "—", "the hosts whose pages HTML in the text may embed in an <iframe>, over https"),
            new Key(LOGO, "—", "the site's logo, a picture in assets/: the publisher's logo in JSON-LD"));

    /**
     * JBake's keys that are read: the site's address and folders by the portal, {@code asset.ignore} and
     * {@code ignore.file} by JBake's asset copy.
     */
    public static final Set<String> JBAKE_READ = Set.of(SITE_HOST, "content.folder", "data.folder", "template.folder", "asset.folder", "asset.ignore",
            "ignore.file");

    /** The other keys of JBake 2.7.0's {@code default.properties}, each with why the portal ignores it. */
    private static final Map<String, String> IGNORED = ignored();

    private ConfigKeys() {
    }

    /** The portal's own key of that name, if it is one. */
    public static Optional<Key> portal(String name) {
        return PORTAL.stream().filter(key -> key.name().equals(name)).findFirst();
    }

    /** The names of the portal's own keys, in {@link #PORTAL}'s order. */
    public static List<String> portalNames() {
        return PORTAL.stream().map(Key::name).toList();
    }

    /** Why the portal ignores JBake's key {@code name}; empty when it is not such a key (it is read, or it is not JBake's). */
    public static Optional<String> whyIgnored(String name) {
        return Optional.ofNullable(IGNORED.get(name));
    }

    /** Every key {@link #whyIgnored} knows, for the test that holds the list equal to JBake's defaults. */
    public static Set<String> ignoredNames() {
        return IGNORED.keySet();
    }

    private static Map<String, String> ignored() {
        Map<String, String> why = new LinkedHashMap<>();
        reason(why, "the portal makes every page from its own plan (home, items, areas, regions, archive, feeds, sitemap, 404), "
                + "with JBake's page writers off", "render.index", "render.feed", "render.archive", "render.tags", "render.tagsindex", "render.sitemap",
                "render.error404");
        reason(why, "the portal's templates have fixed names (docs/templates.md lists them)", "template.masterindex.file", "template.feed.file",
                "template.error404.file", "template.archive.file", "template.tag.file", "template.tagsindex.file", "template.sitemap.file",
                "template.post.file", "template.page.file");
        reason(why, "the portal's addresses are fixed: every page is a folder holding index.html (README, \"The website\")", "index.file",
                "feed.file", "archive.file", "error404.file", "sitemap.file", "tag.path", "tag.sanitize", "output.extension", "uri.noExtension",
                "uri.noExtension.prefix");
        reason(why, "listings are paged by " + PAGE_SIZE, "index.paginate", "index.posts_per_page");
        reason(why, "templates and pages are always UTF-8", "render.encoding", "template.encoding", "freemarker.outputencoding");
        reason(why, "the portal sets up its Markdown (flexmark) itself, with fixed extensions and limits", "markdown.extensions",
                "markdown.maxParsingTimeInMillis");
        reason(why, "the portal reads Markdown only", "asciidoctor.option", "asciidoctor.attributes", "asciidoctor.attributes.export",
                "asciidoctor.attributes.export.prefix");
        reason(why, "templates are Freemarker, and every page is in its own language", "thymeleaf.locale");
        reason(why, "the portal keeps the content in memory and never opens JBake's database", "db.store", "db.path", "db.clear.cache");
        reason(why, "portal serve takes --port and --host", "server.port", "server.hostname", "server.contextPath");
        reason(why, "the portal has no example projects to unpack", "example.project.freemarker", "example.project.groovy",
                "example.project.groovy-mte", "example.project.thymeleaf", "example.project.jade");
        reason(why, "front-matter dates are ISO 8601, such as 2023-09-26T13:00:00+03:00", "date.format");
        reason(why, "an item is published unless its front matter says status: draft", "default.status");
        reason(why, "the folder decides: content/news/ holds news items, content/pages/ pages", "default.type");
        reason(why, "drafts are never published, under any name", "draft.suffix");
        reason(why, "front matter is YAML between --- lines", "header.separator");
        reason(why, "the portal writes picture addresses itself", "img.path.update", "img.path.prepend.host");
        reason(why, "the portal reads data/ itself: the vocabularies areas.yml and regions.yml", "data.file.docType");
        reason(why, "the site is built into target/site, or where --output says", "destination.folder");
        reason(why, "these are details of JBake's own build, not settings", "version", "build.timestamp", "git.hash");
        return java.util.Collections.unmodifiableMap(why);
    }

    private static void reason(Map<String, String> why, String reason, String... keys) {
        for (String key : keys) {
            why.put(key, reason);
        }
    }
}
