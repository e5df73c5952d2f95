package org.sitrep.store;

import java.util.List;
import java.util.Map;

import org.sitrep.core.model.SourcedClaim;
import org.sitrep.core.model.SourcedMention;
import org.sitrep.core.reconcile.PartitionReconciler;

/**
 * What a store holds of one partition, as the reconciler needs it ({@link EventStore#partitionState}): the mentions
 * to reconcile (the whole partition, or a window around those added since its last refresh), its claims, the stored
 * events they touch, and what {@link EventStore#persist} checks so that a result computed from this state is written
 * only if nothing was added or refreshed meanwhile.
 *
 * @param stored        the stored events holding any of {@code mentions} (empty in a store's own refresh of a window,
 *                      whose reconciler looked them up as it needed them: {@link StoreDerived#refresh})
 * @param fresh         ids of the mentions marked as added since the last refresh, when the state was read
 * @param mentionCount  how many mentions the partition held (all of them, not only the window's)
 * @param claimCount    how many claims it held
 * @param windowed      whether {@code mentions} is a window rather than the whole partition
 */
public record PartitionState(String partition, List<SourcedMention> mentions, List<SourcedClaim> claims,
                             Map<String, PartitionReconciler.Stored> stored, List<String> fresh, long mentionCount,
                             long claimCount, boolean windowed) {
    public PartitionState {
        mentions = List.copyOf(mentions);
        claims = List.copyOf(claims);
        stored = Map.copyOf(stored);
        fresh = List.copyOf(fresh);
    }

    /** The reconciler's answer for this state. */
    public PartitionReconciler.PartitionResult reconcile(PartitionReconciler reconciler) {
        return reconciler.refresh(partition, mentions, claims, stored);
    }
}
