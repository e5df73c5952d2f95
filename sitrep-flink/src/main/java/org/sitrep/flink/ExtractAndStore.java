package org.sitrep.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.sitrep.core.Extractor;
import org.sitrep.core.geo.GazetteerBuilder;
import org.sitrep.core.model.Diagnostic;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import org.sitrep.store.StoreException;

/**
 * The article-level stage, stateless: runs the core extractor over the article and adds the result to the store in
 * one transaction (an article the store holds already is not added again); then tells the refresh stage which
 * partitions the article touched, at the article's event time. Diagnostics (unreadable inputs, failures,
 * warnings) go to the {@link #DIAGNOSTICS} side output, one line each.
 */
final class ExtractAndStore extends ProcessFunction<ArticleIn, Touch> {
    /** "file:line: error|warning: reason" lines of the inputs. */
    static final OutputTag<String> DIAGNOSTICS = new OutputTag<>("diagnostics") { };

    private final Settings settings;
    private transient Extractor extractor;
    private transient EventStore store;

    ExtractAndStore(Settings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext context) {
        extractor = new Extractor(GazetteerBuilder.bundled(), settings.timeLimit());
        store = EventStores.open(settings.store());
    }

    @Override
    public void processElement(ArticleIn a, Context ctx, Collector<Touch> out) {
        Extractor.Result r = extractor.process(a.document());
        for (Diagnostic d : r.diagnostics()) {
            ctx.output(DIAGNOSTICS, d.format());
        }
        if (r.extraction() == null || !added(r, ctx)) {
            return;
        }
        for (String partition : EventStores.partitions(r.extraction())) {
            out.collect(new Touch(partition, ctx.timestamp() == null ? a.eventTime() : ctx.timestamp()));
        }
    }

    /**
     * Adds the extraction; true when it was new. An article the store refuses for what it holds is reported and
     * skipped; a failure that may pass (a lost connection, a deadlock) is thrown, so that Flink restarts the task.
     */
    private boolean added(Extractor.Result r, Context ctx) {
        try {
            return store.add(r.extraction()) == EventStore.Added.ADDED;
        } catch (StoreException e) {
            if (e.transientFailure()) {
                throw e;
            }
            ctx.output(DIAGNOSTICS, r.doc().source() + ":0: error: not stored: " + e.getMessage());
            return false;
        }
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }
}
