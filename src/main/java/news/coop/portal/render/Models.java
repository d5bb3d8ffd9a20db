package news.coop.portal.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.image.Responsive;
import news.coop.portal.model.Image;
import news.coop.portal.model.NewsItem;
import news.coop.portal.model.Picture;
import news.coop.portal.model.Site;
import news.coop.portal.model.Status;
import news.coop.portal.model.Term;
import news.coop.portal.render.Views.Crumb;
import news.coop.portal.render.Views.Entry;
import news.coop.portal.render.Views.ImageView;
import news.coop.portal.render.Views.Item;
import news.coop.portal.render.Views.LanguageLink;
import news.coop.portal.render.Views.PageInfo;
import news.coop.portal.render.Views.ShareImage;
import news.coop.portal.render.Views.SiteView;
import news.coop.portal.render.Views.TermLink;
import news.coop.portal.search.SearchIndex;

/** Builds the view records of {@link Views} from model records, for one site and one build. */
final class Models {
    private static final JsonFactory JSON = new JsonFactory();
    /** The widest picture a page offers for sharing: large enough for every network's large card, small enough for their size limits. */
    static final int SHARE_WIDTH = 1600;

    final SiteConfig config;
    final Messages messages;
    final Site site;
    /** Source path → rendered body HTML. */
    final Map<String, String> bodies;
    /** The measured pictures of the build, by site path. */
    private final Map<String, Picture> pictures;
    /** The {@code site} key of each language's pages: the same for every page, so built once. */
    private final Map<String, SiteView> siteViews = new HashMap<>();
    private final ViewCache views;
    /** The search analysis of this build, whose stems every language's items share. */
    private final SearchIndex.Analyser analyser;
    /** Each item's URL: asked for by every page that shows or links to it. */
    private final Map<NewsItem, String> urls = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    Models(SiteConfig config, Messages messages, Site site, Map<String, String> bodies, Map<String, Picture> pictures, ViewCache views,
            SearchIndex.Analyser analyser) {
        this.config = config;
        this.analyser = analyser;
        this.pictures = pictures;
        this.views = views;
        this.messages = messages;
        this.site = site;
        this.bodies = bodies;
        List<LanguageLink> languages = config.languages().stream()
                .map(code -> new LanguageLink(code, messages.get(code, "lang.name"), "/" + code + "/", messages.get(code, "lang.switch.fallback"))).toList();
        for (String lang : config.languages()) {
            String feed = site.news(lang).isEmpty() ? null : config.absolute("/" + lang + "/feed.xml");
            siteViews.put(lang, new SiteView(messages.get(lang, "site.name"), config.baseUrl(), config.defaultLanguage(), languages, feed));
        }
    }

    PageInfo info(String kind, String lang, String title, String description, String url, List<Crumb> crumbs, String feed) {
        return new PageInfo(kind, lang, title, description, url, config.absolute(url), "website", crumbs, feed, List.of(), null, null, null);
    }

    /** A news item's page: an article, with its dates and its picture for sharing. */
    PageInfo article(NewsItem item, List<Crumb> crumbs) {
        String url = url(item);
        return new PageInfo("news", item.lang(), item.title(), item.lead(), url, config.absolute(url), "article", crumbs, null, List.of(),
                shareImage(item), Dates.iso(item.localDate(config.zone())), Dates.iso(item.localUpdated(config.zone())));
    }

    /** The lead picture at the largest size social networks take (at most {@value #SHARE_WIDTH} pixels wide), or null. */
    private ShareImage shareImage(NewsItem item) {
        Picture picture = item.image() == null ? null : pictures.get(item.image().src());
        if (picture == null) {
            return null;
        }
        Picture.Variant shared = picture.atMost(SHARE_WIDTH);
        return new ShareImage(config.absolute(shared.src()), item.image().alt(), shared.width(), shared.height());
    }

    /** The {@code site} key of the pages in {@code lang}. */
    SiteView site(String lang) {
        return siteViews.get(lang);
    }

    /** An item's summary; the same one appears on many listing pages, so each is made once. */
    Item item(NewsItem item) {
        return views.summary(item, key -> view(key, null, null));
    }

    Item fullItem(NewsItem item) {
        String body = bodies.get(item.source());
        return views.full(item, body, key -> view(key, body, jsonLd(key)));
    }

    /**
     * An item as the search index holds it, and its terms: analysed once per item and body, since a
     * warm rebuild keeps the terms of every item that did not change.
     */
    SearchIndex.Entry searchEntry(NewsItem item) {
        String body = bodies.get(item.source());
        return views.search(item, body, key -> {
            ZonedDateTime date = key.localDate(config.zone());
            String lang = key.lang();
            StringBuilder labels = new StringBuilder();
            key.areas().forEach(term -> labels.append(term.label(lang)).append('\n'));
            key.regions().forEach(term -> labels.append(term.label(lang)).append('\n'));
            SearchIndex.Indexed indexed = analyser.index(lang, key.title(), key.lead(), body == null ? "" : body, labels.toString());
            SearchIndex.Document document = new SearchIndex.Document(config.link(url(key)), key.title(), date.toLocalDate().toString(),
                    Dates.text(date, lang, messages), date.getYear(), key.lead(), key.areas().stream().map(Term::id).toList(),
                    indexed.text(), labels.toString());
            return new SearchIndex.Entry(document, indexed.analysed());
        });
    }

    /** The item's site-absolute URL. */
    String url(NewsItem item) {
        return urls.computeIfAbsent(item, key -> key.url(config.zone()));
    }

