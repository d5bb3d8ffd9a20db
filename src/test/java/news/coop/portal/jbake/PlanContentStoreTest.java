package news.coop.portal.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;

/**
 * The store behind our utensils answers JBake's content queries from memory, with no database:
 * posts newest first, by tag, by source, counted and paged, the way JBake's own templates and
 * rendering tools ask for them.
 */
class PlanContentStoreTest {
    @Test
    void answersJBakesQueriesFromMemoryWithoutStartingADatabase() {
        PlanContentStore store = new PlanContentStore();
        store.begin(List.of(), () -> List.of(
                post("content/news/2023/a.md", "2023-01-01T00:00:00Z", "energy", "moscow-region"),
                post("content/news/2024/b.md", "2024-01-01T00:00:00Z", "energy"),
                post("content/news/2022/c.md", "2022-01-01T00:00:00Z", "roads"),
                page("content/pages/about.md")), (job, text) -> {
        });
        store.startup();

        assertThat(store.getPublishedPosts()).extracting(DocumentModel::getSourceuri)
                .containsExactly("content/news/2024/b.md", "content/news/2023/a.md", "content/news/2022/c.md");
        assertThat(store.getPublishedPostsByTag("energy")).extracting(DocumentModel::getSourceuri)
                .containsExactly("content/news/2024/b.md", "content/news/2023/a.md");
        assertThat(store.getPublishedDocumentsByTag("moscow-region")).extracting(DocumentModel::getSourceuri).containsExactly("content/news/2023/a.md");
        assertThat(store.getTags()).containsExactly("energy", "moscow-region", "roads");
        assertThat(store.getPublishedCount("post")).isEqualTo(3);
        assertThat(store.getPublishedPages()).extracting(DocumentModel::getSourceuri).containsExactly("content/pages/about.md");
        assertThat(store.getDocumentByUri("content/news/2022/c.md")).extracting(DocumentModel::getTitle).containsExactly("content/news/2022/c.md");
        assertThat(store.getUnrenderedContent()).isEmpty();

        store.setStart(1);
        store.setLimit(1);
        assertThat(store.getPublishedPosts(true)).extracting(DocumentModel::getSourceuri).containsExactly("content/news/2023/a.md");
        store.close();
    }

    private static DocumentModel post(String source, String date, String... tags) {
        DocumentModel document = page(source);
        document.setType("post");
        document.setDate(Date.from(Instant.parse(date)));
        document.setTags(tags);
        return document;
    }

    private static DocumentModel page(String source) {
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        document.setType("page");
        document.setSourceUri(source);
        document.setTitle(source);
        document.setStatus("published");
        return document;
    }
}
