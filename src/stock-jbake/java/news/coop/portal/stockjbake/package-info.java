/**
 * Stock JBake 2.7.0, the baseline of {@code portal bench --compare-jbake}: converts a project in our
 * format to stock JBake's and bakes it with JBake's own engines and its embedded OrientDB store. Not
 * part of the tool: this source folder ({@code src/stock-jbake}) is compiled into it only by
 * {@code mvn -Pstock-jbake}, and otherwise only with the tests, so that the runtime jar holds neither
 * this package nor OrientDB. Like the adapter package {@code jbake}, it imports {@code org.jbake}.
 */
package news.coop.portal.stockjbake;
