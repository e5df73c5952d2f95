package org.sitrep.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.sitrep.core.Extractor;
import org.sitrep.core.geo.GazetteerBuilder;
import org.sitrep.core.model.Diagnostic;
import org.sitrep.store.EventStore;
import org.sitrep.store.SqlEventStore;

/**
 * Keyed by article id: drops copies of an article already seen (state with a time to live, then the store's own
 * check), runs the core extractor (a stateless map over the article) and adds the result to the store in one
 * transaction; then tells the refresh stage which partitions the article touched, at the article's event time.
 * Diagnostics (unreadable inputs, failures, warnings) go to the {@link #DIAGNOSTICS} side output, one line each.
 */
final class ExtractAndStore extends KeyedProcessFunction<String, ArticleIn, Touch> {
    /** "file:line: error|warning: reason" lines of the inputs. */
    static final OutputTag<String> DIAGNOSTICS = new OutputTag<>("diagnostics") { };

    private final Settings settings;
    private transient Extractor extractor;
    private transient SqlEventStore store;
    private transient ValueState<Boolean> seen;

    ExtractAndStore(Settings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext context) {
        extractor = new Extractor(GazetteerBuilder.bundled(), settings.timeLimit());
        store = SqlEventStore.open(settings.store());
        ValueStateDescriptor<Boolean> d = new ValueStateDescriptor<>("seen", Boolean.class);
        d.enableTimeToLive(StateTtlConfig.newBuilder(settings.dedupeFor()).build());
        seen = getRuntimeContext().getState(d);
    }

    @Override
    public void processElement(ArticleIn a, Context ctx, Collector<Touch> out) throws Exception {
        if (Boolean.TRUE.equals(seen.value())) {
            return;
        }
        seen.update(true);
        Extractor.Result r = extractor.process(a.document());
        for (Diagnostic d : r.diagnostics()) {
            ctx.output(DIAGNOSTICS, d.format());
        }
        if (r.extraction() == null || store.add(r.extraction()) != EventStore.Added.ADDED) {
            return;
        }
        for (String partition : SqlEventStore.partitions(r.extraction())) {
            out.collect(new Touch(partition, ctx.timestamp() == null ? a.eventTime() : ctx.timestamp()));
        }
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }
}
