package org.sitrep.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.sitrep.core.reconcile.PartitionReconciler;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import org.sitrep.store.PartitionState;
import org.sitrep.store.StoreJson;

/**
 * Keyed by partition: writes a reconciled partition to the store ({@link EventStore#persist}: one transaction; a
 * result made stale by articles added meanwhile is not written, the store refreshes the partition instead) and emits
 * what changed: the events written and, as {@link EventOut}s without JSON, those deleted (merged into others).
 */
final class PersistPartition extends KeyedProcessFunction<String, PartitionWork, EventOut> {
    private final Settings settings;
    private transient EventStore store;

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
