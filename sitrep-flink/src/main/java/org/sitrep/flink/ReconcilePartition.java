package org.sitrep.flink;

import org.apache.flink.api.common.functions.MapFunction;
import org.sitrep.core.reconcile.PartitionReconciler;
import org.sitrep.store.PartitionState;
import org.sitrep.store.StoreJson;

/**
 * The job's reconciliation operator: a pure function from a partition's state, as read from the store, to what must
 * be written ({@link PartitionReconciler}); no store is touched here.
 */
final class ReconcilePartition implements MapFunction<PartitionWork, PartitionWork> {
    private transient PartitionReconciler reconciler;

    @Override
    public PartitionWork map(PartitionWork w) {
        if (reconciler == null) {
            reconciler = new PartitionReconciler();
        }
        PartitionState state = StoreJson.read(w.state(), PartitionState.class);
        return new PartitionWork(w.partition(), w.state(), StoreJson.write(state.reconcile(reconciler)));
    }
}
