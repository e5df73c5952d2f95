package org.sitrep.core.model;

import org.sitrep.core.text.Resources;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The event ontology (see ARCHITECTURE.md). {@code CONTROL} is a state, not a happening. What each type implies —
 * family, control, how a party tells of it, default target, whether it needs a place, ACLED and PLOVER categories,
 * the map's glyph — is data: {@code event-types.tsv} beside this class, read once; code asks these methods and
 * never lists types itself.
 */
public enum EventType {
    OFFENSIVE, CAPTURE, RECAPTURE, ENTER, ADVANCE, WITHDRAW, ATTACK, CLASH, AIRSTRIKE, SHELLING, AMBUSH,
    EVACUATION, RELEASE, CASUALTIES, CONTROL, DEPLOYMENT;

    /** What a type gains or states about who holds its place. */
    public enum Control { GAIN, STATE, NONE }

    /** How a party tells of an event of this type about itself. */
    public enum ToldAs { ACTION, GAIN, LOSS, NONE }

    /** Whether an event of this type needs a place. */
    public enum PlaceNeed { REQUIRED, OPTIONAL, TRIGGER_ONLY }

    /** Whether the agent must be an armed actor. */
    public enum ArmedAgent { YES, ACTIVE, NO }

    /** One row of {@code event-types.tsv}. */
    public record Traits(EventType family, Control control, ToldAs toldAs, boolean target, PlaceNeed place,
                         boolean absorbsCasualties, boolean violence, boolean generic, boolean outcome, ArmedAgent armedAgent,
                         String acledEvent, String acledSubEvent, String acledSubEventState, String plover, String ploverMode,
                         String glyph) {
    }

    private static final class Table {
        static final Map<EventType, Traits> ROWS = load("/org/sitrep/core/model/event-types.tsv");
    }

    /** Reads a table of traits; every type must have exactly one row. Package-private for tests. */
    static Map<EventType, Traits> load(String path) {
        List<String> lines = Resources.lines(path);
        if (lines.isEmpty() || !lines.get(0).startsWith("type\t")) {
            throw new IllegalStateException(path + ": the first line must be the header, starting with 'type'");
        }
        int columns = lines.get(0).split("\t").length;
        Map<EventType, String[]> raw = new EnumMap<>(EventType.class);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t");
            if (c.length != columns) {
                throw new IllegalStateException(path + ": expected " + columns + " columns in '" + line + "'");
            }
            EventType t = parse(c[0]);
            if (raw.put(t, c) != null) {
                throw new IllegalStateException(path + ": type '" + c[0] + "' listed twice");
            }
        }
        Map<EventType, Traits> out = new EnumMap<>(EventType.class);
        for (EventType t : values()) {
            String[] c = raw.get(t);
            if (c == null) {
                throw new IllegalStateException(path + ": no row for type '" + t.label() + "'");
            }
            try {
                out.put(t, new Traits(parse(c[1]), Control.valueOf(upper(c[2])), c[3].equals("-") ? ToldAs.NONE
                        : ToldAs.valueOf(upper(c[3])), yes(c[4]), PlaceNeed.valueOf(upper(c[5]).replace('-', '_')), yes(c[6]),
                        yes(c[7]), yes(c[8]), yes(c[9]), ArmedAgent.valueOf(upper(c[10])), c[11], c[12], c[13],
                        dash(c[14]), dash(c[15]), c[16]));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(path + ": bad value in the row of '" + c[0] + "': " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static String upper(String s) {
        return s.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean yes(String s) {
        return switch (s.strip()) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("expected yes or no, found '" + s + "'");
        };
    }

    private static String dash(String s) {
        return s.strip().equals("-") ? null : s.strip();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a lower- or upper-case label; throws naming the bad value. */
    public static EventType parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown event type: '" + s + "'", e);
        }
    }

    /** Everything the table says about this type. */
    public Traits traits() {
        return Table.ROWS.get(this);
    }

    /** The type this one matches and merges with (capture and recapture are one family). */
    public EventType family() {
        return traits().family();
    }

    /** Whether an event of this type takes its place or says who holds it (capture, recapture, entry, control). */
    public boolean changesControl() {
        return traits().control() != Control.NONE;
    }

    /** Whether the other side is the target when the text names none. */
    public boolean hasDefaultTarget() {
        return traits().target();
    }

    /** Whether an event of this type is worth reporting without a place. */
    public boolean placeOptional() {
        return traits().place() == PlaceNeed.OPTIONAL;
    }

    /** Whether a trigger of this type may stand without a place. */
    public boolean triggerWithoutPlace() {
        return traits().place() != PlaceNeed.REQUIRED;
    }

    /** Whether a casualty toll in the event's sentence belongs to it. */
    public boolean absorbsCasualties() {
        return traits().absorbsCasualties();
    }

    /** Fighting or strikes at a place. */
    public boolean isViolence() {
        return traits().violence();
    }

    /** Fighting that an outcome at the same place and sentence describes better. */
    public boolean isGeneric() {
        return traits().generic();
    }

    /** The outcome of fighting (a capture). */
    public boolean isOutcome() {
        return traits().outcome();
    }

    /** ACLED event type and sub-event type for an actor that is, or is not, the state. */
    public String[] acled(boolean stateActor) {
        Traits t = traits();
        return new String[]{t.acledEvent(), stateActor ? t.acledSubEventState() : t.acledSubEvent()};
    }

    /** The web map's marker for this type. */
    public String glyph() {
        return traits().glyph();
    }
}
