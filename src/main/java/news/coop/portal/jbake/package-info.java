/**
 * The adapter to JBake 2.7.0: the only package that imports {@code org.jbake}, and only the
 * composition root ({@code pipeline}) uses it. What JBake does for the portal, through its seams:
 * <ul>
 *   <li>it reads {@code jbake.properties} with its own defaults ({@code JBakeConfigurationFactory}),
 *       so JBake's keys mean what they mean in JBake ({@link news.coop.portal.jbake.JBakeConfigs});
 *   <li>its template-engine registry ({@code TemplateEngines}, fed by
 *       {@code META-INF/org.jbake.parser.TemplateEngines.properties}) picks the engine of every page by
 *       its template's extension, ours for {@code .ftlh}/{@code .ftlx}, and JBake's template model
 *       ({@code config}, {@code version}, {@code content}) is what templates get
 *       ({@link news.coop.portal.jbake.JBakeRenderer}, the render stage's {@code PageRenderer});
 *   <li>its asset copy ({@code Asset}) publishes {@code assets/} and the files beside the sources, by
 *       its {@code asset.*} rules ({@link news.coop.portal.jbake.JBakeAssets}, the write stage's {@code AssetCopy}).
 * </ul>
 * What it does not do: JBake's {@code Oven} needs its OrientDB content store (its
 * {@code updateSchema()} is final), and its crawler skips a bad source with a log line, so the
 * pipeline loads, validates, models and plans the site itself and never opens a database; OrientDB is
 * not in the runtime jar. JBake's static registries are only read here, never changed.
 */
package news.coop.portal.jbake;
