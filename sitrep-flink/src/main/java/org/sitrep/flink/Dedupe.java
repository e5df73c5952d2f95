package org.sitrep.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFilterFunction;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;

/**
 * On a stream keyed by article id (the content hash): lets the first copy of an article through and drops the
 * copies re-sent within {@link Settings#dedupeFor()} (keyed state with that time to live; later copies are
 * recognised by the store, which never adds an article twice).
 */
final class Dedupe extends RichFilterFunction<ArticleIn> {
    private final Settings settings;
    private transient ValueState<Boolean> seen;

    Dedupe(Settings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext context) {
        ValueStateDescriptor<Boolean> d = new ValueStateDescriptor<>("seen", Boolean.class);
        d.enableTimeToLive(StateTtlConfig.newBuilder(settings.dedupeFor()).build());
        seen = getRuntimeContext().getState(d);
    }

    @Override
    public boolean filter(ArticleIn a) throws Exception {
        if (Boolean.TRUE.equals(seen.value())) {
            return false;
        }
        seen.update(true);
        return true;
    }
}
