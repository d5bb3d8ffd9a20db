package news.coop.portal.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.pipeline.BodyStage.Refined;
import news.coop.portal.refine.LinkChecker;
import news.coop.portal.refine.PageScan;
import news.coop.portal.render.PageJob;
import news.coop.portal.render.PagePlanner;
import news.coop.portal.write.Fingerprints;
import news.coop.portal.write.HostingFiles;
import news.coop.portal.write.SiteFiles;

/**
 * The link check of the refine stage, and the description of the new site's files: proves that every
 * link of every page leads to a file of the site (and every fragment to an id there). Where the new
 * site is built on a published one with the same files, only the links of the pages rendered again
 * can have changed their verdict (and links to fragments of pages whose ids changed). Stateless.
 */
final class LinkStage {
    private LinkStage() {
    }

    /** One page of the site: the job that made it, and what the link check needs of it (null for feeds and the sitemap). */
    record Output(PageJob job, PageScan scan) {
    }

    /** Every page of the plan: its scan when it was rendered now, else the published page's. */
    static Map<String, Output> outputs(PagePlanner.Plan plan, Map<String, PageScan> scans, Map<String, Output> kept) {
        Map<String, Output> outputs = new LinkedHashMap<>();
        for (PageJob job : plan.jobs()) {
            PageScan scan = scans.containsKey(job.output()) ? scans.get(job.output())
                    : kept.containsKey(job.output()) ? kept.get(job.output()).scan() : null;
            outputs.put(job.output(), new Output(job, scan));
        }
        return outputs;
    }

    /** The new site's files besides its pages' contents: pages, text files, assets, pictures, and {@code _headers} made from them. */
    static SiteFiles files(SiteConfig config, PagePlanner.Plan plan, Set<String> assets, Set<String> pictures, Fingerprints names) {
        Set<String> pages = new TreeSet<>();
        plan.jobs().forEach(job -> pages.add(job.output()));
        // The files under names of their content, and the others.
        Set<String> named = new TreeSet<>(pictures);
        named.addAll(names.fingerprinted());
        Set<String> plain = new HashSet<>(assets);
        plain.addAll(plan.textFiles().keySet());
        plain.addAll(pages);
        plain.removeAll(named);
        String headers = HostingFiles.headers(config.basePath(), named, plain, config.languages());
        return new SiteFiles(pages, plan.textFiles(), assets, pictures, headers);
    }

    /**
     * Checks the links of the site: every link, unless {@code base} is a published site with the same
     * files, whose pages {@code kept} keep; then the links of the pages {@code scans} holds.
     */
    static void check(SiteConfig config, Map<String, Output> outputs, Map<String, PageScan> scans, SiteFiles site, SiteFiles base,
            Map<String, Output> kept, Map<String, Refined> bodies, Diagnostics diagnostics) {
        LinkChecker checker = new LinkChecker(config, source -> bodies.containsKey(source) ? bodies.get(source).body().links() : List.of());
        outputs.forEach((path, output) -> {
            if (output.scan() != null) {
                checker.collect(path, output.job().source(), output.scan());
            }
        });
        Set<String> files = files(site);
        if (base.isEmpty() || !files.equals(files(base))) {
            diagnostics.addAll(checker.check(files));
            return;
        }
        boolean idsChanged = false;
        List<String> rendered = new ArrayList<>();
        for (Map.Entry<String, Output> output : outputs.entrySet()) {
            PageScan scan = scans.get(output.getKey());
            if (scan != null) {
                Output before = kept.get(output.getKey());
                idsChanged |= before == null || before.scan() == null || !new HashSet<>(before.scan().ids()).equals(new HashSet<>(scan.ids()));
                rendered.add(output.getKey());
            }
        }
        diagnostics.addAll(checker.check(files, rendered, idsChanged));
    }

    /** Every file of a site, as the link check knows them: pages, text files, assets and pictures. */
    private static Set<String> files(SiteFiles site) {
        Set<String> files = new HashSet<>(site.assets());
        files.addAll(site.texts().keySet());
        files.addAll(site.pages());
        files.addAll(site.pictures());
        return files;
    }
}
