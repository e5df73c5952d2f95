package org.sitrep.flink;

import java.io.Serializable;

/**
 * A partition on its way through the job's reconciliation: its state as read from the store, then with the
 * reconciler's result, each as the store's JSON (so that Flink ships plain strings between the operators).
 *
 * @param state  the {@code PartitionState}, JSON
 * @param result the {@code PartitionReconciler.PartitionResult}, JSON; null until reconciled
 */
public record PartitionWork(String partition, String state, String result) implements Serializable {
}
