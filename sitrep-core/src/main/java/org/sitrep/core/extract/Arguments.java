package org.sitrep.core.extract;

import org.sitrep.core.text.Rx;
import org.sitrep.core.actor.ActorLexicon;
import org.sitrep.core.model.ActorMention;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.GeoPrecision;
import org.sitrep.core.model.PlaceMention;
import org.sitrep.core.model.ResolvedPlace;
import org.sitrep.core.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds an event trigger's arguments in its sentence: the places (a coordinated list gives one event per place;
 * anaphors "the city", "the towns", "it" resolve through the document), the actor (subject, "by X", "to X") and
 * the target. Stateless apart from reading the {@link Narrative}; thread-safe.
 */
final class Arguments {
    /** Words allowed between two coordinated place names besides punctuation. */
    private static final Pattern COORDINATION = Pattern.compile(
            "(?i)^\\s*(?:(?:railway|train|bus|police|station|hotel|hotels|restaurant|cafe|market|mall|hospital|airport|stadium|"
                    + "school|mosque|church|compound|headquarters|prison|bridge|square)\\s+){0,3}"
                    + "[\\s,;]*(?:(?:(?:and|or)\\s+(?:at|in|on|near)|and|or|as well as|in addition to|both|also|plus|then|the|its|their|military|camp|"
                    + "strategic|key|important|nearby|neighbou?ring|town|towns|village|villages|city|cities|of|port|capital|coastal|"
                    + "border|frontline|front-line|provincial|regional|northern|southern|eastern|western|central|district|"
                    + "camp|base|area|suburb|neighbou?rhood)[\\s,;]*)*$");

    private final ActorLexicon lexicon;

    /** The last words of facilities' names (the pack's {@code facilities}). */
    private final java.util.Set<String> facilities;
    /** Facilities a text names by what they are ("the airport"; the pack's {@code facility-anaphor}). */
    private final java.util.Set<String> facilityAnaphors;
    /** The pack's event cues (the military ranks before a name, "General Silvestre": {@code rank-title}). */
    private final Cues cues;
    /** Words that, after "the", name whatever building the text named last ("the building"; the pack's {@code building-anaphor}). */
    private final java.util.Set<String> buildingAnaphors;
    /** Words naming a building in a place's name ("the Palace of Justice", "the Splendid Hotel"; {@code building-words}). */
    private final java.util.Set<String> buildingWords;
    private final java.util.Set<String> locatingRegions;

    /** Words of a road or a bridge joining the places after them (the pack's {@code link-words}). */
    private final java.util.Set<String> linkWords;
    /** Prepositions between what a subject suffered and the assault it suffered it in (the pack's {@code suffered-in}). */
    private final java.util.Set<String> sufferedIn;
    /** Verbs, as lemmas, of what a subject suffers in an assault (the pack's {@code suffered-verbs}). */
    private final java.util.Set<String> sufferedVerbs;
    /** Heads of an anaphor that points back to a town, never to a region ("the town", "the village"). */
    private final java.util.Set<String> townWords;
    /** Anaphors' heads that point back to the place named with that word ("the village", "the base"; town and site heads). */
    private final java.util.Set<String> namedAgainHeads;
    /** Plural place words that, as a trigger's object, name no place ("seized military bases"; {@code unnamed-object-heads}). */
    private final java.util.Set<String> unnamedObjects;

    /** Verbs, as lemmas, that carry a noun trigger for their subject ("carried out strikes"; the pack's {@code support-verbs}). */
    private final java.util.Set<String> supportVerbs;

    /** A country's capital by the country's code, or null. */
    private final java.util.function.Function<String, ResolvedPlace> capitalOf;
    /** The pack's words for a national capital ("the capital"). */
    private final java.util.Set<String> nationalCapitalWords;
    /** The words between a country or region and the capital they say whose it is ("Crimea's capital Simferopol"). */
    private final Pattern whoseCapital;

    /** Words that open a relative clause set off by commas ("Saudi Arabia, which borders Saada province, has …"). */
    private final java.util.Set<String> relativePronouns;

    Arguments(ActorLexicon lexicon, org.sitrep.core.lang.LanguagePack pack) {
        this(lexicon, pack, code -> null);
    }

    /** As {@link #Arguments(ActorLexicon, org.sitrep.core.lang.LanguagePack)}; {@code capitalOf} gives a country's capital by its code. */
    Arguments(ActorLexicon lexicon, org.sitrep.core.lang.LanguagePack pack,
              java.util.function.Function<String, ResolvedPlace> capitalOf) {
        this.capitalOf = capitalOf;
        this.lexicon = lexicon;
        this.supportVerbs = pack.wordSet("support-verbs");
        this.facilities = pack.wordSet("facilities");
        this.facilityAnaphors = pack.wordSet("facility-anaphor");
        this.cues = Cues.of(pack);
        this.buildingAnaphors = pack.wordSet("building-anaphor");
        this.buildingWords = pack.wordSet("building-words");
        this.locatingRegions = pack.wordSet("locating-regions");
        this.linkWords = pack.wordSet("link-words");
        this.relativePronouns = pack.wordSet("relative-pronouns");
        this.sufferedIn = pack.wordSet("suffered-in");
        this.sufferedVerbs = pack.wordSet("suffered-verbs");
        this.townWords = pack.wordSet("town-anaphor-heads");
        this.namedAgainHeads = pack.wordSet("town-anaphor-heads", "site-anaphor-heads");
        this.unnamedObjects = pack.wordSet("unnamed-object-heads");
        this.nationalCapitalWords = org.sitrep.core.geo.PlaceFinder.nationalCapitalWords(pack);
        this.whoseCapital = Pattern.compile("(?i)(['’]s)?\\s+(?:" + String.join("|", nationalCapitalWords.stream()
                .map(Pattern::quote).sorted().toList()) + "),?\\s+");
    }

    /** Types that change who holds a place: for these, "territories in X" does not mean X changed hands. */
    static boolean changesControl(EventType t) {
        return t.changesControl();
    }

    /** True when the trigger's object is unnamed territory inside the places that follow ("seized large territories in …"). */
    boolean unnamedObject(SentenceFacts f, TriggerLexicon.Match trig) {
        if (!changesControl(trig.entry().type())) {
            return false;
        }
        int trigEndOff = f.tokens().get(trig.end() - 1).span().end();
        for (PlaceMention p : f.places()) {
            if (p.span().start() >= trigEndOff) {
                if (containerOfUnnamed(f, trigEndOff, p)) {
                    return true;
                }
                break;
            }
        }
        // "seizing military bases in three cities", "overran several army posts": its object is places it does not name
        List<Token> t = f.tokens();
        for (int k = Math.max(0, trig.start() - 5); k < trig.start(); k++) {
            if (t.get(k).lower().equals("where")) {
                return false; // "in the Sirwah district, where the rebels captured several hilltop positions": there
            }
        }
        for (int k = trig.end(); k < t.size() && k - trig.end() < 5 && (Rx.matches(t.get(k).pos(), "DET|NUM|ADJ|NOUN")
                || t.get(k).lower().equals("of") && k > trig.end()); k++) { // ("a string of posts", "dozens of villages")
            if (t.get(k).pos().equals("NOUN") && unnamedObjects.contains(t.get(k).lower())) {
                int off = t.get(k).span().start();
                return f.places().stream().noneMatch(p -> p.span().start() <= off && off < p.span().end());
            }
        }
        return false;
    }

