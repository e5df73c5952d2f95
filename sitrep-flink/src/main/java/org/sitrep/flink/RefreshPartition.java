package org.sitrep.flink;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import org.sitrep.store.StoreJson;

/**
 * Keyed by store partition (a region, a campaign, a claim subject): once the stream's event time (the watermark) has
 * passed the end of the day of the articles that touched the partition, reads its state from the store (its mentions
 * or a window of them, its claims, the stored events they touch) and sends it on to be reconciled
 * ({@link ReconcilePartition}) and written ({@link PersistPartition}), so one refresh serves every article of a
 * region's day; a late article (one behind the watermark) is refreshed with the day the stream is in.
 */
final class RefreshPartition extends KeyedProcessFunction<String, Touch, PartitionWork> {
    private final Settings settings;
    private transient EventStore store;

    RefreshPartition(Settings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext context) {
        store = EventStores.open(settings.store());
    }

    @Override
    public void processElement(Touch t, Context ctx, Collector<PartitionWork> out) {
        // at the end of the article's day; a late article's at the end of the day the stream is in, so the late
        // articles of a day share one refresh (Flink keeps one timer per key and time)
        long watermark = ctx.timerService().currentWatermark();
        boolean started = watermark != Long.MIN_VALUE && watermark != Long.MAX_VALUE;
        ctx.timerService().registerEventTimeTimer(endOfDay(Math.max(t.eventTime(), started ? watermark + 1 : t.eventTime())));
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<PartitionWork> out) {
        String partition = ctx.getCurrentKey();
        out.collect(new PartitionWork(partition, StoreJson.write(store.partitionState(partition)), null));
    }

    /** The last millisecond of the UTC day of a time. */
    static long endOfDay(long millis) {
        LocalDate day = java.time.Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate();
        return day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() - 1;
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }
}
