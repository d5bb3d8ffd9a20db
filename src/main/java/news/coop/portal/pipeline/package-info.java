/** The orchestrator that runs the pipeline stages in order, and its options and result. */
package news.coop.portal.pipeline;