    /** Places of the trigger, in text order; may be empty. */
    List<PlaceMention> places(SentenceFacts f, TriggerLexicon.Match trig, TriggerLexicon.Frame frame, int scopeEndToken,
                              Narrative st) {
        List<Token> t = f.tokens();
        int trigEndOff = t.get(trig.end() - 1).span().end();
        int scopeEndOff = scopeEndToken >= t.size() ? f.sentence().span().end() : t.get(scopeEndToken).span().start();
        int trigStartOff = t.get(trig.start()).span().start();
        for (int k = trig.end(); k < t.size(); k++) {
            if (t.get(k).text().equals(";") && k + 1 < t.size() && !t.get(k + 1).pos().equals("ADP")
                    && !t.get(k + 1).lower().equals("and") && !t.get(k + 1).lower().equals("or")) { // not "…; in B; and in C"
                scopeEndOff = Math.min(scopeEndOff, t.get(k).span().start()); // "attacks in Ukraine; … cuts in the oblast"
                break;
            }
        }
        List<PlaceMention> scope = new ArrayList<>();
        if (frame == TriggerLexicon.Frame.PATIENT || frame == TriggerLexicon.Frame.STATE) {
            for (PlaceMention p : f.places()) {
                if (p.span().end() <= trigStartOff) {
                    scope.add(p);
                }
            }
            List<PlaceMention> group = lastGroup(f, scope);
            if (!group.isEmpty()) {
                return expand(group, st, f);
            }
        }
        if (frame == TriggerLexicon.Frame.NOMINAL) {
            PlaceMention compound = compoundBefore(f, trig);
            if (compound != null) {
                return List.of(compound); // "the Bukavu offensive", "the northwestern Syria offensive"
            }
        }
        int agentEnd = agentPhraseEnd(f, trig, scopeEndOff);
        for (PlaceMention p : f.places()) {
            if (p.span().start() >= trigEndOff && p.span().start() < scopeEndOff
                    && !(leaves(trig.entry().type()) && (destination(f, p) || regroupedAt(f, p)))
                    && !(heading(f, p) && !movesTo(trig.entry().type()))
                    && !(p.span().start() < agentEnd)) {
                scope.add(p);
            }
        }
        // "the Solomon Islands capital Honiara", "Crimea's capital Simferopol": the country or region only says whose
        // capital the town is
        for (int k = scope.size() - 2; k >= 0; k--) {
            String gap = gapBetween(f, scope.get(k), scope.get(k + 1));
            if ((scope.get(k).place().precision() == GeoPrecision.COUNTRY || scope.get(k).specificity() == GeoPrecision.PROVINCE)
                    && gap != null && whoseCapital.matcher(gap).matches()) {
                scope.remove(k);
            }
        }
        if (frame == TriggerLexicon.Frame.NOMINAL && fromStrike(trig.entry().type()) && !scope.isEmpty()) {
            // "rocket fire from Gaza hit the city of Ashdod": where the fire came from is not where it struck (the
            // verb after it, when one is a trigger of its own, takes the place struck)
            List<PlaceMention> struck = new ArrayList<>();
            for (PlaceMention p : scope) {
                if (!afterFrom(f, p)) {
                    struck.add(p);
                }
            }
            boolean laterPlace = false;
            for (PlaceMention p : f.places()) {
                laterPlace |= p.span().start() >= scopeEndOff && !afterFrom(f, p);
            }
            if (struck.size() < scope.size() && (!struck.isEmpty() || laterPlace)) {
                scope = struck;
            }
        }
        // "seized the port of Matadi and the Inga dam before Angolan forces retook both": the group named before it
        if (trig.end() < t.size() && t.get(trig.end()).lower().equals("both") && (trig.end() + 1 >= t.size()
                || !Rx.matches(t.get(trig.end() + 1).pos(), "NOUN|PROPN|ADJ|DET"))) {
            List<PlaceMention> before = new ArrayList<>();
            for (PlaceMention p : f.places()) {
                if (p.span().end() <= trigStartOff) {
                    before.add(p);
                }
            }
            // the last pair or list before it ("…, cutting power to the capital, before … retook both")
            List<PlaceMention> group = new ArrayList<>();
            List<PlaceMention> best = List.of();
            for (PlaceMention p : before) {
                PlaceMention last = group.isEmpty() ? null : group.get(group.size() - 1);
                if (last != null && !(last.list() > 0 && last.list() == p.list() || coordinated(f, last, p))) {
                    group = new ArrayList<>();
                }
                group.add(p);
                if (group.size() >= 2) {
                    best = List.copyOf(group);
                }
            }
            if (!best.isEmpty()) {
                return best;
            }
        }
        // "withdrew from it": the place named before in the sentence, else (with no other place) the narrative's
        boolean pronoun = pronounAfter(t, trig.end());
        PlaceMention before = pronoun ? nearestBefore(f, trigStartOff) : null;
        if (before != null) {
            return List.of(before);
        }
        EventType moving = trig.entry().type();
        // "crossed into Dagestan from Chechnya": where a force that enters or advances goes is its event's place
        int intoEnd = moving == EventType.ENTER || moving == EventType.ADVANCE || moving == EventType.DEPLOYMENT ? trigEndOff : -1;
        List<PlaceMention> group = firstGroup(f, scope, intoEnd);
        if (!group.isEmpty() && changesControl(trig.entry().type()) && containerOfUnnamed(f, trigEndOff, group.get(0))) {
            group = List.of();
        }
        if (group.isEmpty() && pronoun) {
            PlaceMention carried = st.carriedPlace(f.sentence().index());
            return carried == null ? List.of() : List.of(carried);
        }
        return expand(group, st, f);
    }

    /**
     * The place is one a road, a bridge or a line joins: after "linking", "connecting" or "joining" (the pack's
     * {@code link-words}; "and" or a comma after another such place).
     */
    boolean linked(SentenceFacts f, PlaceMention p) {
        List<Token> t = f.tokens();
        int k = f.tokenAt(p.span().start()) - 1;
        while (k >= 0) {
            String w = t.get(k).lower();
            if (linkWords.contains(w)) {
                return true;
            }
            if (!(w.equals("the") || w.equals("and") || w.equals(",") || t.get(k).pos().equals("PROPN") || t.get(k).pos().equals("ADJ")
                    || w.equals("with") || w.equals("to") || t.get(k).pos().equals("NOUN") && Character.isLowerCase(t.get(k).text().charAt(0))
                    && k + 1 < t.size() && t.get(k + 1).pos().equals("PROPN"))) {
                // (and "linking Saada with the capital Sanaa", "connecting X to Y")
                return false;
            }
            k--;
        }
        return false;
    }

    /** Strikes from a distance, whose origin a text may name ("fire from Gaza"). */
    private static boolean fromStrike(EventType t) {
        return t == EventType.AIRSTRIKE || t == EventType.SHELLING;
    }

    /** The place is introduced by "from" ("from Gaza", "from the south of Lebanon"). */
    private static boolean afterFrom(SentenceFacts f, PlaceMention p) {
        int k = f.tokenAt(p.span().start()) - 1;
        List<Token> t = f.tokens();
        while (k >= 0 && (t.get(k).pos().equals("DET") || t.get(k).pos().equals("ADJ"))) {
            k--;
        }
        return k >= 0 && t.get(k).lower().equals("from");
    }

    /** The place after "from" within a few words after the trigger ("evacuated from Vovchansk"), or null. */
    PlaceMention fromPlace(SentenceFacts f, TriggerLexicon.Match trig) {
        List<Token> t = f.tokens();
        for (int k = trig.end(); k < Math.min(t.size(), trig.end() + 5); k++) {
            if (t.get(k).lower().equals("from")) {
                PlaceMention p = placeStartingIn(f, t.get(k).span().end(), t.get(Math.min(t.size() - 1, k + 4)).span().end());
                return p == null || isFacility(p) ? null : p; // "cadets evacuated from the X School near the town of Y": the town
            }
        }
        return null;
    }

    /** The first of the sentence's places that starts at or after offset {@code from} and before {@code limit}, or null. */
    static PlaceMention placeStartingIn(SentenceFacts f, int from, int limit) {
        for (PlaceMention p : f.places()) {
            if (p.span().start() >= from && p.span().start() < limit) {
                return p;
            }
        }
        return null;
    }

