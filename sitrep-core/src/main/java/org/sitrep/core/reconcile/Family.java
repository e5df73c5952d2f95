package org.sitrep.core.reconcile;

import org.sitrep.core.model.EventType;

/**
 * Which event types can describe the same happening. A capture, a recapture and an entry of a place by one side
 * are one "take"; attacks, clashes and ambushes are one "fight"; an offensive is a campaign (identified by its
 * actor and launch date rather than its place). Every other type stands alone.
 */
enum Family {
    TAKE, LOSE, HOLD, FIGHT, STRIKE, ADVANCE, CAMPAIGN, EVACUATION, RELEASE, CASUALTIES, DEPLOYMENT;

    static Family of(EventType t) {
        switch (t) {
            case CAPTURE: case RECAPTURE: case ENTER: return TAKE;
            case WITHDRAW: return LOSE;
            case CONTROL: return HOLD;
            case ATTACK: case CLASH: case AMBUSH: return FIGHT;
            case AIRSTRIKE: case SHELLING: return STRIKE;
            case ADVANCE: return ADVANCE;
            case OFFENSIVE: return CAMPAIGN;
            case EVACUATION: return EVACUATION;
            case RELEASE: return RELEASE;
            case CASUALTIES: return CASUALTIES;
            case DEPLOYMENT: return DEPLOYMENT;
            default: throw new IllegalArgumentException("No merge family for event type " + t);
        }
    }

    /** Types of one family, most specific first: the merged event takes the first one its mentions give. */
    static int specificity(EventType t) {
        switch (t) {
            case CAPTURE: return 0;
            case RECAPTURE: return 1;
            case ENTER: return 2;
            case CLASH: return 0;
            case AMBUSH: return 1;
            case ATTACK: return 2;
            case AIRSTRIKE: return 0;
            case SHELLING: return 1;
            default: return 0;
        }
    }
}
