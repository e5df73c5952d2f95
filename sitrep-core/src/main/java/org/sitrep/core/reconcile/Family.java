package org.sitrep.core.reconcile;

import org.sitrep.core.model.EventType;
import org.sitrep.core.model.Realis;
import org.sitrep.core.model.SourcedMention;

import java.util.List;

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

    /**
     * True when a source that holds {@code supported} happened disagrees with one that denies {@code denied} (both
     * of one merged event). An entry does not contradict a denied capture: "Russian troops entered the northern
     * districts" and "Ukraine denied that Russia had captured the town" can both be true; a capture, an admitted
     * loss or an entry all contradict a denied entry.
     */
    static boolean contradictsDenial(EventType supported, EventType denied) {
        return !(supported == EventType.ENTER && denied != EventType.ENTER);
    }

    /** True when some supporting mention of the group contradicts some denial in it. */
    static boolean disputedHappening(List<SourcedMention> ms) {
        for (SourcedMention d : ms) {
            if (d.mention().realis() == Realis.DENIED && inDispute(d, ms)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code m} is a denial some supporter contradicts, or a supporter contradicting some denial. */
    static boolean inDispute(SourcedMention m, List<SourcedMention> ms) {
        boolean denial = m.mention().realis() == Realis.DENIED;
        if (!denial && !m.supports()) {
            return false;
        }
        for (SourcedMention o : ms) {
            if (denial && o.supports() && contradictsDenial(o.mention().type(), m.mention().type())
                    || !denial && o.mention().realis() == Realis.DENIED
                    && contradictsDenial(m.mention().type(), o.mention().type())) {
                return true;
            }
        }
        return false;
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