    /** A place right before a noun trigger, as its modifier ("the Bukavu offensive"), or null. */
    private static PlaceMention compoundBefore(SentenceFacts f, TriggerLexicon.Match trig) {
        List<Token> t = f.tokens();
        int k = trig.start() - 1;
        while (k >= 0 && t.get(k).pos().equals("ADJ") && Character.isLowerCase(t.get(k).text().charAt(0))) {
            k--; // "the Bukavu military offensive"
        }
        if (k < 0) {
            return null;
        }
        int end = t.get(k).span().end();
        for (PlaceMention p : f.places()) {
            if (p.span().end() == end && p.kind() != PlaceMention.Kind.ANAPHOR) {
                int first = f.tokenAt(p.span().start());
                boolean determiner = first > 0 && (t.get(first - 1).pos().equals("DET") || t.get(first - 1).pos().equals("NUM"));
                boolean possessive = end < t.get(trig.start()).span().start() && Rx.matches(f.sentence().text()
                        .substring(end - f.sentence().span().start(), t.get(trig.start()).span().start() - f.sentence().span().start()),
                        "\\s*[’']s\\s*");
                if (determiner && !possessive) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * The end of an agent phrase right after the trigger ("launched by the Syrian government, Russia, Iran and
     * allied militias"): names of countries there are actors, not places. The start of the scope when none.
     */
    private static int agentPhraseEnd(SentenceFacts f, TriggerLexicon.Match trig, int scopeEnd) {
        List<Token> t = f.tokens();
        int k = trig.end();
        while (k < t.size() && k - trig.end() < 3 && !t.get(k).lower().equals("by")) {
            k++;
        }
        if (k >= t.size() || !t.get(k).lower().equals("by")) {
            return -1;
        }
        for (int j = k + 1; j < t.size(); j++) {
            String w = t.get(j).lower();
            if (t.get(j).pos().equals("ADP") && !w.equals("of") || w.equals(";") || w.equals(".") || t.get(j).pos().equals("VERB")) {
                return t.get(j).span().start();
            }
        }
        return scopeEnd;
    }

    private static final Pattern UNNAMED = Pattern.compile("(?i).*\\b(territor(y|ies)|areas|positions|lands?|ground|parts|"
            + "villages|towns|cities|localities|points|sites|bases|posts|outposts|neighbou?rhoods|districts)\\b[^;]*\\b"
            + "(in|across|throughout|within)\\s+(the\\s+)?[^;]*$");

    /**
     * "seized large territories in the Idlib and Aleppo provinces": the places name where unnamed territory lies,
     * not what was taken, so they are not the event's places.
     */
    private static boolean containerOfUnnamed(SentenceFacts f, int trigEnd, PlaceMention first) {
        int base = f.sentence().span().start();
        if (first.span().start() < trigEnd) {
            return false;
        }
        String gap = f.sentence().text().substring(trigEnd - base, first.span().start() - base);
        // a gap of unnamed places names no place itself: no capitalised word in it; but the places an introducer brings
        // after them are the ones taken ("seized several towns in the region, including Lalibela and Gondar")
        return gap.length() < 100 && gap.chars().noneMatch(Character::isUpperCase) && UNNAMED.matcher(gap).matches()
                && !INTRODUCER.matcher(gap).find();
    }

    /**
     * "torched vehicles … before withdrawing toward Burkina Faso": a place after "toward(s)" is where someone headed,
     * the place of no event but a movement's (after "to" it may be where fighting spread: "clashes spread to X").
     */
    static boolean heading(SentenceFacts f, PlaceMention p) {
        return Rx.matches(wordsBefore(f, p, 12), ".*\\b(towards|toward)(\\s+the)?\\s*$");
    }

    /** The {@code n} characters before a place, in lower case (a dozen are enough for "towards the "). */
    static String wordsBefore(SentenceFacts f, PlaceMention p, int n) {
        int base = f.sentence().span().start();
        return f.sentence().text().substring(Math.max(0, p.span().start() - base - n), p.span().start() - base).toLowerCase();
    }

    /**
     * Types whose place may be where something headed: a movement (an advance, an entry, a deployment, an offensive,
     * a withdrawal) or fire ("rocket fire towards Israel" strikes Israel).
     */
    static boolean movesTo(EventType t) {
        return t == EventType.ADVANCE || t == EventType.ENTER || t == EventType.DEPLOYMENT || t == EventType.OFFENSIVE
                || t == EventType.WITHDRAW || t == EventType.AIRSTRIKE || t == EventType.SHELLING;
    }

    /** Movements placed where they left, not where they went ("withdrew to X", "evacuating foreigners to Y"). */
    static boolean leaves(EventType t) {
        return t == EventType.WITHDRAW || t == EventType.EVACUATION;
    }

    /**
     * "withdrew towards Damascus", "evacuated to the southern town of Baucau": a place after to/towards is where the
     * movement went, not where it happened.
     */
    static boolean destination(SentenceFacts f, PlaceMention p) {
        if (p.list() > 0) {
            for (PlaceMention q : f.places()) {
                if (q != p && q.list() == p.list() && q.span().start() < p.span().start() && destinationWords(f, q)) {
                    return true; // "withdrawn to new positions at Yucra and Arce": the list goes where its first does
                }
            }
        }
        return destinationWords(f, p);
    }

    private static boolean destinationWords(SentenceFacts f, PlaceMention p) {
        String before = wordsBefore(f, p, 45);
        return Rx.matches(before, ".*\\b(to|towards|toward|into)(\\s+the)?(?:(?:\\s+[a-z-]+){0,2}"
                + "\\s+(?:town|city|village|capital|port|district|region|province|camp|jungles?|forests?|hills|mountains|bush|outskirts)\\s+of)?\\s*$")
                // "withdrew to new defence lines south of Jaffna town", "to new positions at Yucra": the lines lie by the
                // place, they went there
                || Rx.matches(before, ".*\\b(to|towards|toward)(?:\\s+[a-z-]+){1,4}\\s+(?:(?:north|south|east|west|north-?east|"
                + "north-?west|south-?east|south-?west)\\s+of|near|outside|at)(\\s+the)?\\s*$")
                // "fled north towards Gulu and Lira": a place listed with a destination is one too
                || Rx.matches(before, ".*\\b(to|towards|toward)(\\s+the)?\\s+[a-z'-]+(\\s+[a-z'-]+)?\\s*(,|,?\\s+and|,?\\s+or)\\s*$");
    }

    /**
     * "left the city overnight and regrouped in Kramatorsk": where a force gathered again is no place it left (nor
     * one it went to that would stand for the place left).
     */
    static boolean regroupedAt(SentenceFacts f, PlaceMention p) {
        return Rx.matches(wordsBefore(f, p, 45), ".*\\bregroup(?:ed|ing|s)?(?:\\s+[a-z-]+){0,2}\\s+(?:in|at)(\\s+the)?\\s*$");
    }

    private static boolean pronounAfter(List<Token> t, int i) {
        for (int k = i; k < Math.min(t.size(), i + 2); k++) {
            String w = t.get(k).text().toLowerCase();
            if (w.equals("it") || w.equals("them")) {
                return true;
            }
        }
        return false;
    }

    /** The facility named by what it is nearest before {@code off} ("secured the airport and began evacuating"), resolved, or null. */
    PlaceMention facilityBefore(SentenceFacts f, int off, Narrative st) {
        PlaceMention best = null;
        for (PlaceMention p : f.places()) {
            if (p.span().end() <= off && namedByWhatItIs(p)) {
                best = p;
            }
        }
        List<PlaceMention> r = best == null ? List.of() : expand(List.of(best), st, f);
        return r.isEmpty() ? null : r.get(0);
    }

    /**
     * The place of the clause a participle after a comma hangs on ("mutinied at their headquarters in the capital,
     * battling army troops"): the last place named before {@code off}, anaphors resolved; empty when none.
     */
    List<PlaceMention> placeOfMainClause(SentenceFacts f, int off, Narrative st) {
        PlaceMention last = null;
        for (PlaceMention p : f.places()) {
            if (p.span().end() <= off && !isRegion(p)) {
                last = p;
            }
        }
        return last == null ? List.of() : expand(List.of(last), st, f);
    }

    PlaceMention nearestBefore(SentenceFacts f, int off) {
        return nearestBefore(f, off, p -> true);
    }

    /** As {@link #nearestBefore(SentenceFacts, int)}, among the places {@code kept} keeps. */
    private PlaceMention nearestBefore(SentenceFacts f, int off, java.util.function.Predicate<PlaceMention> kept) {
        PlaceMention best = null;
        for (PlaceMention p : f.places()) {
            if (p.span().end() <= off && p.kind() != PlaceMention.Kind.ANAPHOR && !isRegion(p) && kept.test(p)
                    && !(best != null && locates(f, best, p)) && !insideRelative(f, p, off)) {
                best = p;
            }
        }
        return best;
    }

    private static final Pattern LOCATOR = Pattern.compile("\\s*(?:(?:districts|areas|neighbou?rhoods|towns|villages|camps)\\s+)?"
            + ",?\\s*(?:just\\s+|about\\s+|some\\s+|around\\s+)?(?:near|outside|close to|on|along|astride|on the banks of|"
            + "in the (?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center|heart) of|(?:\\d+\\s*"
            + "(?:km|kilometres|kilometers|miles)\\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\\s+of)"
            + "\\s+(?:the\\s+)?(?:[a-z]+\\s+){0,2}?(?:(?:city|town|village|port|capital)\\s+of\\s+)?");

    /**
     * Place b only says where place a lies ("the Nahr al-Bared camp near the northern city of Tripoli", "a base at
     * Vaziani, near Tbilisi", "the city of Bender on the Dniester river"): what happens at a does not happen at b.
     */
    boolean locates(SentenceFacts f, PlaceMention a, PlaceMention b) {
        String gap = gapBetween(f, a, b);
        return gap != null && gap.length() <= 45 && (LOCATOR.matcher(gap).matches() || IN_APPOSITIVE.matcher(gap).matches()
                || IN_REGION.matcher(gap).matches() && locatingRegions.contains(lastWord(b.text()))
                || commaInRegion(f, a, b));
    }

    /** A facility the text names by what it is ("the airport", "the police station"), before it is resolved. */
    private boolean namedByWhatItIs(PlaceMention p) {
        return p.kind() == PlaceMention.Kind.ANAPHOR && facilityAnaphors.contains(p.head().toLowerCase(java.util.Locale.ROOT));
    }

    /** "the radio station in Victoria": a facility named by what it is, then the town it is in, which only locates it. */
    private boolean facilityIn(SentenceFacts f, PlaceMention a, PlaceMention b) {
        String gap = gapBetween(f, a, b);
        return namedByWhatItIs(a) && b.kind() != PlaceMention.Kind.ANAPHOR && gap != null && IN_REGION.matcher(gap).matches();
    }

    /** "the town of Kidal, in north-eastern Mali,": set off by a comma, a region or country after a town only locates it. */
    private static final Pattern COMMA_IN = Pattern.compile("\\s*,\\s*in\\s+(?:the\\s+)?");

    private boolean commaInRegion(SentenceFacts f, PlaceMention a, PlaceMention b) {
        String gap = gapBetween(f, a, b);
        // (or a wide land: "the border post of Longewala, in the Thar Desert of Rajasthan")
        return gap != null && COMMA_IN.matcher(gap).matches() && (isRegion(b) || locatingRegions.contains(lastWord(b.text())))
                && !isRegion(a);
    }

    /** "Zahle in the Bekaa Valley", "Mingora in Swat district": a town, then the region it lies in (the pack's {@code locating-regions}). */
    private static final Pattern IN_REGION = Pattern.compile("\\s+in\\s+(?:the\\s+)?");

    private static String lastWord(String text) {
        if (text.isEmpty() || !Character.isLetter(text.charAt(text.length() - 1))) {
            return "";
        }
        String[] words = text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
        return words.length == 0 ? "" : words[words.length - 1];
    }

    /**
     * "Mingora, the main town in the Swat valley", "Palma, a town in Cabo Delgado", "Bor, capital of Jonglei state": the
     * appositive's place locates.
     */
    private static final Pattern IN_APPOSITIVE = Pattern.compile("\\s*,\\s*(?:(?:the|a|an)\\s+)?(?:[a-z-]+\\s+){0,2}?"
            + "(?:town|city|village|capital|port|district|hub|stronghold|base)\\s+(?:in|of)\\s+(?:the\\s+)?");

    /** "Xuan Loc, the capital of Long Khanh province": b only says where a lies, though the words between could join a list. */
    private static boolean inAppositive(SentenceFacts f, PlaceMention a, PlaceMention b) {
        String gap = gapBetween(f, a, b);
        // "the key town of al-Sa'an, the town of Sarouj": a kind word with "of" names the next item of a list
        return gap != null && gap.length() <= 45 && IN_APPOSITIVE.matcher(gap).matches()
                && !Rx.matches(gap, "(?s).*\\b(?:town|city|village|port|district)\\s+of\\s+(?:the\\s+)?");
    }

    /** "X's fortified Y compound", "Syria's Idlib province": a in the possessive owns or locates b, named right after. */
    static boolean possessiveOwner(SentenceFacts f, PlaceMention a, PlaceMention b) {
        String gap = gapBetween(f, a, b);
        return gap != null && Rx.matches(gap, "(?:'s|’s)\\s+(?:[a-z][a-z-]*\\s+){0,2}");
    }

    /** "seized the Freeport, Monrovia's main port,": b in the possessive, set off after a, only says what a is. */
    static boolean possessiveAppositive(SentenceFacts f, PlaceMention a, PlaceMention b) {
        String gap = gapBetween(f, a, b);
        int base = f.sentence().span().start();
        String text = f.sentence().text();
        int end = b.span().end() - base;
        return gap != null && gap.strip().equals(",") && end + 2 <= text.length()
                && (text.startsWith("'s ", end) || text.startsWith("’s ", end));
    }

    static boolean isRegion(PlaceMention p) {
        // a name the gazetteer lacks, placed only in its country, is no region: "the island of Yeonpyeong"
        return p.kind() == PlaceMention.Kind.REGION || p.place().precision() == GeoPrecision.COUNTRY
                && (p.place().resolved() || p.level() == GeoPrecision.COUNTRY || p.kind() == PlaceMention.Kind.ANAPHOR);
    }

    /**
     * The places of the trigger among those in its scope: the scope's places fall into groups (one list of places is
     * one group); a group introduced after another ("in Afar Region, including in Abala and Dalol") wins; else the
     * most specific group wins (the localities, not the zone they lie in: "in Koneba and Dalol, all in Kilbeti Zone"),
     * together with later groups as specific that a verb joins to it ("continue in Sinja Town and have spread to
     * Sennar Town"). A group that names only where people went ("fled to X") is no place of fighting.
     */
    private List<PlaceMention> firstGroup(SentenceFacts f, List<PlaceMention> scope) {
        return firstGroup(f, scope, -1);
    }

    /**
     * As {@link #firstGroup(SentenceFacts, List)}; a group within a few characters after {@code intoEnd} (the end of
     * a trigger of movement, or -1) is where the force went, its place, not a place people only went to.
     */
    private List<PlaceMention> firstGroup(SentenceFacts f, List<PlaceMention> scope, int intoEnd) {
        if (scope.isEmpty()) {
            return List.of();
        }
        List<List<PlaceMention>> groups = new ArrayList<>();
        List<PlaceMention> group = new ArrayList<>();
        group.add(scope.get(0));
        for (int i = 1; i < scope.size(); i++) {
            PlaceMention a = scope.get(i - 1);
            PlaceMention b = scope.get(i);
            boolean sameList = a.list() > 0 && a.list() == b.list();
            if (!sameList && !coordinated(f, a, b) || possessiveAppositive(f, a, b) || inAppositive(f, a, b)
                    || commaInRegion(f, a, b) || group.size() == 1 && clauseAnd(f, a, b)) {
                groups.add(group);
                group = new ArrayList<>();
            }
            group.add(b);
        }
        groups.add(group);
        for (int g = 1; g < groups.size(); g++) {
            if (introduced(f, groups.get(g - 1).get(groups.get(g - 1).size() - 1), groups.get(g).get(0))) {
                return groups.get(g);
            }
        }
        for (int g = groups.size() - 1; g > 0; g--) {
            List<PlaceMention> prev = groups.get(g - 1);
            String gap = gapBetween(f, prev.get(prev.size() - 1), groups.get(g).get(0));
            if (gap != null && WHICH_CLAUSE.matcher(gap).find()) {
                groups.remove(g); // "took up positions in Plaza Murillo, which houses the presidential palace": what it holds
                continue;
            }
            if (locates(f, prev.get(prev.size() - 1), groups.get(g).get(0)) || facilityIn(f, prev.get(prev.size() - 1), groups.get(g).get(0))
                    || possessiveAppositive(f, prev.get(prev.size() - 1), groups.get(g).get(0))) {
                groups.remove(g); // "in the X district west of the city": the city only says where X lies
            } else if (prev.size() == 1 && possessiveOwner(f, prev.get(0), groups.get(g).get(0))) {
                groups.remove(g - 1); // "Gaddafi's fortified Bab al-Aziziya compound": whose it is, or where it lies
                g--;
            }
        }
        List<List<PlaceMention>> kept = groups.stream().filter(gr -> !wentTo(f, gr.get(0))
                || intoEnd >= 0 && gr.get(0).span().start() >= intoEnd && gr.get(0).span().start() - intoEnd <= 6).toList();
        if (kept.isEmpty()) {
            kept = groups;
        }
        int best = Integer.MAX_VALUE;
        for (List<PlaceMention> gr : kept) {
            best = Math.min(best, rank(gr));
        }
        List<PlaceMention> out = new ArrayList<>();
        List<PlaceMention> last = null;
        for (List<PlaceMention> gr : kept) {
            if (rank(gr) != best) {
                continue;
            }
            if (last == null) {
                out.addAll(gr);
                last = gr;
            } else if (joinedByVerb(f, last.get(last.size() - 1), gr.get(0))) {
                out.addAll(gr);
                last = gr;
            }
        }
        // a second object, a facility in a place: "bombed Kabul and a market in Paktika"
        for (List<PlaceMention> gr : kept) {
            if (!out.isEmpty() && !out.contains(gr.get(0)) && facilityObjectAfter(f, out.get(out.size() - 1), gr.get(0))) {
                out.addAll(gr);
            }
        }
        return out;
    }

    private static final Pattern AND_A_FACILITY = Pattern.compile("(?i)\\s*,?\\s*and\\s+(?:an?|the|two|three|several)?\\s*"
            + "(?:[a-z-]+\\s+){0,2}([a-z]+)\\s+(?:in|near|outside|at)\\s+(?:the\\s+)?");

    /** Place b comes as a facility in it coordinated with place a's object: "Kabul and a market in Paktika". */
    private boolean facilityObjectAfter(SentenceFacts f, PlaceMention a, PlaceMention b) {
        String gap = gapBetween(f, a, b);
        if (gap == null || gap.length() > 50) {
            return false;
        }
        java.util.regex.Matcher m = AND_A_FACILITY.matcher(gap);
        return m.matches() && facilities.contains(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * How specific a group is (lower is more specific): its most specific member's level, regions counting as
     * provinces, anaphors as towns and facilities named by what they are as points; a facility the gazetteer does not know ("the X School", "the Y Hospital") counts
     * just after a town, so that a town named with it stays the place ("from the X School near the town of Y").
     */
    private int rank(List<PlaceMention> group) {
        int r = Integer.MAX_VALUE;
        for (PlaceMention p : group) {
            GeoPrecision g = p.kind() == PlaceMention.Kind.ANAPHOR ? (namedByWhatItIs(p) ? GeoPrecision.POINT : GeoPrecision.TOWN)
                    : p.kind() == PlaceMention.Kind.REGION && p.level() == null ? GeoPrecision.PROVINCE : p.specificity();
            int x = 2 * g.ordinal() + (isFacility(p) ? 3 : 0);
            r = Math.min(r, x);
        }
        return r;
    }


    private boolean isFacility(PlaceMention p) {
        if (p.place().resolved()) {
            return false;
        }
        String t = p.text();
        int end = t.length();
        while (end > 0 && isWordGap(t.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !isWordGap(t.charAt(start - 1))) {
            start--;
        }
        return facilities.contains(t.substring(start, end).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isWordGap(char c) {
        return Character.isWhitespace(c) || c == '’' || c == '\'';
    }

    private static final Pattern DESTINATION = Pattern.compile("(?i)\\b(fled|flee|fleeing|flees|displaced|moved|moving|move|"
            + "went|go|going|relocated|evacuated|sent|transferred|referred|referral|referrals|returned|crossed|arrived|escaped|"
            + "headed|heading|seeking refuge|sought refuge|took refuge|taking refuge|sheltering|hosted)\\b"
            + "[^,;]{0,40}\\b(to|towards|toward|into|in)(\\s+the)?\\s*$");

    /** "people fled to X", "were displaced to X", "referred to hospitals in X": where people went, not where it happened. */
    private static boolean wentTo(SentenceFacts f, PlaceMention p) {
        int base = f.sentence().span().start();
        String before = f.sentence().text().substring(Math.max(0, p.span().start() - base - 60), p.span().start() - base);
        return endsWithDestinationWord(before) && DESTINATION.matcher(before).find();
    }

    /** A cheap test before {@link #DESTINATION}: the text ends with "to", "towards", "toward", "into", "in" or "the". */
    private static boolean endsWithDestinationWord(String s) {
        int e = s.length();
        while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(s.charAt(b - 1))) {
            b--;
        }
        String last = s.substring(b, e).toLowerCase(java.util.Locale.ROOT);
        return switch (last) {
            case "to", "towards", "toward", "into", "in", "the" -> true;
            default -> false;
        };
    }

    private static final Pattern VERB_JOIN = Pattern.compile("(?i)(\\b(and|while|as well as)\\b.*\\b(spread|spreading|spreads|"
            + "extended|extending|expanded|expanding|reached|reaching|moved|continued|continue|continues|escalated|erupted|"
            + "broke out|were reported|was reported|also)\\b|\\b(spread|spreads|spreading|extended|expanded|expanding)\\s+"
            + "(to|into|across)\\b)");

    /** Two groups joined by a coordinated verb phrase ("continue in A and have spread to B"). */
    private static boolean joinedByVerb(SentenceFacts f, PlaceMention a, PlaceMention b) {
        String gap = gapBetween(f, a, b);
        return gap != null && gap.length() < 80 && !gap.contains(";") && VERB_JOIN.matcher(gap).find();
    }

    private static final Pattern INTRODUCER = Pattern.compile("(?i)\\b(including|notably|namely|such as|among them|most notable being|"
            + "most notably|in particular|especially|particularly|mainly|primarily|mostly|chiefly|specifically)\\b");

    /** True when the words between two groups introduce the second as the real object ("…, including A and B"). */
    private static boolean introduced(SentenceFacts f, PlaceMention a, PlaceMention b) {
        String gap = gapBetween(f, a, b);
        return gap != null && gap.length() < 120 && INTRODUCER.matcher(gap).find();
    }

    /** The sentence text between place a and a later place b, or null when b does not follow a. */
    private static String gapBetween(SentenceFacts f, PlaceMention a, PlaceMention b) {
        int base = f.sentence().span().start();
        return b.span().start() < a.span().end() ? null
                : f.sentence().text().substring(a.span().end() - base, b.span().start() - base);
    }

    /** The place nearest to {@code off} of any kind (regions and countries included), or null. */
    PlaceMention nearestAny(SentenceFacts f, int off) {
        PlaceMention best = null;
        int bestD = Integer.MAX_VALUE;
        PlaceMention previous = null;
        for (PlaceMention p : f.places()) {
            if (p.kind() == PlaceMention.Kind.ANAPHOR || previous != null && locates(f, previous, p)
                    || p.span().end() <= off && insideRelative(f, p, off)) {
                continue;
            }
            previous = p;
            int d = p.span().end() <= off ? off - p.span().end() : p.span().start() - off;
            if (d < bestD) {
                bestD = d;
                best = p;
            }
        }
        return best;
    }

    /**
     * For a noun trigger whose places come before it ("Syria's coastal region, including Jableh and Banyas, has seen
     * hostilities"; "thousands have left Donetska and Sumska oblasts, seeking safety through evacuations"): the places
     * of its clause before it, grouped and chosen as those after a trigger are, or an empty list.
     */
    List<PlaceMention> groupBefore(SentenceFacts f, TriggerLexicon.Match trig, Narrative st) {
        List<Token> t = f.tokens();
        int start = t.get(trig.start()).span().start();
        int clause = 0;
        for (int k = trig.start() - 1; k > 0; k--) {
            if (t.get(k).text().equals(";")) {
                clause = t.get(k).span().end();
                break;
            }
        }
        List<PlaceMention> scope = new ArrayList<>();
        for (PlaceMention p : f.places()) {
            if (p.span().end() <= start && p.span().start() >= clause && p.kind() != PlaceMention.Kind.ANAPHOR) {
                scope.add(p);
            }
        }
        if (scope.isEmpty()) {
            // "the oblast suffered 5,000 strikes": a place referred back to, when the clause names no other
            for (PlaceMention p : f.places()) {
                if (p.span().end() <= start && p.span().start() >= clause && p.kind() == PlaceMention.Kind.ANAPHOR) {
                    scope.add(p);
                }
            }
            return scope.size() == 1 && st != null ? expand(scope, st, f) : List.of();
        }
        List<PlaceMention> group = firstGroup(f, scope);
        // the group nearest the trigger among equally specific ones
        List<PlaceMention> last = lastGroup(f, scope);
        return !last.isEmpty() && !wentTo(f, last.get(0)) && rankOf(last) <= rankOf(group) && !containsIntroduced(f, scope)
                ? last : group;
    }

    private int rankOf(List<PlaceMention> g) {
        return g.isEmpty() ? Integer.MAX_VALUE : rank(g);
    }

    private static boolean containsIntroduced(SentenceFacts f, List<PlaceMention> scope) {
        for (int i = 1; i < scope.size(); i++) {
            if (introduced(f, scope.get(i - 1), scope.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether place {@code p} lies in a relative clause set off by commas before offset {@code off} ("Saudi Arabia,
     * which borders Saada province, has reinforced its troops"): what the clause says of its noun, no place of the verb after it.
     */
    boolean insideRelative(SentenceFacts f, PlaceMention p, int off) {
        List<Token> t = f.tokens();
        int k = f.tokenAt(p.span().start()) - 1;
        while (k >= 0 && !t.get(k).text().equals(",")) {
            k--;
        }
        if (k < 0 || k + 1 >= t.size() || !relativePronouns.contains(t.get(k + 1).lower())) {
            return false;
        }
        for (int j = f.tokenAt(p.span().end() - 1) + 1; j < t.size() && t.get(j).span().start() < off; j++) {
            if (t.get(j).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** The coordinated group that ends closest before the trigger. */
    private List<PlaceMention> lastGroup(SentenceFacts f, List<PlaceMention> before) {
        List<PlaceMention> specific = new ArrayList<>(before.stream().filter(p -> !isRegion(p)).toList());
        while (specific.size() >= 2 && locates(f, specific.get(specific.size() - 2), specific.get(specific.size() - 1))) {
            specific.remove(specific.size() - 1); // "Tal Afar, 80 km west of Mosul, fell": the subject, not what locates it
        }
        if (specific.isEmpty()) {
            return List.of();
        }
        List<PlaceMention> group = new ArrayList<>();
        group.add(specific.get(specific.size() - 1));
        for (int i = specific.size() - 2; i >= 0; i--) {
            if (!coordinated(f, specific.get(i), specific.get(i + 1)) || group.size() == 1
                    && clauseAnd(f, specific.get(i), specific.get(i + 1)) && (i == 0 || !coordinated(f, specific.get(i - 1), specific.get(i)))) {
                break;
            }
            group.add(0, specific.get(i));
        }
        return group;
    }

    /**
     * Two names joined by a comma and "and", the second the subject of a verb of its own: two clauses, no list ("the
     * TPDF captured Masaka, and Mbarara fell a day later"). A list of three or more may have that comma ("A, B, and C").
     */
    private static boolean clauseAnd(SentenceFacts f, PlaceMention a, PlaceMention b) {
        String gap = gapBetween(f, a, b);
        if (gap == null || !Rx.matches(gap, "\\s*,\\s*and\\s+")) {
            return false;
        }
        int k = f.tokenAt(b.span().end());
        return k < f.tokens().size() && Rx.matches(f.tokens().get(k).pos(), "VERB|AUX");
    }

    private static boolean coordinated(SentenceFacts f, PlaceMention a, PlaceMention b) {
        String gap = gapBetween(f, a, b);
        return gap != null && (gap.length() < 60 && COORDINATION.matcher(gap).matches()
                || gap.length() < 90 && WHERE_THEN_AND.matcher(gap).matches());
    }

    /** A "which"/"who" clause opening after a place and still open at the next one ("X, which houses the palace"). */
    private static final Pattern WHICH_CLAUSE = Pattern.compile("(?i),\\s*(?:which|who)\\b[^,;]*$");

    /** "in Timisoara, where the uprising began a week ago, and in Sibiu": a "where" clause told of the first, then the list goes on. */
    private static final Pattern WHERE_THEN_AND = Pattern.compile("(?i)^\\s*,\\s*where\\s[^,;]*,\\s*and\\s+(?:in|at|on|near)\\s+(?:the\\s+)?$");

    private static boolean isRegionWord(String head) {
        return switch (head) {
            case "oblast", "governorate", "region", "province", "district", "locality", "territory" -> true;
            default -> false;
        };
    }

    /**
     * An anaphor taking its referent's place. A referent that the gazetteer names only as a division or not at all
     * lends its own words as the place's name ("the Oblast" → "Kharkivska Oblast", "the base" → "El-Salin military
     * base"), so that the event reads as the article named the place.
     */
    private static PlaceMention referTo(PlaceMention anaphor, PlaceMention referent) {
        ResolvedPlace r = referent.place();
        if (!r.resolved() || referent.kind() == PlaceMention.Kind.REGION || referent.kind() == PlaceMention.Kind.CUE
                || referent.kind() == PlaceMention.Kind.NAME && r.geonameid() != null
                && (r.precision() == GeoPrecision.TOWN || r.precision() == GeoPrecision.POINT)) {
            // a town is named as the text names it ("the city" is Sukhumi, as written, not the gazetteer's Sokhumi),
            // placed and keyed where the gazetteer puts it (regions keep their names: they are compared by name)
            String written = Rx.replaceFirst(referent.text(), "^(?i)the\\s+", "");
            r = new ResolvedPlace(written, r.geonameid(), r.lat(), r.lon(), r.admin1(), r.country(), r.precision(), r.resolved());
        }
        return new PlaceMention(anaphor.span(), anaphor.text(), referent.head(), r, PlaceMention.Kind.ANAPHOR,
                referent.level(), 0);
    }

    /** The referent's words include every word the anaphor names its facility with ("the radio station" → "X radio station"). */
    private static boolean namesAllWords(PlaceMention referent, PlaceMention anaphor) {
        java.util.List<String> have = java.util.Arrays.asList(referent.text().toLowerCase(java.util.Locale.ROOT).split("\\s+"));
        String[] want = Rx.replaceFirst(anaphor.text().toLowerCase(java.util.Locale.ROOT), "^(?:the|its)\\s+", "").split("\\s+");
        for (String x : want) {
            if (!have.contains(x) && !x.equals("main")) {
                return false;
            }
        }
        return true;
    }

    /** The named place right after {@code p} and "in", "at" or "of" ("the palace in downtown X"), or null. */
    private PlaceMention placeRightAfter(SentenceFacts f, PlaceMention p) {
        int base = f.sentence().span().start();
        List<PlaceMention> all = f.places();
        for (int i = 0; i < all.size(); i++) {
            PlaceMention q = all.get(i);
            if (q.span().start() > p.span().end() && q.kind() != PlaceMention.Kind.ANAPHOR) {
                String gap = f.sentence().text().substring(p.span().end() - base, q.span().start() - base);
                // "the national palace in downtown X", "the regional parliament and government buildings in X"
                if (!Rx.matches(gap, "(?i)\\s+(?:and\\s+(?:[a-z-]+\\s+){1,3})?(in|at|of)\\s+(the\\s+)?"
                        + "(?:(?:[a-z-]+\\s+)?(?:town|city|village|port|capital)\\s+of\\s+)?")) { // ("in the town of Biltine")
                    return null;
                }
                if (i + 1 < all.size() && q.place().precision() != GeoPrecision.TOWN && all.get(i + 1).kind() != PlaceMention.Kind.ANAPHOR) {
                    String next = gapBetween(f, q, all.get(i + 1));
                    if (next != null && whoseCapital.matcher(next).matches()) {
                        return all.get(i + 1); // "in Crimea's capital Simferopol": the capital
                    }
                }
                return q;
            }
        }
        return null;
    }

    /** The places a group stands for: anaphors replaced by what they refer to. */
    List<PlaceMention> resolve(List<PlaceMention> group, Narrative st, SentenceFacts f) {
        return expand(group, st, f);
    }

    /**
     * "the capital", with no word between: the capital of the country the document is about, when no capital was named
     * before it ("DHAKA, Feb 25 (AFP) - … at their headquarters in the capital"), or null.
     */
    private PlaceMention nationalCapital(PlaceMention p, Narrative st) {
        String[] words = p.text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        if (words.length != 2 || !nationalCapitalWords.contains(words[1]) || st.country() == null || st.country().country() == null) {
            return null;
        }
        ResolvedPlace c = capitalOf.apply(st.country().country());
        return c == null ? null : p.withPlace(c.name(), c);
    }

    private List<PlaceMention> expand(List<PlaceMention> group, Narrative st, SentenceFacts f) {
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention p : group) {
            if (p.kind() != PlaceMention.Kind.ANAPHOR) {
                out.add(p);
                continue;
            }
            String head = p.head().toLowerCase();
            PlaceMention site = facilityAnaphors.contains(head) ? st.lastNamedWith(head) : null;
            if (site != null && !namesAllWords(site, p)) {
                site = null; // "the radio building" is not "the Central Committee building"
            }
            if (site == null && buildingAnaphors.contains(head) && p.text().toLowerCase(java.util.Locale.ROOT).equals("the " + head)) {
                site = st.lastNamedWithAny(buildingWords); // "stormed the Palace of Justice … retook the building"
            }
            if (site != null) {
                PlaceMention r = referTo(p, site); // "stormed the Palace of Justice … a fire destroyed much of the palace"
                out.add(new PlaceMention(r.span(), r.text(), site.head(), r.place(), r.kind(), r.level(), r.list()));
                continue;
            }
            if (facilityAnaphors.contains(head)) {
                // "the presidential palace": a place of its own in the town named right after it ("the national
                // palace in downtown X"), else before it in the sentence, else the town the text is in
                // (the town before it is a town, no site: "rolled into Prague, surrounding the X building and the radio station")
                PlaceMention in = placeRightAfter(f, p);
                PlaceMention town = in != null ? in : nearestBefore(f, p.span().start(), q -> !isFacility(q) && q.specificity() != GeoPrecision.POINT);
                town = town != null ? town : st.lastCity() != null ? st.lastCity() : st.lastPlace() != null ? st.lastPlace()
                        : st.filedFrom(); // "BUCHAREST (AP) - … attacked the state television building": the town it was filed from
                if (town != null) {
                    PlaceMention r = referTo(p, town);
                    out.add(new PlaceMention(r.span(), r.text(), p.head(), r.place(), r.kind(), r.level(), r.list()));
                } else if (st.country() != null && st.country().country() != null) {
                    // "fought at the island's international airport" before any town: a site of the country the text is in
                    String words = Rx.replaceFirst(p.text(), "^(?i)(?:the|its)\\s+", "");
                    ResolvedPlace c = st.country();
                    out.add(p.withPlace(p.head(), new ResolvedPlace(words, null, c.lat(), c.lon(), null, c.country(),
                            GeoPrecision.COUNTRY, false)));
                }
                continue;
            }
            PlaceMention here = head.endsWith("s") ? null : nearestBefore(f, p.span().start());
            if (here != null) {
                out.add(referTo(p, here));
                continue;
            }
            PlaceMention capital = st.lastCity() == null ? nationalCapital(p, st) : null;
            if (capital != null) {
                out.add(capital);
                continue;
            }
            PlaceMention settlement = namedAgainHeads.contains(head) ? st.lastNamedWith(head) : null;
            if (settlement != null) {
                out.add(referTo(p, settlement)); // "stormed Kucheri village … killed in the village": the place called so
                continue;
            }
            if (head.endsWith("s") && !st.lastGroup().isEmpty()) {
                for (PlaceMention g : st.lastGroup()) {
                    out.add(referTo(p, g));
                }
            } else if (head.equals("country") && st.country() != null) {
                out.add(p.withPlace(st.country().name(), st.country()));
            } else if (head.endsWith("city") && st.lastCity() != null) {
                out.add(referTo(p, st.lastCity()));
            } else if (townWords.contains(head) && st.lastPlace() != null && st.lastCity() != null
                    && (st.lastPlace().place().precision() != null
                    && st.lastPlace().place().precision().ordinal() > GeoPrecision.TOWN.ordinal()
                    || st.lastPlace().level() != null && st.lastPlace().level().ordinal() > GeoPrecision.TOWN.ordinal())) {
                // "captured Shusha, the second-largest town in Nagorno-Karabakh. … denied the town had fallen": a
                // town is no region, though the region was named last
                out.add(referTo(p, st.lastCity()));
            } else if (isRegionWord(head) && st.lastRegion() != null) {
                out.add(referTo(p, st.lastRegion()));
            } else if (!head.endsWith("s") && st.lastPlace() != null) {
                out.add(referTo(p, st.lastPlace()));
            } else if (!head.endsWith("s") && st.lastRegion() != null) {
                // "central Bissau" read as its province, then "fighting in the capital": the region named is the best
                // the text allows
                out.add(referTo(p, st.lastRegion()));
            }
        }
        return out;
    }

    /**
     * The actor of the trigger, or null. Under a preposed attribution ("X denied that Russian forces had captured Y")
     * the clause after the reporting verb is searched first: the claimant is the actor only when that clause names
     * none ("X claimed to have captured Y", "X denied that its troops had withdrawn").
     */
    ActorMention actor(SentenceFacts f, TriggerLexicon.Match trig, TriggerLexicon.Frame frame, boolean passive,
                       Attribution attribution) {
        List<Token> t = f.tokens();
        int start = t.get(trig.start()).span().start();
        int end = t.get(trig.end() - 1).span().end();
        if (frame == TriggerLexicon.Frame.PATIENT || passive || frame == TriggerLexicon.Frame.NOMINAL) {
            ActorMention after = afterMarker(f, end, frame == TriggerLexicon.Frame.PATIENT && !passive);
            if (after != null) {
                return after;
            }
            if (frame == TriggerLexicon.Frame.PATIENT || passive && frame != TriggerLexicon.Frame.MOVER) {
                return null;
            }
        }
        if (frame == TriggerLexicon.Frame.STATE) {
            for (ActorMention a : f.actors()) {
                if ((a.span().start() < start && a.span().end() >= end || a.span().start() >= start && a.span().end() <= end)
                        && isFighter(a)) {
                    return a; // "under Russian control", "in rebel hands"
                }
            }
        }
        if (frame == TriggerLexicon.Frame.NOMINAL) {
            ActorMention possessive = possessiveBefore(f, trig.start());
            if (possessive != null) {
                return possessive;
            }
            for (ActorMention a : f.actors()) {
                boolean covers = a.span().start() < start && a.span().end() >= end;
                boolean adjective = a.span().end() <= start && start - a.span().end() <= 1; // "Junta airstrikes", "Israeli strikes"
                boolean overlaps = a.span().start() < start && a.span().end() > start; // "a Moroccan drone strike"
                if ((covers || adjective || overlaps) && isFighter(a) && !infinitiveObject(f, a)) {
                    return a;
                }
            }
        }
        int clause = clauseStart(t, trig.start());
        if (attribution != null && attribution.from() > clause && attribution.from() <= trig.start()) {
            clause = attribution.from();
        }
        if (frame == TriggerLexicon.Frame.NOMINAL && sufferedIn(t, clause, trig.start())) {
            return null; // "28 soldiers were killed in an assault on a post": the subject suffered it, no one named did it
        }
        int clauseOff = clause == 0 ? 0 : t.get(clause).span().start();
        ActorMention subject = firstSubject(f, clauseOff, start);
        if (subject == null && clauseOff > 0) {
            subject = firstSubject(f, 0, start);
        }
        if (subject != null) {
            return subject;
        }
        ActorMention best = null;
        for (ActorMention a : f.actors()) {
            if (a.span().end() <= start && isFighter(a) && !afterTargetMarker(f, a)) {
                best = a;
            }
        }
        return best;
    }

    /**
     * Whether the noun at {@code noun} follows "in", "during" or "after" after a verb its clause's subject suffered
     * (the pack's {@code suffered-verbs}): a passive ("were killed in", "was wounded during") or "died in".
     */
    boolean sufferedIn(List<Token> t, int clause, int noun) {
        int k = noun - 1;
        while (k > clause && (t.get(k).pos().equals("DET") || t.get(k).pos().equals("ADJ") || t.get(k).pos().equals("PRON"))) {
            k--; // "an", "the same", "its latest"
        }
        if (k <= clause || !sufferedIn.contains(t.get(k).lower())) {
            return false;
        }
        Token v = t.get(k - 1);
        if (!v.pos().equals("VERB") || !sufferedVerbs.contains(v.lemma())) {
            return false; // "are engaged in violent battles": fighting, not suffering
        }
        return v.lemma().equals("die") || k - 2 >= clause && t.get(k - 2).lemma().equals("be");
    }

    /** The first fighting actor in [from, to) that is not inside a prepositional phrase. */
    private ActorMention firstSubject(SentenceFacts f, int from, int to) {
        for (ActorMention a : f.actors()) {
            if (a.span().start() >= from && a.span().end() <= to && isFighter(a) && !inPrepositionalPhrase(f, a)
                    && !infinitiveObject(f, a)) {
                return a;
            }
        }
        return null;
    }

    /** The object of an infinitive ("troops deployed to protect the government clashed"): no subject of the clause. */
    private static boolean infinitiveObject(SentenceFacts f, ActorMention a) {
        List<Token> t = f.tokens();
        int k = f.tokenAt(a.span().start()) - 1;
        while (k >= 0 && t.get(k).pos().equals("DET")) {
            k--;
        }
        return k >= 1 && t.get(k).pos().equals("VERB") && t.get(k - 1).pos().equals("PART");
    }

    private static boolean inPrepositionalPhrase(SentenceFacts f, ActorMention a) {
        List<Token> t = f.tokens();
        int i = f.tokenAt(a.span().start());
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            Token x = t.get(k);
            if (x.pos().equals("ADP")) {
                return !isSubordinator(x.text().toLowerCase());
            }
            if (!(x.pos().equals("DET") || x.pos().equals("ADJ") || x.pos().equals("NUM") || x.text().equals("-"))) {
                return false;
            }
        }
        return false;
    }

    /** An actor written as a possessive right before a noun trigger ("their attacks", "HTS's offensive"). */
    private ActorMention possessiveBefore(SentenceFacts f, int trigToken) {
        List<Token> t = f.tokens();
        for (ActorMention a : f.actors()) {
            int last = f.lastTokenBefore(a.span().end());
            if (last >= 0 && last < trigToken && trigToken - last <= 3 && isFighter(a)) {
                String w = a.text().toLowerCase();
                boolean possessive = w.equals("their") || w.equals("its") || last + 1 < t.size()
                        && (t.get(last + 1).text().equals("'s") || t.get(last + 1).text().equals("’s"));
                if (possessive) {
                    return a;
                }
            }
        }
        return null;
    }

    private static boolean isSubordinator(String w) {
        return switch (w) {
            case "before", "after", "until", "when", "once", "because", "although", "though", "as", "since" -> true;
            default -> false;
        };
    }

    /** Token index where the trigger's clause starts: after "that", a reporting verb, "while", "but" or ";". */
    private static int clauseStart(List<Token> t, int trig) {
        for (int k = trig - 1; k > 0; k--) {
            String w = t.get(k).text().toLowerCase();
            boolean finite = !t.get(trig).text().toLowerCase().endsWith("ing");
            if (w.equals("that") && t.get(k).pos().equals("SCONJ") || w.equals(";") || w.equals("while") || w.equals("but")
                    || w.equals("whereas") || isSubordinator(w) && (finite || t.get(k).pos().equals("SCONJ"))) {
                return k + 1;
            }
            if (w.equals("and") && t.get(k - 1).text().equals(",") && k + 1 < trig && !Rx.matches(t.get(k + 1).pos(), "VERB|AUX|ADV")) {
                return k + 1; // "The RSF shelled X, and army warplanes carried out air strikes": a clause with its own subject
            }
            if ((w.equals("which") || w.equals("where") || w.equals("whom")) && k + 1 < trig
                    && !Rx.matches(t.get(k + 1).pos(), "VERB|AUX|ADV")) {
                // "… fled toward Gitarama, which the rebels had captured in June": the relative clause has its own subject
                return k + 1;
            }
        }
        return 0;
    }

    /** The fighting actor a noun trigger names after "by" ("attacks by Armenian units"), or null. */
    ActorMention byAgent(SentenceFacts f, TriggerLexicon.Match trig) {
        int end = f.tokens().get(trig.end() - 1).span().end();
        ActorMention a = afterMarker(f, end, false);
        if (a == null) {
            return null;
        }
        String gap = f.sentence().text().substring(end - f.sentence().span().start(), a.span().start() - f.sentence().span().start());
        return Rx.matches(gap.toLowerCase().strip(), "by( the)?") ? a : null;
    }

    /** The fighting actor after "by", "to" or "of" following the trigger (or any actor when {@code anyMarker}). */
    private ActorMention afterMarker(SentenceFacts f, int end, boolean anyMarker) {
        String s = f.sentence().text();
        int base = f.sentence().span().start();
        for (ActorMention a : f.actors()) {
            if (a.span().start() >= end && isFighter(a)) {
                String gap = s.substring(end - base, a.span().start() - base).toLowerCase().strip();
                if (gap.length() > 40) {
                    return null;
                }
                // ("held by nationalist gunmen": a word or two the lexicon does not take describe the agent)
                if (Rx.matches(gap, "(.*\\b)?(by|to)( the)?") || describedAfterBy(f, end, a)
                        || anyMarker && Rx.matches(gap, "(.*\\b)?(of|into the hands of|to)( the)?")) {
                    return a;
                }
            }
        }
        return null;
    }

    /** "by nationalist gunmen", "by heavily armed men": "by", an article, then only a word or two describing the agent. */
    private static boolean describedAfterBy(SentenceFacts f, int end, ActorMention a) {
        List<Token> t = f.tokens();
        int k = f.tokenAt(end);
        if (k >= t.size() || !t.get(k).lower().equals("by")) {
            return false;
        }
        k++;
        if (k < t.size() && t.get(k).pos().equals("DET")) {
            k++;
        }
        int words = 0;
        for (; k < t.size() && t.get(k).span().start() < a.span().start(); k++) {
            boolean describing = Rx.matches(t.get(k).pos(), "ADJ|ADV") || t.get(k).lower().equals("armed")
                    || t.get(k).pos().equals("NOUN") && Character.isLowerCase(t.get(k).text().charAt(0));
            if (!describing || ++words > 2) {
                return false;
            }
        }
        return words > 0;
    }

    private boolean afterTargetMarker(SentenceFacts f, ActorMention a) {
        String s = f.sentence().text();
        int base = f.sentence().span().start();
        String before = s.substring(Math.max(0, a.span().start() - base - 12), a.span().start() - base).toLowerCase();
        return Rx.matches(before, ".*\\b(against|with|targeting|on|between)( the)?\\s*$");
    }

    /** The actor is a state's forces (the lexicon's kind {@code state_forces}). */
    boolean isStateForces(ActorMention a) {
        ActorLexicon.Actor actor = a == null || a.actorId() == null ? null : lexicon.actor(a.actorId());
        return actor != null && actor.kind().equals("state_forces");
    }

    boolean isFighter(ActorMention a) {
        ActorLexicon.Actor actor = a.actorId() == null ? null : lexicon.actor(a.actorId());
        if (actor == null && a.side() == null) {
            // a description no side could be given ("the paratroopers", "the mercenaries" of a war the lexicon does
            // not know) still tells of armed men; a bare pronoun does not
            return a.description() && !Rx.matches(a.text().toLowerCase(java.util.Locale.ROOT),
                    "(?:we|they|them|us|their|its|our|his|her)(?:\\s.*)?"); // "his men": the speaker's, told by who speaks
        }
        return actor == null || !actor.isSource();
    }

    /**
     * A country named as the subject of a verb trigger ("Mozambique regained control", "Ukraine's incursion into X"):
     * the place mention right before the verb (only auxiliaries and adverbs between, no preposition before it), or
     * null.
     */
    PlaceMention countrySubject(SentenceFacts f, TriggerLexicon.Match trig) {
        List<Token> t = f.tokens();
        int k = trig.start() - 1;
        boolean supported = false;
        if (trig.entry().frame() == TriggerLexicon.Frame.NOMINAL && !possessiveSubject(f, trig)) {
            // "Turkey has carried out repeated cross-border operations", "Pakistan launched airstrikes": the subject
            // of the verb that carries the noun
            while (k >= 0 && (t.get(k).pos().equals("DET") || t.get(k).pos().equals("ADJ") || t.get(k).pos().equals("NUM")
                    || t.get(k).text().equals("-") || t.get(k).pos().equals("NOUN") // "missile strikes", "cross-border"
                    || t.get(k).pos().equals("VERB") && t.get(k).lower().endsWith("ed") && k > 0 // "repeated operations"
                    && (supportVerbs.contains(t.get(k - 1).lemma()) || t.get(k - 1).pos().equals("ADP")))) {
                k--;
            }
            if (k > 0 && t.get(k).pos().equals("ADP") && supportVerbs.contains(t.get(k - 1).lemma() + " " + t.get(k).lower())) {
                k--; // "carried out"
            }
            if (k < 0 || !supportVerbs.contains(t.get(k).lemma()) && !(k + 1 < t.size()
                    && supportVerbs.contains(t.get(k).lemma() + " " + t.get(k + 1).lower()))) {
                return null;
            }
            supported = true;
            k--;
        }
        while (k >= 0 && (t.get(k).pos().equals("AUX") || t.get(k).pos().equals("ADV") || t.get(k).pos().equals("PART")
                || t.get(k).text().equals("'s") || t.get(k).text().equals("’s") || t.get(k).pos().equals("ADJ")
                && trig.entry().frame() == TriggerLexicon.Frame.NOMINAL && !supported)) {
            k--;
        }
        if (k < 0) {
            return null;
        }
        int end = t.get(k).span().end();
        for (PlaceMention p : f.places()) {
            if (p.span().end() == end && p.place().precision() == GeoPrecision.COUNTRY && p.kind() != PlaceMention.Kind.ANAPHOR
                    && p.place().country() != null) {
                int first = f.tokenAt(p.span().start());
                boolean afterPreposition = first > 0 && t.get(first - 1).pos().equals("ADP")
                        && !isSubordinator(t.get(first - 1).lower()); // "before Mozambique regained control"
                // a possessor is the agent whatever stands before it ("in the wake of Ukraine's incursion")
                return afterPreposition && (trig.entry().frame() != TriggerLexicon.Frame.NOMINAL || supported) ? null : p;
            }
        }
        return null;
    }

    /** "Ukraine's recent incursion": a possessive right before a noun trigger (adjectives between). */
    private static boolean possessiveSubject(SentenceFacts f, TriggerLexicon.Match trig) {
        List<Token> t = f.tokens();
        for (int k = trig.start() - 1; k >= Math.max(0, trig.start() - 3); k--) {
            String w = t.get(k).text();
            if (w.equals("'s") || w.equals("’s")) {
                return true;
            }
            if (!t.get(k).pos().equals("ADJ")) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the verb's subject is a noun that names no actor ("people were reached", "teams deployed"): the
     * nearest noun before the verb (auxiliaries, adverbs and particles skipped) is neither an actor nor a pronoun.
     */
    boolean nonActorSubject(SentenceFacts f, TriggerLexicon.Match trig) {
        List<Token> t = f.tokens();
        int k = trig.start() - 1;
        while (k >= 0 && (t.get(k).pos().equals("AUX") || t.get(k).pos().equals("ADV") || t.get(k).pos().equals("PART"))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        while (k >= 0 && (Rx.matches(t.get(k).lower(), "continues?|continued|continuing|begins?|began|started?|starts|seems?|"
                + "appears?|has|have|had|is|are|was|were|be|been|being|to") || t.get(k).pos().equals("ADV"))) {
            k--; // "humanitarian aid continues to be deployed"
        }
        if (k < 0) {
            return false;
        }
        if (k > 0 && Rx.matches(t.get(k).lower(), "that|which|who") && t.get(k - 1).pos().equals("NOUN")) {
            k--; // "a U.N. aid convoy that reached east Mostar": the relative clause's subject is the noun before it
        }
        Token x = t.get(k);
        if (!(x.pos().equals("NOUN") || x.pos().equals("PROPN"))) {
            return false;
        }
        EventType type = trig.entry().type();
        // the UN deploys, evacuates and enters with convoys; it does not attack or capture
        boolean fighting = type.isViolence() || type == EventType.CAPTURE || type == EventType.RECAPTURE;
        // an acronym as the subject of fighting ("the LNA captured", "the CPC attacked") is a group's name the lexicon
        // may not know, not a thing; so is a capitalised name that is no place ("Boko Haram overran Baga", "the Khmer
        // Rouge captured Battambang")
        boolean groupName = x.pos().equals("PROPN") && Character.isUpperCase(x.text().charAt(0)) && !inPlace(f, x);
        // a commander named with his rank ("General Silvestre advanced") or a people named in the plural ("the
        // Rifians had advanced", "the Indonesians withdrew") moves as a force
        boolean moving = type == EventType.ADVANCE || type == EventType.ENTER || type == EventType.WITHDRAW;
        boolean commander = cues.at("rank-title", t, k) && k + 1 < t.size() && Character.isUpperCase(t.get(k + 1).text().charAt(0));
        for (int j = k - 1; j >= 0 && k - j <= 4 && !commander; j--) {
            commander = cues.at("rank-title", t, j); // "General Manuel Fernandez Silvestre advanced"
            if (!Character.isUpperCase(t.get(j).text().charAt(0))) {
                break;
            }
        }
        boolean people = Character.isUpperCase(x.text().charAt(0)) && Rx.matches(x.text(), ".*(?:ians|ans|ese|is|ards)") && k > 0
                && t.get(k - 1).lower().equals("the") && !inPlace(f, x);
        return !inActor(f, x) && !modifiesActor(f, k) && !(fighting && (ActorLexicon.writtenAcronym(x.text()) || groupName))
                && !((fighting || moving) && (commander || people));
    }

    private static boolean inPlace(SentenceFacts f, Token x) {
        return covered(f.places(), PlaceMention::span, x);
    }

    private static boolean inActor(SentenceFacts f, Token x) {
        return covered(f.actors(), ActorMention::span, x);
    }

    /** Whether one of the mentions' spans holds the token's start. */
    private static <T> boolean covered(List<T> mentions, java.util.function.Function<T, org.sitrep.core.model.Span> span, Token x) {
        int off = x.span().start();
        for (T m : mentions) {
            org.sitrep.core.model.Span s = span.apply(m);
            if (s != null && s.start() <= off && off < s.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the noun phrase ending at token {@code k} is the object of a preposition that modifies an actor right
     * before it: "Fighters loyal to Haftar seized", "gunmen from a rival clan attacked", "forces backed by Turkey
     * captured" — the subject is the actor, not the name the phrase ends with.
     */
    private static boolean modifiesActor(SentenceFacts f, int k) {
        List<Token> t = f.tokens();
        int start = k;
        while (start > 0 && Rx.matches(t.get(start - 1).pos(), "NOUN|PROPN|ADJ|DET|NUM")) {
            start--;
        }
        if (start == 0 || !t.get(start - 1).pos().equals("ADP")) {
            return false;
        }
        int m = start - 2; // before the preposition: the actor, or a word that ties the phrase to it ("loyal", "backed")
        if (m >= 1 && !inActor(f, t.get(m)) && (Rx.matches(t.get(m).pos(), "ADJ|PROPN|NOUN")
                || t.get(m).pos().equals("VERB") && t.get(m).lower().endsWith("ed"))) {
            m--; // (the tagger may take "loyal" in "Forces loyal to Alassane Ouattara" for a name's word)
        }
        return m >= 0 && inActor(f, t.get(m));
    }

    /** An explicit target ("against X", "with X", "on X") after the trigger, or null. */
    ActorMention target(SentenceFacts f, TriggerLexicon.Match trig, ActorMention actor) {
        int end = f.tokens().get(trig.end() - 1).span().end();
        for (ActorMention a : f.actors()) {
            if (a.span().start() >= end && isFighter(a) && afterTargetMarker(f, a)
                    && (actor == null || a.side() == null || !a.side().equals(actor.side()))) {
                return a;
            }
        }
        return null;
    }

    /** Types whose default target is the other side. */
    static boolean hasTarget(EventType t) {
        return t.hasDefaultTarget();
    }
}
