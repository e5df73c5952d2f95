package org.sitrep.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Extraction;
import org.sitrep.core.model.Article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Articles written in batches are stored as one by one; one bad article loses only itself. */
class BatchWriteTest {
    /** A copy of an extraction whose article the store must refuse (no document name). */
    private static Extraction broken(Extraction x) {
        Article a = x.article();
        Article bad = new Article(a.id() + "-broken", null, a.source(), a.outlet(), a.url(), a.published(), a.language(), a.title(),
                a.text(), a.statements(), a.diagnostics());
        return new Extraction(bad, x.events(), x.claims(), x.quantities(), x.unresolved(), x.diagnostics(), x.actors(), x.trace(),
                x.countries());
    }

    @Test
    void aBatchStoresWhatOneByOneStores(@TempDir Path dir) {
        List<Extraction> xs = Seeds.extractions();
        EventStore.Counts one;
        // words of every seed article's text and title, and of one only: the batch indexes its articles' text at its end
        List<String> words = List.of("Hama", "prison", "Syrian", "army", "HTS", "opposition", "Russian", "Aleppo");
        List<List<EventStore.ArticleHit>> found = new ArrayList<>();
        try (EventStore s = EventStores.open(dir.resolve("one.db"))) {
            xs.forEach(s::add);
            s.refresh();
            one = s.counts();
            for (String w : words) {
                found.add(s.search(w, 50));
            }
        }
        assertTrue(found.stream().allMatch(f -> !f.isEmpty()), found.toString());
        try (EventStore s = EventStores.open(dir.resolve("batch.db"))) {
            List<Extraction> twice = new ArrayList<>(xs);
            twice.add(xs.get(0)); // the same article again in the same batch
            List<Object> r = s.addAll(twice);
            assertEquals(xs.size() + 1, r.size());
            for (int i = 0; i < xs.size(); i++) {
                assertEquals(EventStore.Added.ADDED, r.get(i));
            }
            assertEquals(EventStore.Added.ALREADY_STORED, r.get(xs.size()));
            s.refresh();
            assertEquals(one, s.counts());
            for (int i = 0; i < words.size(); i++) {
                assertEquals(found.get(i), s.search(words.get(i), 50), words.get(i));
            }
        }
    }

    @Test
    void aRefusedArticleLosesOnlyItselfWithItsReason(@TempDir Path dir) {
        List<Extraction> xs = new ArrayList<>(Seeds.extractions());
        xs.add(2, broken(xs.get(2)));
        try (EventStore s = EventStores.open(dir.resolve("b.db"))) {
            List<Object> r = s.addAll(xs);
            assertInstanceOf(StoreException.class, r.get(2));
            assertTrue(((StoreException) r.get(2)).getMessage().contains("cannot store article"), r.get(2).toString());
            assertEquals(xs.size() - 1, r.stream().filter(o -> o == EventStore.Added.ADDED).count());
            assertEquals(xs.size() - 1, s.counts().articles());
            // the batch was written again one by one: every stored article's text is indexed once
            assertEquals(xs.size() - 1, s.search("Hama", 50).size());
        }
    }

