package org.sitrep.core.reconcile;

import java.util.List;

import org.sitrep.core.model.Event;
import org.sitrep.core.model.SourcedMention;
import org.sitrep.core.model.TimeInterval;

/**
 * One thing a merged event says about who holds its place, at one time: an approach (advance or fight nearby), a
 * fight inside, an entry, a take, a loss (withdrawal), or a hold (a control statement).
 *
 * @param mid minutes since the epoch of the time's midpoint, {@code Long.MAX_VALUE} when the time is unknown
 * @param ms  the mentions that make the observation (denied ones included, to be shown)
 */
record Observation(Kind kind, String side, String actor, TimeInterval time, long mid, Event event, List<SourcedMention> ms) {
    enum Kind { APPROACH, FIGHT, ENTER, TAKE, LOSE, HOLD }
}
