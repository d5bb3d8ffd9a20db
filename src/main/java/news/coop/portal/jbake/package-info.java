/**
 * The adapter to JBake 2.7.0: the only package that imports {@code org.jbake}. It reads
 * {@code jbake.properties} with JBake's configuration factory and bakes the page plan with JBake's
 * bake sequence through its seams: {@code Utensils} (an in-memory {@code ContentStore} in place of
 * OrientDB, a crawler, a renderer, JBake's {@code Asset}), {@code Engines.register}, the
 * {@code .ftlh} template engine and a {@code RenderingTool} found by ServiceLoader. JBake's static
 * registries and old APIs stay behind this one wall.
 */
package news.coop.portal.jbake;