    @Test
    void anArticleThatNoOtherFollowsIsWrittenWithinAboutTheBatchWait(@TempDir Path dir) throws Exception {
        List<Object> told = java.util.Collections.synchronizedList(new ArrayList<>());
        try (EventStore s = EventStores.open(dir.resolve("slow.db"))) {
            try (BatchWriter w = new BatchWriter(s, (x, outcome) -> told.add(outcome))) {
                w.add(Seeds.extractions().get(0)); // a slow stream: nothing comes after it for a while
                long deadline = System.nanoTime() + 4 * BatchWriter.MAX_WAIT_NANOS;
                while (told.isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertEquals(List.of(EventStore.Added.ADDED), told, "written by the writer's clock, not only at close");
            }
            assertEquals(1, s.counts().articles());
        }
    }

    @Test
    void theWriterReportsEachArticleOnceItsBatchIsCommitted(@TempDir Path dir) {
        List<Extraction> xs = Seeds.extractions();
        List<Object> told = java.util.Collections.synchronizedList(new ArrayList<>());
        try (EventStore s = EventStores.open(dir.resolve("w.db"))) {
            long t0 = System.nanoTime();
            try (BatchWriter w = new BatchWriter(s, (x, outcome) -> told.add(outcome))) {
                xs.forEach(w::add);
                if (System.nanoTime() - t0 < BatchWriter.MAX_WAIT_NANOS / 2) {
                    assertTrue(told.isEmpty(), "nothing is reported before its batch is written");
                }
            }
            assertEquals(xs.size(), told.size());
            assertEquals(xs.size(), s.counts().articles());
        }
        try (EventStore s = EventStores.open(dir.resolve("empty.db")); BatchWriter w = new BatchWriter(s, (x, o) -> told.add(o))) {
            w.flush(); // an empty batch writes nothing
            assertEquals(0, s.counts().articles());
        }
    }

    /** A store whose batch writes wait for {@code gate} (or throw {@code failure}), the rest done by {@code real}. */
    private static EventStore gated(EventStore real, java.util.concurrent.CountDownLatch gate, RuntimeException failure) {
        return (EventStore) java.lang.reflect.Proxy.newProxyInstance(EventStore.class.getClassLoader(), new Class<?>[] {EventStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("addAll")) {
                        gate.await();
                        if (failure != null) {
                            throw failure;
                        }
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    @org.junit.jupiter.api.Timeout(60) // a writer that wrote on the caller's thread would wait at the gate for ever
    void theCallerGoesOnWhileABatchIsWrittenAndWaitsOnlyWhenTheNextIsFull(@TempDir Path dir) throws Exception {
        Extraction x = Seeds.extractions().get(0);
        java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
        try (EventStore s = EventStores.open(dir.resolve("o.db"))) {
            BatchWriter w = new BatchWriter(gated(s, gate, null), (a, outcome) -> { });
            for (int i = 0; i < BatchWriter.MAX_ARTICLES; i++) {
                w.add(x); // the first batch is handed to the writer, which waits at the gate
            }
            for (int i = 0; i < BatchWriter.MAX_ARTICLES - 1; i++) {
                w.add(x); // the next batch fills meanwhile: the caller is not held up
            }
            assertEquals(0, w.added() + w.alreadyStored(), "nothing counted before its batch is committed");
            Thread filler = new Thread(() -> w.add(x)); // this one completes a batch: it waits for the write before it
            filler.start();
            filler.join(300);
            assertTrue(filler.isAlive(), "a caller whose next batch is full waits for the write in flight");
            gate.countDown();
            filler.join(10_000);
            w.close();
            assertEquals(1, w.added());
            assertEquals(2 * BatchWriter.MAX_ARTICLES - 1, w.alreadyStored());
            assertEquals(1, s.counts().articles());
        }
    }

    @Test
    void aWriteThatFailsAsAWholeIsThrownToTheCallerAndNothingIsCounted(@TempDir Path dir) {
        java.util.concurrent.CountDownLatch open = new java.util.concurrent.CountDownLatch(0);
        try (EventStore s = EventStores.open(dir.resolve("f.db"))) {
            List<Object> told = java.util.Collections.synchronizedList(new ArrayList<>());
            BatchWriter w = new BatchWriter(gated(s, open, new StoreException("the disk is gone", null)), (a, o) -> told.add(o));
            Seeds.extractions().forEach(w::add);
            StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class, w::close);
            assertTrue(e.getMessage().contains("the disk is gone"));
            assertEquals(0, w.added());
            assertTrue(told.isEmpty(), "no article is reported stored");
            assertEquals(0, s.counts().articles());
        }
    }
}
