package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Event;
import org.sitrep.core.Extraction;
import org.sitrep.core.model.SourcedMention;

/**
 * An article's mentions and the events holding them, on both dialects: found by the mentions' ids in SQLite (which
 * has no index by article since migration 14), by the index in PostgreSQL, the same either way. Articles whose ids
 * are another's and a colon share the range of ids a prefix selects.
 */
class ArticleMentionsTest {
    @TempDir
    Path dir;

    /** A copy of an extraction under another article id and document name. */
    private static Extraction as(Extraction x, String id) {
        Article a = x.article();
        Article b = new Article(id, a.doc() + "#" + id, a.source(), a.outlet(), a.url(), a.published(), a.language(), a.title(),
                a.text(), a.statements(), a.diagnostics());
        return new Extraction(b, x.events(), x.claims(), x.quantities(), x.unresolved(), x.diagnostics(), x.actors(), x.trace(),
                x.countries());
    }

    @Test
    void anArticleHasItsOwnMentionsAndTheirEventsEvenWhenAnotherIdStartsWithItsOwn() {
        List<Extraction> seeds = Seeds.extractions();
        Extraction base = seeds.stream().filter(x -> x.events().size() >= 3).findFirst().orElseThrow();
        Extraction other = seeds.stream().filter(x -> x != base && !x.events().isEmpty()).findFirst().orElseThrow();
        List<Extraction> xs = List.of(as(base, "art"), as(other, "art:0"), as(other, "art:"), as(base, "art;"), as(other, "ar"));
        try (EventStore s = TestStores.open(dir.resolve("articles.db"))) {
            for (Extraction x : xs) {
                s.add(x);
            }
            s.refresh();
            List<Event> events = new ArrayList<>();
            EventQuery q = new EventQuery(null, null, null, null, null, null, null, 1000);
            events.addAll(s.events(q));
            for (Extraction x : xs) {
                String id = x.article().id();
                EventStore.StoredArticle stored = s.article(id).orElseThrow();
                List<String> ids = stored.mentions().stream().map(SourcedMention::id).toList();
                List<String> want = new ArrayList<>();
                for (int i = 0; i < x.events().size(); i++) {
                    want.add(id + ":" + i);
                }
                assertEquals(want, ids, "the mentions of " + id + " in the order stored");
                assertTrue(stored.mentions().stream().allMatch(m -> m.articleId().equals(id)), id);

                Set<String> holding = new TreeSet<>();
                for (Event e : events) {
                    if (e.mentions().stream().anyMatch(m -> m.articleId().equals(id))) {
                        holding.add(e.id());
                    }
                }
                assertFalse(holding.isEmpty(), id);
                assertEquals(new ArrayList<>(holding), s.monitor().eventsOfArticles(List.of(id)), "the events of " + id);
            }
            Set<String> both = new TreeSet<>(s.monitor().eventsOfArticles(List.of("art")));
            both.addAll(s.monitor().eventsOfArticles(List.of("art:0")));
            assertEquals(new ArrayList<>(both), s.monitor().eventsOfArticles(List.of("art", "art:0")));
            assertTrue(s.article("a").isEmpty());
            assertEquals(List.of(), s.monitor().eventsOfArticles(List.of("a", "art:1")));
        }
    }
}
