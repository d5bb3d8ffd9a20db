/**
 * The adapter to JBake 2.7.0: the only package that imports {@code org.jbake}. It reads
 * {@code jbake.properties} with JBake's configuration factory and bakes the page plan in JBake's
 * {@code Oven} through its seams (Utensils, {@code Engines.register}, the {@code .ftlh} template engine
 * and a {@code RenderingTool}), so JBake's static registries and old APIs stay behind this one wall.
 */
package news.coop.portal.jbake;
