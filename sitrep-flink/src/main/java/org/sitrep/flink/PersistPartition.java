package org.sitrep.flink;

import java.util.List;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.sitrep.core.reconcile.PartitionReconciler;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import org.sitrep.store.PartitionState;
import org.sitrep.store.StoreJson;
import org.sitrep.store.alert.Alerter;
import org.sitrep.store.alert.Watchlist;

/**
 * Keyed by partition: writes a reconciled partition to the store ({@link EventStore#persist}: one transaction; a
 * result made stale by articles added meanwhile is not written, the store refreshes the partition instead) and emits
 * what changed: the events written and, as {@link EventOut}s without JSON, those deleted (merged into others).
 */
final class PersistPartition extends KeyedProcessFunction<String, PartitionWork, EventOut> {
    private final Settings settings;
    private transient EventStore store;
    private transient List<Watchlist> watchlists;
    private transient long watchlistsRead;

    /** The stored watchlists, read again at most every ten seconds (one may be added while the job runs). */
    private List<Watchlist> watchlists() {
        if (watchlists == null || System.nanoTime() - watchlistsRead > 10_000_000_000L) {
            watchlists = Alerter.watchlists(store, line -> System.err.println("sitrep job: " + line));
            watchlistsRead = System.nanoTime();
        }
        return watchlists;
    }

    PersistPartition(Settings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext context) {
        store = EventStores.open(settings.store());
    }

    @Override
    public void processElement(PartitionWork w, Context ctx, Collector<EventOut> out) {
        EventStore.Changes changes = store.persist(StoreJson.read(w.state(), PartitionState.class),
                StoreJson.read(w.result(), PartitionReconciler.PartitionResult.class));
        for (String id : changes.written()) {
            store.event(id).ifPresent(e -> out.collect(new EventOut(id, w.partition(), StoreJson.write(e))));
        }
        // the watchlists' alerts on what this partition's refresh wrote (one partition is persisted by one subtask at a
        // time, so an event or a place is checked by one of them); their webhooks are sent by a server on the store
        List<Watchlist> lists = watchlists();
        if (!lists.isEmpty() && !changes.written().isEmpty()) {
            new Alerter(store, a -> { }).afterRefresh(changes, lists);
        }
        for (String id : changes.removed()) {
            out.collect(new EventOut(id, w.partition(), null));
        }
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }
}