    private Item view(NewsItem item, String bodyHtml, String jsonLd) {
        ZonedDateTime date = item.localDate(config.zone());
        ZonedDateTime updated = item.localUpdated(config.zone());
        return new Item(item.title(), item.lead(), url(item), item.lang(), Dates.iso(date), Dates.text(date, item.lang(), messages),
                item.wasUpdated() ? Dates.iso(updated) : null, item.wasUpdated() ? Dates.text(updated, item.lang(), messages) : null,
                links(item.areas(), item.lang(), "areas"), links(item.regions(), item.lang(), "regions"), image(item.image()),
                bodyHtml, jsonLd, item.status() == Status.DRAFT);
    }

    private ImageView image(Image image) {
        if (image == null) {
            return null;
        }
        Picture picture = pictures.get(image.src());
        return new ImageView(picture == null ? image.src() : picture.src(), image.alt(), image.caption(), image.credit(), picture == null ? 0 : picture.width(),
                picture == null ? 0 : picture.height(), picture == null ? "" : Responsive.srcset(picture, config::link),
                picture == null || picture.variants().isEmpty() ? "" : Responsive.FIGURE_SIZES, image.decorative());
    }

    private List<TermLink> links(List<Term> terms, String lang, String segment) {
        return terms.stream().map(term -> new TermLink(term.id(), term.label(lang), "/" + lang + "/" + segment + "/" + term.id() + "/")).toList();
    }

    Entry entry(NewsItem item) {
        return views.entry(item, bodies.get(item.source()), this::newEntry);
    }

    private Entry newEntry(NewsItem item) {
        ZonedDateTime date = item.localDate(config.zone());
        String url = url(item);
        return new Entry(tagUri(date, url), item.title(), config.absolute(url), Dates.iso(date), Dates.iso(item.localUpdated(config.zone())), item.lead(),
                absoluteLinks(bodies.get(item.source())), item.areas().stream().map(term -> term.label(item.lang())).toList());
    }

    /**
     * A stable Atom id (RFC 4151): {@code tag:host,date:path}, the path with the site's base path, so
     * that two sites on one host (staging under /portal/, production at the root) never share ids. It
     * stays the same however often the site is rebuilt, and never contains the build time.
     */
    String tagUri(ZonedDateTime date, String path) {
        return "tag:" + URI.create(config.baseUrl()).getHost() + "," + date.toLocalDate() + ":" + config.link(path);
    }

    /** Feed readers resolve links against nothing: make site-absolute links absolute, in {@code srcset} too. */
    private String absoluteLinks(String html) {
        String base = config.baseUrl().substring(0, config.baseUrl().length() - config.basePath().length());
        String absolute = html.replace("href=\"/", "href=\"" + base + "/").replace("src=\"/", "src=\"" + base + "/");
        if (!absolute.contains("srcset=\"")) {
            return absolute;
        }
        String prefix = "$1" + Matcher.quoteReplacement(base) + "/";
        return SRCSET.matcher(absolute).replaceAll(srcset -> Matcher.quoteReplacement(srcset.group().replaceAll("(\"|, )/(?!/)", prefix)));
    }

    private static final Pattern SRCSET = Pattern.compile("srcset=\"[^\"]*\"");

    /**
     * schema.org {@code NewsArticle} metadata, safe to embed in a {@code <script>} element: headline,
     * description, publication and modification dates with their offset, language, address, the lead
     * picture at every width the site has it (largest first), the areas, and the site as author and
     * publisher (with its logo when {@code portal.logo} names one).
     */
    private String jsonLd(NewsItem item) {
        String url = config.absolute(url(item));
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("@context", "https://schema.org");
            json.writeStringField("@type", "NewsArticle");
            json.writeStringField("headline", item.title());
            json.writeStringField("description", item.lead());
            json.writeStringField("datePublished", Dates.iso(item.localDate(config.zone())));
            json.writeStringField("dateModified", Dates.iso(item.localUpdated(config.zone())));
            json.writeStringField("inLanguage", item.lang());
            json.writeStringField("url", url);
            json.writeObjectFieldStart("mainEntityOfPage");
            json.writeStringField("@type", "WebPage");
            json.writeStringField("@id", url);
            json.writeEndObject();
            Picture picture = item.image() == null ? null : pictures.get(item.image().src());
            if (picture != null) {
                json.writeArrayFieldStart("image");
                List<Picture.Variant> candidates = picture.candidates();
                for (int i = candidates.size() - 1; i >= 0; i--) {
                    json.writeString(config.absolute(candidates.get(i).src()));
                }
                json.writeEndArray();
            }
            json.writeArrayFieldStart("articleSection");
            for (Term area : item.areas()) {
                json.writeString(area.label(item.lang()));
            }
            json.writeEndArray();
            for (String role : List.of("author", "publisher")) {
                json.writeFieldName(role);
                organisation(json, item.lang());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scriptSafe(out.toString());
    }

    /** The site as an organisation: its name in the item's language, its home page, and its logo when it has one. */
    private void organisation(JsonGenerator json, String lang) throws IOException {
        json.writeStartObject();
        json.writeStringField("@type", "Organization");
        json.writeStringField("name", messages.get(lang, "site.name"));
        json.writeStringField("url", config.absolute("/" + lang + "/"));
        Picture logo = pictures.get(config.properties().getOrDefault(SiteConfig.LOGO, ""));
        if (logo != null) {
            json.writeObjectFieldStart("logo");
            json.writeStringField("@type", "ImageObject");
            json.writeStringField("url", config.absolute(logo.src()));
            json.writeNumberField("width", logo.width());
            json.writeNumberField("height", logo.height());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /**
     * JSON that cannot end or confuse the {@code <script>} element it is printed in: every "<" (which
     * could start {@code </script>} or {@code <!--}) and the line separators U+2028 and U+2029 are
     * written as JSON escapes, which mean the same characters. Outside strings JSON has none of them.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
