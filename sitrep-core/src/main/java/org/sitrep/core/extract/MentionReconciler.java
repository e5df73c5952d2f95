package org.sitrep.core.extract;

import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.Realis;
import org.sitrep.core.model.GeoPrecision;
import org.sitrep.core.model.PlaceMention;
import org.sitrep.core.text.Fold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tidies one article's event mentions: a restatement of the same event by the same source a few sentences later
 * is one mention (the first kept), as is the same event restated by the same named source anywhere in the article;
 * a later undated mention of an event the article already dated refers back to it; a vague event at a region is dropped when the same sentence states specific
 * events of the same actor inside it ("broke through the defenses in the western countryside, capturing A and
 * B"); several statements of one casualty total are one report (the fullest kept). Thread-safe.
 */
public final class MentionReconciler {
    /** Trigger words that cover any kind of event (the pack's {@code umbrella-events}). */
    private final java.util.Set<String> umbrella;

    /** A reconciler with the English pack's words. */
    public MentionReconciler() {
        this(org.sitrep.core.lang.LanguagePack.english());
    }

    public MentionReconciler(org.sitrep.core.lang.LanguagePack pack) {
        this.umbrella = pack.wordSet("umbrella-events");
    }
    /** Restatements further apart than this many sentences are kept as separate mentions. */
    static final int RESTATEMENT_WINDOW = 3;

    public List<EventMention> reconcile(List<EventMention> in) {
        return reconcile(in, java.util.Set.of());
    }

    /**
     * As {@link #reconcile(List)}, knowing which sentences summarise the article (highlight bullets, a "Key points"
     * section): an event a summary states again in the body is one mention, the body's.
     */
    public List<EventMention> reconcile(List<EventMention> in, java.util.Set<Integer> summary) {
        in = onePerSentence(in);
        in = namedAgain(in);
        in = repelledAgain(in);
        // index once, so that an article with many mentions stays linear
        java.util.Map<EventMention, String> keys = new java.util.IdentityHashMap<>();
        java.util.Map<Integer, List<EventMention>> bySentence = new java.util.HashMap<>();
        java.util.Map<String, Integer> dated = new java.util.HashMap<>(); // key → the first sentence that dates the event
        List<EventMention> tolls = new ArrayList<>();
        for (EventMention e : in) {
            String key = eventKey(e);
            keys.put(e, key);
            bySentence.computeIfAbsent(e.sentence(), k -> new ArrayList<>()).add(e);
            if (isDated(e) && !summary.contains(e.sentence())) {
                // only the body dates an event for later mentions to refer back to: a highlight's dated statement
                // and the body's are one happening, settled by onePerHappening
                dated.merge(key + "|" + e.realis() + tollKey(e), e.sentence(), Math::min);
            }
            if (e.type() == EventType.CASUALTIES) {
                tolls.add(e);
            }
        }
        java.util.Map<String, List<EventMention>> kept = new java.util.HashMap<>();
        java.util.Set<String> sourced = new java.util.HashSet<>();
        List<EventMention> out = new ArrayList<>();
        for (EventMention e : in) {
            String key = keys.get(e);
            Integer datedAt = dated.get(key + "|" + e.realis() + tollKey(e));
            boolean backReference = !isDated(e) && datedAt != null;
            String bySource = e.claimant() != null && e.claimant().id() != null
                    ? key + "|" + claimantKey(e) + "|" + (isDated(e) ? e.time().interval().firstDay() : "") : null;
            if (subsumed(e, bySentence.get(e.sentence())) || backReference || bySource != null && sourced.contains(bySource)
                    || restatedNearby(e, kept.getOrDefault(key, List.of())) || weakerToll(e, tolls, summary)) {
                continue;
            }
            out.add(e);
            kept.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            if (bySource != null) {
                sourced.add(bySource);
            }
        }
        return withoutVagueRestatements(onePerHappening(out, summary));
    }

    /**
     * "A car bomb planted by ETA exploded in a car park at Barajas airport": two words of one sentence telling the same
     * kind of event at the same place with the same realis are one event, told once — the fuller mention kept (a
     * named kind over a word for any, an actor named, a day), in article order; mentions naming two different actors
     * stay apart, as do tolls.
     */
    List<EventMention> onePerSentence(List<EventMention> in) {
        Map<String, EventMention> best = new HashMap<>();
        String[] keys = new String[in.size()]; // null for mentions this leaves alone
        boolean any = false;
        for (int i = 0; i < in.size(); i++) {
            EventMention e = in.get(i);
            if (e.type() == EventType.CASUALTIES || e.place() == null) {
                continue;
            }
            String key = keys[i] = e.sentence() + "|" + e.type() + "|" + e.realis() + "|" + placeKey(e);
            EventMention o = best.get(key);
            if (o == null) {
                best.put(key, e);
                continue;
            }
            if (otherActors(o, e)) {
                continue;
            }
            any = true;
            if (fuller(e, o)) {
                best.put(key, e);
            }
        }
        if (!any) {
            return in;
        }
        List<EventMention> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            EventMention e = in.get(i);
            if (keys[i] == null) {
                out.add(e);
                continue;
            }
            EventMention kept = best.get(keys[i]);
            if (kept == e || otherActors(kept, e)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * "Poroshenko said the recapture of Slovyansk was a turning point", after "Ukrainian forces drove the separatists out
     * of Slovyansk": a definite noun of a gain (or of violence: "the attack on the station") at a place the article
     * already told one of names it again, no new one — and a noun of retaking says the earlier capture was a retake.
     */
    static List<EventMention> namedAgain(List<EventMention> in) {
        Map<String, Integer> firstGain = new HashMap<>();
        List<EventMention> out = new ArrayList<>(in);
        boolean[] dropped = new boolean[in.size()];
        boolean any = false;
        for (int i = 0; i < in.size(); i++) {
            EventMention e = in.get(i);
            if (!(e.type().family() == EventType.CAPTURE || e.type().isViolence()) || e.place() == null) {
                continue;
            }
            String key = e.type().family() + "|" + placeKey(e);
            // a facility named by what it is ("the attack on the station") stands for its town's event
            String townKey = e.place().kind() == PlaceMention.Kind.ANAPHOR && e.place().place().geonameid() != null
                    ? e.type().family() + "|town|" + e.place().place().geonameid() : null;
            Integer first = firstGain.get(key);
            if (first == null && townKey != null) {
                first = firstGain.get(townKey);
            }
            if (first == null) {
                firstGain.put(key, i);
                if (e.place().place().geonameid() != null) {
                    firstGain.putIfAbsent(e.type().family() + "|town|" + e.place().place().geonameid(), i);
                }
                continue;
            }
            EventMention o = out.get(first);
            if (o.sentence() == e.sentence() || !isNoun(e.trigger()) || !definite(e)) {
                continue;
            }
            dropped[i] = true;
            any = true;
            if (e.type() == EventType.RECAPTURE && o.type() == EventType.CAPTURE) {
                out.set(first, o.withType(EventType.RECAPTURE));
            }
        }
        return any ? kept(out, dropped) : in;
    }

    /**
     * "Nigerian soldiers had attacked positions at Jabane, and Cameroonian forces had repelled the assault": the assault
     * repelled is the attack the sentence told, which failed — one mention, failed, not two.
     */
    static List<EventMention> repelledAgain(List<EventMention> in) {
        boolean[] dropped = new boolean[in.size()];
        List<EventMention> out = new ArrayList<>(in);
        boolean any = false;
        for (int i = 0; i < in.size(); i++) {
            EventMention e = in.get(i);
            if (e.realis() != Realis.FAILED || e.place() == null || !isNoun(e.trigger()) || !definite(e)) {
                continue;
            }
            // mentions come in sentence order: only the same sentence's, before it, are compared, first one first
            int from = i;
            while (from > 0 && out.get(from - 1).sentence() == e.sentence()) {
                from--;
            }
            for (int j = from; j < i; j++) {
                EventMention o = out.get(j);
                if (!dropped[j] && o.type() == e.type() && o.place() != null
                        && placeKey(o).equals(placeKey(e)) && o.realis() != Realis.FAILED && o.realis() != Realis.DENIED) {
                    out.set(j, o.withRealis(Realis.FAILED));
                    dropped[i] = true;
                    any = true;
                    break;
                }
            }
        }
        return any ? kept(out, dropped) : in;
    }

    /** The mentions not {@code dropped}, in order. */
    private static List<EventMention> kept(List<EventMention> all, boolean[] dropped) {
        List<EventMention> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!dropped[i]) {
                kept.add(all.get(i));
            }
        }
        return kept;
    }

    /** The mention's trigger follows "the" in its sentence ("the recapture of X"). */
    private static boolean definite(EventMention e) {
        String q = e.quote().toLowerCase(java.util.Locale.ROOT);
        String w = "the " + e.trigger().toLowerCase(java.util.Locale.ROOT);
        for (int at = q.indexOf(w); at >= 0; at = q.indexOf(w, at + 1)) {
            int end = at + w.length();
            if ((at == 0 || !Character.isLetter(q.charAt(at - 1))) && (end == q.length() || !Character.isLetter(q.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether two mentions name two different actors (by id, else by side). */
    private static boolean otherActors(EventMention o, EventMention e) {
        String a = o.actor() == null ? null : o.actor().id() != null ? o.actor().id() : o.actor().side();
        String b = e.actor() == null ? null : e.actor().id() != null ? e.actor().id() : e.actor().side();
        return a != null && b != null && !a.equals(b);
    }

    /**
     * Whether {@code e} tells more than {@code o}: a named kind of event where o's word covers any kind ("attacks"
     * over "violence"), else an actor where o has none, else a known day where o has none.
     */
    private boolean fuller(EventMention e, EventMention o) {
        boolean eUmbrella = umbrella.contains(e.trigger().toLowerCase(java.util.Locale.ROOT));
        boolean oUmbrella = umbrella.contains(o.trigger().toLowerCase(java.util.Locale.ROOT));
        if (eUmbrella != oUmbrella) {
            return oUmbrella;
        }
        if ((e.actor() != null) != (o.actor() != null)) {
            return e.actor() != null;
        }
        return isDated(e) && !isDated(o);
    }

    /**
     * A noun of violence placed only at a whole country, with no actor of its own, of a type the article also places
     * more precisely inside that country ("the renewed fighting in Syria" beside the clashes in Hama), says nothing
     * the precise ones do not.
     */
    static List<EventMention> withoutVagueRestatements(List<EventMention> in) {
        // what the two tests below look for, indexed once (they were a scan of all mentions per mention)
        java.util.Set<String> preciseByFamilyAndCountry = new java.util.HashSet<>();
        Map<String, List<EventMention>> capturesByPlace = new HashMap<>();
        for (EventMention o : in) {
            if (o.place() != null && o.place().place().precision() != GeoPrecision.COUNTRY && o.place().place().country() != null) {
                preciseByFamilyAndCountry.add(o.type().family() + "|" + o.place().place().country());
            }
            if (o.type().family() == EventType.CAPTURE && o.place() != null) {
                capturesByPlace.computeIfAbsent(placeKey(o), k -> new ArrayList<>()).add(o);
            }
        }
        List<EventMention> out = new ArrayList<>();
        for (EventMention e : in) {
            boolean vague = e.place() != null && e.place().place().precision() == GeoPrecision.COUNTRY
                    && (e.place().level() == null || e.place().level() == GeoPrecision.COUNTRY) // not "Syria's coastal region"
                    && e.place().place().resolved() && e.place().kind() != PlaceMention.Kind.ANAPHOR
                    && e.place().kind() != PlaceMention.Kind.CUE && e.place().place().country() != null
                    && (e.actor() == null || e.actor().text() == null || !e.quote().contains(e.actor().text()))
                    && isNoun(e.trigger());
            // a precise mention is never e itself: e's place is a country
            if (vague && preciseByFamilyAndCountry.contains(e.type().family() + "|" + e.place().place().country())) {
                continue;
            }
            if (e.type() == EventType.CONTROL && e.place() != null && capturesByPlace.getOrDefault(placeKey(e), List.of()).stream()
                    .anyMatch(o -> o.realis() == e.realis() && sameSide(o, e))) {
                continue; // "X is under full rebel control" after "the rebels captured X": the capture's outcome, told again
            }
            out.add(e);
        }
        return out;
    }

    /**
     * One happening told twice in an article (a highlight and the body, a summary and its detail) is one mention:
     * the same type family at the same place, with the same realis, on overlapping days (or one of them undated), and
     * no two different named actors (tolls count as the same only with the same total). The fuller mention is kept —
     * a body sentence over a bullet, a finer time over a coarser one, a named actor over none — in article order.
     */
    /**
     * The most summary mentions of one type, realis and place a document's mentions are compared with: far more than
     * any summary holds, so that an adversarial document of bullets cannot make the comparison quadratic.
     */
    static final int MAX_SUMMARY_PER_GROUP = 1_000;

    static List<EventMention> onePerHappening(List<EventMention> in, java.util.Set<Integer> summary) {
        boolean[] dropped = new boolean[in.size()];
        if (!summary.isEmpty()) {
            // only mentions of one type family, realis and place can be one happening: compare within those groups
            // (in article order, as a comparison of all pairs would), not all pairs of a document's mentions
            Map<String, List<Integer>> groups = new java.util.LinkedHashMap<>();
            for (int i = 0; i < in.size(); i++) {
                EventMention e = in.get(i);
                if (e.place() != null) {
                    groups.computeIfAbsent(e.type().family() + "|" + e.realis() + "|" + placeKey(e), k -> new ArrayList<>()).add(i);
                }
            }
            for (List<Integer> g : groups.values()) {
                // a pair needs a summary mention: a body mention is compared with the group's summary mentions only
                List<Integer> inSummary = new ArrayList<>();
                for (int i : g) {
                    if (summary.contains(in.get(i).sentence()) && inSummary.size() < MAX_SUMMARY_PER_GROUP) {
                        inSummary.add(i);
                    }
                }
                java.util.Set<Integer> compared = new java.util.HashSet<>(inSummary);
                for (int a = 0; a < g.size(); a++) {
                    int i = g.get(a);
                    if (dropped[i] || inSummary.isEmpty()) {
                        continue;
                    }
                    List<Integer> partners = compared.contains(i) ? g.subList(a + 1, g.size()) : inSummary;
                    for (int j : partners) {
                        if (j <= i || dropped[j] || !sameHappening(in.get(i), in.get(j))) {
                            continue;
                        }
                        if (fullness(in.get(j), summary) > fullness(in.get(i), summary)) {
                            dropped[i] = true;
                            break;
                        }
                        dropped[j] = true;
                    }
                }
            }
        }
        List<EventMention> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            if (!dropped[i]) {
                out.add(in.get(i));
            }
        }
        return out;
    }

    private static boolean sameHappening(EventMention a, EventMention b) {
        if (a.type().family() != b.type().family() || a.place() == null || b.place() == null || a.realis() != b.realis()
                || !placeKey(a).equals(placeKey(b))) {
            return false;
        }
        if (a.actor() != null && b.actor() != null && a.actor().id() != null && b.actor().id() != null
                && !a.actor().id().equals(b.actor().id())) {
            return false;
        }
        if (otherSource(a, b)) {
            return false; // two sources' statements of it are two statements
        }
        if (a.type() == EventType.CASUALTIES && a.casualties() != null && b.casualties() != null
                && a.casualties().totalMin() != b.casualties().totalMin()) {
            return false;
        }
        if (!isDated(a) || !isDated(b)) {
            return true;
        }
        return a.time().interval().overlaps(b.time().interval());
    }

    /**
     * True when two mentions are statements of two sources the lexicon knows (the army and the Observatory); a source
     * only described ("local sources", "a resident", "police") tells the happening another sentence of the article
     * told, as wire copy attributes each sentence ("…, local sources said." then "…, a resident said.").
     */
    private static boolean otherSource(EventMention a, EventMention b) {
        return a.claimant() != null && b.claimant() != null && a.claimant().id() != null && b.claimant().id() != null
                && !a.claimant().id().equals(b.claimant().id());
    }

    private static int fullness(EventMention e, java.util.Set<Integer> summary) {
        int f = 0;
        if (!summary.contains(e.sentence())) {
            f += 4; // the body's statement over the highlight's
        }
        if (isDated(e)) {
            f += switch (e.time().interval().precision()) {
                case MINUTE, PART_OF_DAY, DAY -> 3;
                case RANGE, WEEK -> 2;
                default -> 1;
            };
        }
        if (e.actor() != null && e.actor().id() != null) {
            f += 1;
        }
        return f;
    }

    /** Whether a trigger's words are a noun phrase (a verb's forms end so: "-ed", "-ing" of a verb is rare here). */
    private static boolean isNoun(String trigger) {
        String t = trigger.toLowerCase(java.util.Locale.ROOT);
        return !(t.endsWith("ed") || t.endsWith("ing") && !t.endsWith("fighting") && !t.endsWith("shelling")
                && !t.endsWith("bombing"));
    }

    private static String eventKey(EventMention e) {
        return e.type() + "|" + (e.actor() == null ? "" : e.actor().id()) + "|" + placeKey(e);
    }

    private static boolean isDated(EventMention e) {
        return e.time() != null && e.time().interval().isKnown();
    }

    /** A mention of the same event, day and source among the last kept ones within the restatement window. */
    private static boolean restatedNearby(EventMention e, List<EventMention> sameEvent) {
        for (int i = sameEvent.size() - 1; i >= 0; i--) {
            EventMention o = sameEvent.get(i);
            if (e.sentence() - o.sentence() > RESTATEMENT_WINDOW) {
                return false;
            }
            if (sameDay(o, e) && !otherSource(o, e) && tollKey(o).equals(tollKey(e))
                    && (o.realis() == Realis.DENIED) == (e.realis() == Realis.DENIED)) { // a denial is no restatement
                return true;
            }
        }
        return false;
    }

    /** Nouns that name violence in general; beside a named kind of it at the same place they add nothing. */

    /**
     * An attack told by a verb that "and" joins to the outcome's ("attacked and captured the capital", "attacked and
     * seized control of X", "attacked Walong on 16 November and captured it"): two deeds the text names, as the
     * guidelines annotate them, not fighting its outcome tells.
     */
    private static boolean attackedAnd(EventMention e, EventMention o) {
        if (e.type() != EventType.ATTACK) {
            return false;
        }
        int a = e.quote().indexOf(e.trigger());
        int b = a < 0 ? -1 : e.quote().indexOf(o.trigger(), a + e.trigger().length());
        if (b < 0) {
            return false;
        }
        String between = e.quote().substring(a + e.trigger().length(), b);
        return between.length() <= 60 && between.endsWith(" and ") && between.indexOf(',') < 0 && between.indexOf(';') < 0;
    }

    private boolean subsumed(EventMention e, List<EventMention> all) {
        if (e.place() != null && umbrella.contains(e.trigger().toLowerCase(java.util.Locale.ROOT))) {
            for (EventMention o : all) {
                // "hostilities and episodes of violence in X": the hostilities are the violence
                if (o != e && o.sentence() == e.sentence() && o.place() != null && !umbrella.contains(o.trigger().toLowerCase(java.util.Locale.ROOT))
                        && o.type() != EventType.CASUALTIES && placeKey(o).equals(placeKey(e))) {
                    return true;
                }
            }
        }
        if (isGeneric(e.type()) && e.place() != null) {
            for (EventMention o : all) {
                // "in their attacks, the factions captured A": the fighting at A is told by its outcome, whoever "their" was;
                // "entered parts of the city after intense clashes": the clashes are how they got in
                if (o != e && o.sentence() == e.sentence() && !fightingWhere(e) && !toldWhere(o) && !attackedAnd(e, o) && (isOutcome(o.type())
                        || o.type() == EventType.ENTER && e.type() == EventType.CLASH)
                        && placeKey(o).equals(placeKey(e)) && o.realis() == e.realis() && overlapping(o, e)
                        && (e.type().isViolence() || !opposed(o, e))) {
                    // (a movement of one side that the other side's capture follows is no part of it: "Fano fighters
                    // entered Gondar town before the ENDF regained control")
                    return true;
                }
            }
        }
        if (e.place() == null || !isVague(e.place()) || !isGeneric(e.type())) {
            return false;
        }
        for (EventMention o : all) {
            // (not an advance into a province by one told attacking a town in it: "pushed into parts of Kirkuk
            // province, attacking the town of Hawija" are two deeds)
            if (o != e && o.sentence() == e.sentence() && o.place() != null && !isVague(o.place()) && sameActor(o, e)
                    && !(e.type() == EventType.ADVANCE && o.type() != EventType.ADVANCE)
                    && e.type() != EventType.ENTER) { // "crossed into Lesotho … and fought their way into the capital Maseru"
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern WHERE_FIGHTING = java.util.regex.Pattern.compile(
            "(?i).*,\\s*where\\s+(?:heavy\\s+|fierce\\s+|the\\s+)?$");

    /** "entered Gondar town, where fighting continued for two days": fighting told in the place entered, after it. */
    private static boolean fightingWhere(EventMention e) {
        return triggerAfter(e, WHERE_FIGHTING, 20);
    }

    private static final java.util.regex.Pattern WHERE_CLAUSE = java.util.regex.Pattern.compile(
            "(?i).*,\\s*where\\s+(?:[\\p{L}'’-]+\\s+){0,4}$");

    /** "Fighting raged in the Sirwah district, where the rebels captured several positions": an outcome told apart. */
    private static boolean toldWhere(EventMention o) {
        return triggerAfter(o, WHERE_CLAUSE, 40);
    }

    /** Whether the {@code reach} characters of the quote before the mention's trigger match {@code before}. */
    private static boolean triggerAfter(EventMention m, java.util.regex.Pattern before, int reach) {
        int at = m.quote().indexOf(m.trigger());
        return at > 0 && before.matcher(m.quote().substring(Math.max(0, at - reach), at)).matches();
    }

    /** Two mentions whose actors are on two named sides. */
    private static boolean opposed(EventMention a, EventMention b) {
        return a.actor() != null && b.actor() != null && a.actor().side() != null && b.actor().side() != null
                && !a.actor().side().equals(b.actor().side());
    }

    /** Fighting that an outcome at the same place in the same sentence describes better ("entered and captured"). */
    private static boolean isGeneric(EventType t) {
        return t.isGeneric();
    }

    private static boolean isOutcome(EventType t) {
        return t.isOutcome();
    }

    private static boolean isVague(PlaceMention p) {
        GeoPrecision g = p.place().precision();
        return p.kind() == PlaceMention.Kind.REGION && (g == GeoPrecision.PROVINCE || g == GeoPrecision.COUNTRY);
    }

    private static boolean sameSide(EventMention a, EventMention b) {
        return a.actor() == null || b.actor() == null || Objects.equals(a.actor().side(), b.actor().side());
    }

    private static boolean sameActor(EventMention a, EventMention b) {
        if (a.actor() == null || b.actor() == null) {
            return a.actor() == null && b.actor() == null;
        }
        return Objects.equals(a.actor().id(), b.actor().id());
    }

    private static String claimantKey(EventMention e) {
        return e.claimant() == null ? null : e.claimant().id() != null ? e.claimant().id() : e.claimant().text();
    }

    static String placeKey(EventMention e) {
        if (e.place() == null) {
            return "";
        }
        Integer id = e.place().place().geonameid();
        String key = (id != null ? id.toString() : "") + "|" + Fold.fold(e.place().head());
        String name = e.place().place().name() == null ? "" : Fold.fold(e.place().place().name());
        if (e.place().kind() == PlaceMention.Kind.ANAPHOR && !name.contains(Fold.fold(e.place().head()))) {
            // a site named by what it is in a town ("the police station and the radio station in X"): one per site
            key += "|" + Fold.fold(e.place().text());
        }
        return key;
    }

    /** Whether two mentions' times overlap, or either has none ("captured X last week and advanced on Friday" do not). */
    private static boolean overlapping(EventMention a, EventMention b) {
        if (a.time() == null || b.time() == null || !a.time().interval().isKnown() || !b.time().interval().isKnown()) {
            return true;
        }
        return !a.time().interval().lastDay().isBefore(b.time().interval().firstDay())
                && !b.time().interval().lastDay().isBefore(a.time().interval().firstDay());
    }

    private static boolean sameDay(EventMention a, EventMention b) {
        boolean ak = a.time() != null && a.time().interval().isKnown();
        boolean bk = b.time() != null && b.time().interval().isKnown();
        if (!ak || !bk) {
            return ak == bk;
        }
        return Objects.equals(a.time().interval().firstDay(), b.time().interval().firstDay());
    }

    /**
     * True when another casualty mention of the same total carries more (a breakdown, a place), or when the body
     * states the total a summary (a highlight bullet) gives: the body's statement is the one kept.
     */
    private static boolean weakerToll(EventMention e, List<EventMention> all, java.util.Set<Integer> summary) {
        if (e.type() != EventType.CASUALTIES || e.casualties() == null) {
            return false;
        }
        for (EventMention o : all) {
            if (o == e || o.type() != EventType.CASUALTIES || o.casualties() == null
                    || o.casualties().totalMin() != e.casualties().totalMin()) {
                continue;
            }
            boolean eSummary = summary.contains(e.sentence());
            boolean oSummary = summary.contains(o.sentence());
            if (eSummary != oSummary) {
                if (eSummary) {
                    return true;
                }
                continue;
            }
            if (richness(o) > richness(e)) {
                return true;
            }
        }
        return false;
    }

    /** A toll's total, so that two different tolls at one place are never one mention. */
    private static String tollKey(EventMention e) {
        return e.type() == EventType.CASUALTIES && e.casualties() != null ? "|" + e.casualties().totalMin() : "";
    }

    private static int richness(EventMention e) {
        return e.casualties().breakdown().size() * 2 + (e.place() != null ? 1 : 0);
    }
}
