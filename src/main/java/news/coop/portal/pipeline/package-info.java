/**
 * The orchestrator ({@link news.coop.portal.pipeline.Pipeline}), which runs the stages in order, and
 * the small stage functions that join the stage packages with the memo a warm process reuses
 * ({@link news.coop.portal.pipeline.Memo}). The entry points: {@link news.coop.portal.pipeline.Build}
 * (one build), {@link news.coop.portal.pipeline.Session} (a process that builds again and again, and
 * checks). The composition root: the only package that wires the JBake adapter in.
 */
package news.coop.portal.pipeline;
