package org.sitrep.core.geo;

import org.sitrep.core.text.Rx;
import org.sitrep.core.model.GeoEntry;
import org.sitrep.core.model.GeoPrecision;
import org.sitrep.core.model.PlaceMention;
import org.sitrep.core.model.Span;
import org.sitrep.core.text.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds place mentions in a sentence by the shape of place reference in English reporting, with the gazetteer as
 * one piece of evidence among others:
 * <ul>
 *   <li>a capitalised name after a locative ("in Chanzu", "across Sennar State"), an object verb ("captured X"), a
 *       kind word ("the towns of A, B and C", "the four refugee camps – A, B") or an introducer ("including X") is a
 *       place even when the gazetteer lacks it;</li>
 *   <li>a name with a kind word after it is a place of that level ("Sinja Town", "Rutshuru territory",
 *       "Kupianskyi Raion", "Abala, Berhale and Dalol woredas"), with a direction before it written into its name
 *       ("northern Shan", "eastern Rafah");</li>
 *   <li>a list is read to its end across commas, "and", "as well as" and "; in"; an item that names a larger unit
 *       right after another ("Sinja Town, Sinja locality", "Konotop, Sumska Oblast") only says where that one lies;</li>
 *   <li>a name the gazetteer knows is a candidate without any cue; whether it is believable is decided per document
 *       by {@link Geocoder};</li>
 *   <li>never a place: a demonym ("Israeli"), a month or weekday, an organisation or document name ("UN Security
 *       Council", "Flash Update"), a person's name (after a title, or a given name followed by more names), an
 *       acronym the gazetteer does not know as a country.</li>
 * </ul>
 * Also anaphors ("the city", "the Oblast", "the camp"). Resolution to one entry happens per document in
 * {@link Geocoder}. Thread-safe.
 */
public final class PlaceTagger {
    private static final int MAX_NAME_WORDS = 6;
    private static final int MAX_HITS = 60;
    /** Skeletons shared by more names than this are too common for a fuzzy match to mean anything. */
    private static final int MAX_FUZZY = 5000;
    /** How many words a cue reaches over before the name it cues ("in the four refugee camps – X"). */
    private static final int CUE_REACH = 4;



    private final Gazetteer gazetteer;
    private final NameKeys keys;
    private final PlaceCues cues;
    /** Words that never start a place name after a comma or in a list. */
    private final java.util.Set<String> functionWords;
    /** Words that, after a comma, name a landmark near the place before rather than another place. */
    private final java.util.Set<String> proximity;
    /** Month and day names: a date, never the first word of a place's name. */
    private final java.util.Set<String> calendar;
    /** Linking syllables written between hyphens inside a name (the pack's {@code ezafe}). */
    private final java.util.Set<String> ezafe;
    private final java.util.Set<String> compass;

    /**
     * Every lower-case word at which the scan can do something besides letting a cue run on: the words that start
     * an anaphor, a descriptive region, an introducer, an exclusion, a code name or a cue, and the direction words
     * that can start a name. A lower-case word outside this set (and no article) starts nothing; most words are such.
     */
    private final java.util.Set<String> actionWords;
    /** Small words inside a place's name (the pack's {@code name-connectors}: "San Cristobal de las Casas", "Kampi ya Chui"). */
    private final java.util.Set<String> nameConnectors;
    /** Possessives that tie a facility to the place named before it (the pack's {@code facility-owners}: "its airport"). */
    private final java.util.Set<String> facilityOwners;

    /** A tagger with the English pack's cues. */
    public PlaceTagger(Gazetteer gazetteer) {
        this(gazetteer, org.sitrep.core.lang.LanguagePack.english());
    }

    /** A tagger with the cues of a language pack ({@code place-cues.tsv} and its word lists). */
    public PlaceTagger(Gazetteer gazetteer, org.sitrep.core.lang.LanguagePack pack) {
        this.gazetteer = gazetteer;
        this.keys = gazetteer.keys();
        this.cues = PlaceCues.of(pack);
        this.functionWords = pack.wordSet("function-words");
        this.proximity = pack.wordSet("proximity");
        this.calendar = pack.wordSet("months", "month-abbreviations", "weekdays");
        this.ezafe = pack.wordSet("ezafe");
        this.compass = pack.wordSet("compass-points");
        this.facilityOwners = pack.wordSet("facility-owners");
        this.nameConnectors = pack.wordSet("name-connectors");
        java.util.Set<String> a = new java.util.HashSet<>(cues.nameContext);
        a.addAll(facilityOwners);
        a.addAll(cues.introducers);
        a.addAll(cues.introducerPairs.keySet());
        a.addAll(cues.kindBefore);
        a.addAll(cues.eventOf);
        a.addAll(cues.objectVerbs);
        a.addAll(cues.locative);
        a.addAll(cues.direction);
        this.actionWords = java.util.Set.copyOf(a);
    }

    /** Place candidates in {@code w}; words with {@code blocked[i]} (actor names) are never places. */
    public List<PlaceCandidate> tag(Words w, boolean[] blocked, int listIdBase) {
        List<PlaceCandidate> out = new Scan(w, blocked, listIdBase).run();
        out.sort(Comparator.comparing(PlaceCandidate::span));
        return out;
    }

    /** What a cue says about the names after it. */
    private enum CueKind { STRONG, WEAK }

    /** A cue in force: its strength, the kind word of a "the towns of" cue, and a demonym's country hint. */
    private record Cue(CueKind kind, String listKind, GeoPrecision level, String hint, int end, int partFrom) {
    }

    /**
     * One name with the words around it that belong to it: [textStart, textEnd) is what the place mention covers
     * (direction, name, modifier, kind word, parenthesised acronym), [nameStart, nameEnd) the name itself.
     */
    private record Item(int textStart, int nameStart, int nameEnd, int textEnd, String suffix, GeoPrecision suffixLevel,
                        boolean pluralSuffix, String feature, boolean direction, String demonymCountry) {
    }

    /** One pass over one sentence. */
    private final class Scan {
        private final Words w;
        private final boolean[] blocked;
        private final int listIdBase;
        private final int n;
        private final List<PlaceCandidate> out = new ArrayList<>();

        Scan(Words w, boolean[] blocked, int listIdBase) {
            this.w = w;
            this.blocked = blocked;
            this.listIdBase = listIdBase;
            this.n = w.size();
        }

        List<PlaceCandidate> run() {
            Cue cue = null;
            int i = 0;
            while (i < n) {
                if (blocked[i]) {
                    int fb = facilityAnaphorEnd(i);
                    if (fb > 0 && !blocked[fb - 1]) {
                        // "the police station", "the army barracks": an actor's word qualifying a facility
                        emitFacility(i, fb);
                        i = fb;
                    } else {
                        i++;
                    }
                    cue = null;
                    continue;
                }
                String f = w.folded(i);
                if (!w.capitalized(i) && !actionWords.contains(f) && !keys.isArticle(f)) {
                    // a plain lower-case word: no anaphor, cue, exclusion or name starts here (see actionWords)
                    cue = stillInForce(cue, i);
                    i++;
                    continue;
                }
                int fa = facilityAnaphorEnd(i);
                if (fa > 0) {
                    emitFacility(i, fa);
                    i = fa;
                    cue = null;
                    continue;
                }
                if (isAnaphorAt(i)) {
                    emitAnaphor(i);
                    i = anaphorNounAt(i) + 1;
                    cue = null;
                    continue;
                }
                int d = descriptiveRegionEnd(i);
                if (d > 0) {
                    out.add(new PlaceCandidate(new Span(w.start(i), w.end(d - 1)), w.text(i, d - 1), w.text(i + 1, d - 1),
                            PlaceMention.Kind.REGION, w.folded(d - 1), null, 0, List.of(), List.of(), null, null, null,
                            GeoPrecision.PROVINCE, true, false));
                    i = d;
                    cue = null;
                    continue;
                }
                if (isIntroducer(i)) {
                    int len = cues.introducers.contains(f) ? 1 : 2;
                    cue = new Cue(CueKind.STRONG, null, null, null, i + len, -1);
                    i += len;
                    continue;
                }
                if (isExclusion(i)) {
                    i = skipExcluded(i); // "in most areas, except for Rafah": no place of the event
                    cue = null;
                    continue;
                }
                if (isCodeName(i)) {
                    i = skipCodeName(i + 1); // "codenamed “Dawn of Idlib 2”", "dubbed Operation Black Lion"
                    cue = null;
                    continue;
                }
                Cue c = cueAt(i);
                if (c != null) {
                    cue = c;
                    i = c.end();
                    continue;
                }
                Item it = parseItem(i);
                if (it != null) {
                    Cue active = cue != null && i - cue.end() <= CUE_REACH ? cue : null;
                    if (isPossessor(it)) {
                        // "southern Somalia's South West State": the possessor only says where the place after it lies
                        Read r = read(it, active != null);
                        if (accept(r, active != null, active)) {
                            out.add(emit(r, null, 0, gazetteerLevel(r.lookup()), active != null, active).asContainerOnly());
                        }
                        i = it.nameEnd();
                        cue = active == null ? null : new Cue(active.kind(), active.listKind(), active.level(), active.hint(),
                                i, -1);
                        continue;
                    }
                    int kindOf = kindOfAfter(it);
                    if (kindOf >= 0) {
                        // "the southern Gaza city of Rafah", "the West Bank city of Jenin", "the Donetsk region town of
                        // X": the name only says where the place after "city of" lies, which the kind word's cue reads
                        Item region = kindOf < it.textEnd()
                                ? new Item(it.textStart(), it.nameStart(), it.nameEnd(), kindOf, null, null, false, null,
                                it.direction(), it.demonymCountry())
                                : it;
                        Read r = read(region, true);
                        if (accept(r, true, active)) {
                            GeoPrecision lv = region.suffixLevel() != null ? region.suffixLevel() : gazetteerLevel(r.lookup());
                            out.add(emit(r, null, 0, lv, true, active).asContainerOnly());
                        }
                        i = kindOf;
                        cue = null;
                        continue;
                    }
                    int next = readList(it, active);
                    i = Math.max(next, it.textEnd()); // a name that is no place is skipped whole, not read word by word
                    cue = null;
                    continue;
                }
                cue = stillInForce(cue, i);
                i++;
            }
            return out;
        }

        /** The cue after word {@code i} that starts nothing: null once out of reach or past a word that ends it. */
        private Cue stillInForce(Cue cue, int i) {
            return cue != null && i - cue.end() < CUE_REACH && keepsCue(i) ? cue : null;
        }

        private boolean isCodeName(int i) {
            String f = w.folded(i);
            return !w.capitalized(i) && (f.equals("codenamed") || f.equals("dubbed") || f.equals("called") || f.equals("named")
                    || f.equals("titled") || f.equals("entitled"));
        }

        /** Skips a name given to something (an operation, a group): the capitalised words and what its quotes hold. */
        private int skipCodeName(int k) {
            int start = k;
            boolean quoted = k < n && (w.gapAfter(k - 1).contains("“") || w.gapAfter(k - 1).contains("\""));
            while (k < n && (w.capitalized(k) || Character.isDigit(w.word(k).charAt(0)) || keys.isArticle(w.folded(k))
                    || quoted && !w.gapAfter(k - 1).contains("”") && k - start < 8)) {
                if (quoted && k > start && (w.gapAfter(k - 1).contains("”") || w.gapAfter(k - 1).contains("\","))) {
                    break;
                }
                k++;
            }
            return Math.max(k, start);
        }

        /**
         * The index of a singular kind word that, with "of" and a name after it, names the place this name only locates:
         * the item's own kind word ("the Gaza city of Rafah") or the word right after it ("the Donetsk region town of
         * X"); -1 when there is none.
         */
        private int kindOfAfter(Item it) {
            // after a people's name any kind names the place after "of": "the southern Philippine province of Maguindanao"
            boolean people = it.demonymCountry() != null;
            if (it.suffix() != null && !it.pluralSuffix() && it.textEnd() > it.nameEnd() && kindOf(it.textEnd() - 1, people)) {
                return it.textEnd() - 1;
            }
            return it.textEnd() < n && w.joinableAfter(it.textEnd() - 1) && kindOf(it.textEnd(), people) ? it.textEnd() : -1;
        }

        /**
         * Word {@code k} is a singular kind word of a settlement or a point with "of" and a name after it ("city of
         * Rafah", "town of the X"); not a division's ("the Hiran region of Hirshabelle": the name before is the region).
         */
        private boolean kindOf(int k, boolean anyKind) {
            GeoPrecision kind = k < n ? cues.kindAfter.get(w.folded(k)) : null;
            if (kind == null || !anyKind && kind != GeoPrecision.TOWN && kind != GeoPrecision.POINT) {
                return false;
            }
            if (k + 2 >= n || w.capitalized(k) || !cues.kindBefore.contains(w.folded(k)) || isPlural(w.folded(k))
                    || !w.folded(k + 1).equals("of") || !w.joinableAfter(k) || !w.joinableAfter(k + 1)) {
                return false;
            }
            int q = k + 2;
            if (w.folded(q).equals("the") && q + 1 < n) {
                q++;
            }
            return w.capitalized(q);
        }

        /** A name in the possessive with another name right after it ("Somalia's South West State"). */
        private boolean isPossessor(Item it) {
            int last = it.nameEnd() - 1;
            return it.suffix() == null && it.textEnd() == it.nameEnd() && w.possessive(last) && last + 1 < n
                    && (w.capitalized(last + 1) || cues.direction.contains(w.folded(last + 1)) && last + 2 < n && w.capitalized(last + 2));
        }

        /** "except (for) X", "excluding X", "other than X", "apart from X", "outside of X". */
        private boolean isExclusion(int i) {
            String f = w.folded(i);
            String next = i + 1 < n ? w.folded(i + 1) : "";
            return f.equals("except") || f.equals("excluding") || f.equals("besides")
                    || f.equals("other") && next.equals("than") || f.equals("apart") && next.equals("from");
        }

        /** Skips an exclusion and the list of names after it; returns the index after them. */
        private int skipExcluded(int i) {
            int k = i + 1;
            while (k < n && (w.folded(k).equals("for") || w.folded(k).equals("than") || w.folded(k).equals("from")
                    || w.folded(k).equals("the") || w.folded(k).equals("in"))) {
                k++;
            }
            while (k < n && (w.capitalized(k) || w.folded(k).equals("and") || w.folded(k).equals("or")
                    || keys.isArticle(w.folded(k)))) {
                k++;
            }
            return Math.max(k, i + 1);
        }

        /** Words between a cue and its name that leave the cue in force ("in the", "in both", "in parts of"). */
        private boolean keepsCue(int i) {
            if (w.capitalized(i)) {
                return false;
            }
            String f = w.folded(i);
            return switch (f) {
                case "the", "a", "an", "of", "both", "its", "their", "his", "her", "several", "some", "many", "various",
                     "multiple", "most", "much", "and", "or", "all", "other", "four", "three", "two", "five", "six",
                     "new", "main", "key", "strategic", "besieged", "embattled", "nearby", "neighbouring", "neighboring",
                     "frontline", "front-line", "border", "rebel-held", "government-held", "occupied", "small", "large",
                     "major", "important" -> true;
                default -> cues.direction.contains(f) || cues.modifier.contains(f);
            };
        }

        private boolean isIntroducer(int i) {
            String f = w.folded(i);
            if (w.capitalized(i) && i > 0) {
                return false;
            }
            if (cues.introducers.contains(f)) {
                return true;
            }
            String second = cues.introducerPairs.get(f);
            return second != null && i + 1 < n && w.folded(i + 1).equals(second);
        }

        /** A cue that starts at word {@code i}, or null. */
        private Cue cueAt(int i) {
            String f = w.folded(i);
            boolean sentenceStart = i == 0 || w.gapHas(i - 1, '•') || w.gapHas(i - 1, '\n');
            if (w.capitalized(i) && !sentenceStart) {
                return null;
            }
            boolean nextOf = i + 1 < n && w.folded(i + 1).equals("of") && w.joinableAfter(i);
            if (cues.kindBefore.contains(f) && nextOf) {
                GeoPrecision level = cues.kindAfter.get(f);
                int end = i + 2;
                // "the town of the same name" is no name; "the towns of the city of X" nests
                if (end < n && w.folded(end).equals("the") && end + 1 < n && cues.kindBefore.contains(w.folded(end + 1))
                        && end + 2 < n && w.folded(end + 2).equals("of")) {
                    f = w.folded(end + 1);
                    level = cues.kindAfter.get(f);
                    end += 3;
                }
                int from = -1;
                if (isPartOf(f)) {
                    from = i;
                    while (from > 0 && i - from < 2 && cues.direction.contains(w.folded(from - 1)) && !w.capitalized(from - 1)) {
                        from--;
                    }
                }
                // "a stronghold of X", "positions of X": X may be a people or a person ("a stronghold of Assad's
                // support"); only an administrative kind word makes an unknown name a place
                if (f.startsWith("stronghold") || f.startsWith("position")) {
                    return new Cue(CueKind.WEAK, null, null, demonymBefore(i), end, from);
                }
                return new Cue(CueKind.STRONG, f, level, demonymBefore(i), end, from);
            }
            if (cues.kindBefore.contains(f) && f.endsWith("s") && dashAfter(i)) {
                return new Cue(CueKind.STRONG, f, cues.kindAfter.get(f), demonymBefore(i), i + 1, -1);
            }
            if (cues.eventOf.contains(f) && nextOf) {
                return new Cue(CueKind.STRONG, null, null, null, i + 2, isPartOf(f) ? i : -1);
            }
            if (cues.objectVerbs.contains(f) && !w.capitalized(i)) {
                int end = i + 1;
                if (end < n && w.folded(end).equals("both")) {
                    end++;
                }
                return new Cue(CueKind.STRONG, "places", null, null, end, -1);
            }
            if (f.equals("of") && i > 0 && (w.folded(i - 1).equals("out") || w.folded(i - 1).equals("west")
                    || w.folded(i - 1).equals("east") || w.folded(i - 1).equals("north") || w.folded(i - 1).equals("south"))
                    && !w.capitalized(i - 1)) {
                return new Cue(CueKind.STRONG, null, null, null, i + 1, -1); // "pulled out of X", "south of X"
            }
            if (cues.locative.contains(f)) {
                if (isAttribution(i)) {
                    return null;
                }
                boolean assaultOn = f.equals("on") && i > 0 && (cues.eventOn.contains(w.folded(i - 1)) && w.joinableAfter(i - 1)
                        || assaultByAgent(i));
                boolean sentTo = f.equals("to") && (sentBefore(i) // "sent 600 additional troops to Arauquita"
                        || i > 0 && cues.routeWords.contains(w.folded(i - 1)) && w.joinableAfter(i - 1)); // "the road to Fraser's Hill"
                int at = i + 1;
                if (at + 1 < n && cues.nearby.contains(w.folded(at)) && w.capitalized(at + 1) && w.joinableAfter(at)) {
                    at++; // "in nearby Sanloaga", "into neighbouring Chad": the name after the word of nearness
                }
                return new Cue(strongLocative(f) || assaultOn || sentTo ? CueKind.STRONG : CueKind.WEAK, null, null, null, at, -1);
            }
            return null;
        }

        /** Whether a verb that sends forces (the pack's {@code movement-verb}) stands within six words before {@code i}, no comma between. */
        private boolean sentBefore(int i) {
            return lowerWordBefore(i, i - 1, cues.movementVerb) >= 0;
        }

        /**
         * Whether "on" at {@code i} follows a noun of assault and its agent: "an attack by South Sudanese forces on
         * Kharasana", "raids by government troops on X" (up to five words after "by", none across punctuation).
         */
        private boolean assaultByAgent(int i) {
            int b = lowerWordBefore(i, i - 2, cues.agentPreposition);
            return b >= 1 && cues.eventOn.contains(w.folded(b - 1)) && w.joinableAfter(b - 1);
        }

        /**
         * The nearest lower-case word of {@code words} from {@code from} back to six words before {@code i}, with no
         * punctuation between it and {@code i}; -1 when there is none.
         */
        private int lowerWordBefore(int i, int from, java.util.Set<String> words) {
            for (int b = from; b >= 0 && i - b <= 6; b--) {
                if (!w.joinableAfter(b)) {
                    return -1;
                }
                if (words.contains(w.folded(b)) && !w.capitalized(b)) {
                    return b;
                }
            }
            return -1;
        }

        /**
         * Kind words that name a region around the place after "of", written into the place's name ("the eastern
         * countryside of Hama"), as opposed to the kind of the place itself ("the towns of") and to the parts of a
         * town that locate it well enough ("the outskirts of Hama" is placed at Hama).
         */
        private boolean isPartOf(String f) {
            return switch (f) {
                case "countryside" -> true;
                default -> false;
            };
        }

        /** "according to X", "due to X", "said to", "thanks to": "to" names no place here. */
        private boolean isAttribution(int i) {
            if (!w.folded(i).equals("to") || i == 0) {
                return false;
            }
            String prev = w.folded(i - 1);
            return prev.equals("according") || prev.equals("due") || prev.equals("thanks") || prev.equals("owing")
                    || prev.equals("said") || prev.equals("appeal") || prev.equals("belonging") || prev.equals("loyal")
                    || prev.equals("affiliated") || prev.equals("linked") || prev.equals("close") && i + 1 < n
                    && w.capitalized(i + 1) && !gazetteer.hasNormal(keys.normal(w.word(i + 1)));
        }

        private boolean strongLocative(String f) {
            return switch (f) {
                case "in", "at", "near", "around", "across", "into", "towards", "toward", "outside", "inside",
                     "throughout", "within", "through", "along", "beyond", "amid" -> true;
                default -> false;
            };
        }

        private boolean dashAfter(int i) {
            String gap = w.gapAfter(i).strip();
            return gap.equals("–") || gap.equals("—") || gap.equals("-") || gap.equals(":");
        }

        /** The country a demonym names within three words before a kind word ("the northern Israeli town of"), or null. */
        private String demonymBefore(int kindAt) {
            for (int k = kindAt - 1; k >= Math.max(0, kindAt - 3); k--) {
                String code = cues.demonymCountry(w.folded(k));
                if (code != null) {
                    return code;
                }
            }
            return null;
        }

        // ---------------------------------------------------------------------------------------------------------
        // anaphors

        private boolean isAnaphorAt(int i) {
            return anaphorNounAt(i) > 0;
        }

        /**
         * The word of the kind noun of an anaphor starting at word {@code i} ("the city", "the port city": its
         * "city"), or -1.
         */
        private int anaphorNounAt(int i) {
            if (!w.folded(i).equals("the") || i + 1 >= n) {
                return -1;
            }
            if (isOldCity(i + 1)) {
                return i + 2;
            }
            int k = i + 1;
            if (k + 1 < n && !w.capitalized(k) && cues.anaphorModifier.contains(w.folded(k)) && w.joinableAfter(k)
                    && isAnaphorNoun(w.folded(k + 1)) && !w.capitalized(k + 1)) {
                k++; // "the port city", "the besieged town"
            }
            String next = w.folded(k);
            if (!isAnaphorNoun(next) || !w.joinableAfter(k - 1)) {
                return -1;
            }
            if (w.capitalized(k) && !(next.equals("oblast") || next.equals("governorate") || next.equals("district")
                    || next.equals("region") || next.equals("province"))) {
                return -1; // "the City of London", "the Town Hall"
            }
            if (k + 1 < n && w.joinableAfter(k)) {
                String after = w.folded(k + 1);
                if (after.equals("of") || w.capitalized(k + 1) || cues.kindAfter.containsKey(after)) {
                    return -1; // "the city of Hama", "the town Kafraa", "the city centre", "the northern city of Mosul"
                }
            }
            return k;
        }

        /**
         * The end (exclusive) of "the coastal regions", "the border areas", "the front-line zone" at word {@code i}: a
         * region the war's reporting names by what it is, not by a name; -1 when none starts there, or when a name
         * follows that the words describe ("the border areas of Rafah": Rafah is the place).
         */
        private int descriptiveRegionEnd(int i) {
            if (!w.folded(i).equals("the") || i + 2 >= n || !w.joinableAfter(i) || !w.joinableAfter(i + 1)
                    || !cues.descriptiveRegion.contains(w.folded(i + 1)) || !cues.regionNouns.contains(w.folded(i + 2))) {
                return -1;
            }
            if (i + 4 < n && w.folded(i + 3).equals("of") && w.capitalized(i + 4)) {
                return -1;
            }
            return i + 3;
        }

        /**
         * The end (exclusive) of "the airport", "the presidential palace" at word {@code i}: a facility the text names
         * by what it is, in the town it is about; -1 when none starts there, or when a name or "of" follows ("the
         * airport of Kabul", "the port city", "the Palace Hotel").
         */
        private int facilityAnaphorEnd(int i) {
            // "the airport", and "its airport" after the town it belongs to ("took Lalibela town and its airport")
            if (!(w.folded(i).equals("the") || facilityOwners.contains(w.folded(i))) || i + 1 >= n || !w.joinableAfter(i)) {
                return -1;
            }
            int first = i + 1;
            if (w.folded(i).equals("the") && i + 2 < n && !w.capitalized(i + 1) && w.possessive(i + 1)
                    && isAnaphorNoun(w.folded(i + 1))) {
                first = i + 2; // "the island's international airport", "the city's main prison": the town's own
            }
            // the longest "the (modifier){0,2} facility" ("the main police armoury", "the airport terminal"): a word that
            // heads a facility may also qualify the next one ("the airport and …" is the airport)
            int end = -1;
            for (int k = first; k < n && k - first <= 2 && !w.capitalized(k); k++) {
                if (cues.facilityAnaphor.contains(w.folded(k)) && facilityEndsAt(k)) {
                    end = k + 1;
                }
                if (!(cues.facilityModifier.contains(w.folded(k)) || cues.facilityAnaphor.contains(w.folded(k))) || !w.joinableAfter(k)) {
                    break; // (a facility's word may qualify another: "the palace building", "the prison compound")
                }
            }
            return end;
        }

        /** "the airport", "the police station": words [i, end) as a facility the text names by what it is. */
        private void emitFacility(int i, int end) {
            out.add(new PlaceCandidate(new Span(w.start(i), w.end(end - 1)), w.text(i, end - 1), w.word(end - 1),
                    PlaceMention.Kind.ANAPHOR, w.folded(end - 1), null, 0, List.of(), List.of(), null, null, null,
                    GeoPrecision.POINT, true, false));
        }

        /** Word {@code k}, a facility's word, ends its phrase: no "of", name, kind or other facility word follows it. */
        private boolean facilityEndsAt(int k) {
            if (k + 1 < n && w.joinableAfter(k)) {
                String after = w.folded(k + 1);
                return !(after.equals("of") || w.capitalized(k + 1) || cues.kindAfter.containsKey(after)
                        || cues.facilityAnaphor.contains(after) || cues.featureAfter.contains(after));
            }
            return true;
        }

        /** Kind words that, after "the" and alone, refer back to a place named before ("the city", "the Oblast"). */
        private boolean isAnaphorNoun(String f) {
            return cues.anaphorNouns.contains(f);
        }

        /** "the old city": the old quarter of the town the narrative is in. */
        private boolean isOldCity(int k) {
            return k + 1 < n && w.folded(k).equals("old") && w.folded(k + 1).equals("city") && !w.capitalized(k)
                    && w.joinableAfter(k) && (k + 2 >= n || !w.folded(k + 2).equals("of"));
        }

        private void emitAnaphor(int i) {
            if (isOldCity(i + 1)) {
                out.add(new PlaceCandidate(new Span(w.start(i + 1), w.end(i + 2)), w.text(i + 1, i + 2), "old city",
                        PlaceMention.Kind.ANAPHOR, "city", null, 0, List.of(), List.of(), null, null, null,
                        GeoPrecision.POINT, true, false));
                return;
            }
            int k = anaphorNounAt(i);
            out.add(new PlaceCandidate(new Span(w.start(i), w.end(k)), w.text(i, k), w.word(k),
                    PlaceMention.Kind.ANAPHOR, w.folded(k), null, 0, List.of(), List.of(), null, null, null,
                    cues.kindAfter.get(w.folded(k)), true, false));
        }

        // ---------------------------------------------------------------------------------------------------------
        // items

        /** A name at word {@code i} with the words that belong to it, or null when no name starts there. */
        private Item parseItem(int i) {
            int j = i;
            boolean direction = false;
            while (j < n && j - i < 2 && !w.capitalized(j) && cues.direction.contains(w.folded(j)) && j + 1 < n
                    && w.joinableAfter(j)) {
                j++;
                direction = true;
            }
            if (j >= n || blocked[j]) {
                return null;
            }
            String demonym = cues.isDemonym(w.folded(j)) && w.capitalized(j) && !namesWithNext(j) ? w.folded(j) : null;
            if (demonym != null) {
                Item d = demonymPlace(i, j, j + 1, direction);
                if (d != null || gazetteer.countryByNormal(keys.normal(w.word(j))) == null) {
                    return d;
                }
                // "crossed into Lesotho": a country whose name is also its people's adjective, named alone, is the country
            }
            if (j + 1 < n && w.capitalized(j) && w.capitalized(j + 1) && w.joinableAfter(j)
                    && cues.isDemonym(w.folded(j) + " " + w.folded(j + 1))) {
                return demonymPlace(i, j, j + 2, direction); // "the South Korean island of X": a nationality, no name
            }
            int s = j;
            while (s < n && w.capitalized(s) && cues.stopwords.contains(w.folded(s)) && !isNameStopword(s)) {
                if (!w.joinableAfter(s)) {
                    return null; // "In October, Boko Haram …": a capitalised word before a comma starts no name with the next
                }
                s++;
            }
            if (s >= n || !isNameStart(s)) {
                return null;
            }
            if (s > j && direction) {
                return null;
            }
            int e = s;
            while (e < n && e - s < MAX_NAME_WORDS && !blocked[e]) {
                if (e > s && (!w.joinableAfter(e - 1) || w.possessive(e - 1) && !possessiveName(s, e))) {
                    break;
                }
                String f = w.folded(e);
                if (w.capitalized(e)) {
                    if (e > s && !w.possessive(e - 1) && (cues.kindAfter.containsKey(f) || cues.featureAfter.contains(f) && !isNameOnlyWord(e)
                            || functionWords.contains(f) || calendar.contains(f))) {
                        break; // "Sinja Town"; "in Ukraine I spent hours"; "entered Mogadishu Thursday"
                    }
                    e++;
                } else if (e > s && Character.isDigit(w.word(e).charAt(0)) && w.word(e).length() <= 3
                        && w.gapAfter(e - 1).equals(" ")) {
                    e++; // a number inside a name: "Cite Numero 2", "Zone 2"
                } else if (e > s && isConnector(f) && e + 1 < n && w.capitalized(e + 1) && w.joinableAfter(e)) {
                    e++;
                } else if (e > s && isConnector(f) && e + 2 < n && isConnector(w.folded(e + 1)) && !w.capitalized(e + 1)
                        && w.capitalized(e + 2) && w.joinableAfter(e) && w.joinableAfter(e + 1)) {
                    e += 2; // "Cueva de los Tayos", "San Cristobal de las Casas": two small words inside a name
                } else if (e > s && f.equals("and") && e + 1 < n && w.capitalized(e + 1) && w.joinableAfter(e)
                        && !blocked[e + 1] && countryWithAnd(s, e + 1)) {
                    e += 2; // "Bosnia and Herzegovina", "Trinidad and Tobago": one country, not a list of two places
                } else if (e > s && ezafe(e) && e + 1 < n && w.capitalized(e + 1)) {
                    e++; // "Mazar-e-Sharif", "Dasht-e-Barchi": one name, not "Mazar" and "Sharif"
                } else if (e == s && keys.isArticle(f) && e + 1 < n && w.capitalized(e + 1) && w.joinableAfter(e)) {
                    e++;
                } else {
                    break;
                }
            }
            while (e > s && !w.capitalized(e - 1) && !Character.isDigit(w.word(e - 1).charAt(0))) {
                e--;
            }
            e = extendOverOf(s, e);
            if (e == s) {
                return null;
            }
            int nameEnd = e;
            int k = e;
            // a capitalised modifier before a kind word is not part of the name ("An Nuseirat Refugee Camp")
            if (nameEnd - s >= 2 && cues.modifier.contains(w.folded(nameEnd - 1)) && k < n
                    && cues.kindAfter.containsKey(w.folded(k)) && w.joinableAfter(k - 1)) {
                nameEnd--;
            }
            if (k < n && !w.capitalized(k) && cues.modifier.contains(w.folded(k)) && k + 1 < n
                    && (cues.kindAfter.containsKey(w.folded(k + 1)) || cues.featureAfter.contains(w.folded(k + 1)))
                    && !w.capitalized(k + 1) && w.joinableAfter(k - 1) && w.joinableAfter(k)) {
                k++; // "the El-Salin military base", "the Ouagadougou conference centre"
            }
            String suffix = null;
            GeoPrecision level = null;
            boolean plural = false;
            String feature = null;
            // "Hama’s prison", "Syria's coastal region": a possessive name with a kind or feature word after it
            if (k < n && w.possessive(k - 1)) {
                int q = k;
                while (q < n && q - k < 2 && !w.capitalized(q) && (cues.direction.contains(w.folded(q))
                        || cues.modifier.contains(w.folded(q))) && w.joinableAfter(q)) {
                    q++;
                }
                String f = q < n && !w.capitalized(q) ? w.folded(q) : null;
                if (f != null && (cues.featureAfter.contains(f) || cues.kindAfter.containsKey(f) && !isPlural(f))
                        && (q == k || w.joinableAfter(q - 1))) {
                    boolean isFeature = cues.featureAfter.contains(f);
                    GeoPrecision lv = isFeature ? featureLevel(f) : cues.kindAfter.get(f);
                    return new Item(i, s, nameEnd, q + 1, f, lv, false, isFeature ? f : null, direction, null);
                }
            }
            if (k < n && w.joinableAfter(k - 1) && !w.possessive(k - 1) && cues.kindAfter.containsKey(w.folded(k))
                    && !blocked[k]) {
                suffix = w.folded(k);
                level = cues.kindAfter.get(suffix);
                plural = isPlural(suffix);
                if (cues.featureAfter.contains(suffix)) {
                    feature = suffix;
                }
                k++;
            } else if (k < n && w.joinableAfter(k - 1) && !w.possessive(k - 1) && cues.featureAfter.contains(w.folded(k))
                    && !blocked[k]) {
                feature = w.folded(k);
                level = featureLevel(feature);
                k++;
            }
            if (k < n && (suffix != null || feature != null) && !w.capitalized(k - 1)
                    && cues.ofKinds.contains(w.folded(k - 1))
                    && k + 1 < n && w.folded(k).equals("of")
                    && w.joinableAfter(k - 1) && (w.capitalized(k + 1) || w.folded(k + 1).equals("the") && k + 2 < n
                    && w.capitalized(k + 2)) && (!isPlural(w.folded(k - 1)) || listAfter(k + 1))) {
                // "the Red Sea port of Massawa", "the Euphrates town of Raqqa", "the eastern Managua neighbourhoods of
                // Ciudad Sandino and Open Tres": the names after "of" are the places (one district of a city is its own)
                return null;
            }
            // a parenthesised acronym right after the name is part of how it is written ("… Area (ZMPAP)")
            if (suffix != null && !plural && k < n && w.gapAfter(k - 1).equals(" (") && isAcronym(k)
                    && w.gapAfter(k).startsWith(")")) {
                k++; // the acronym of a named area ("... Metropolitan Area (ZMPAP)"), not of an organisation after a place
            }
            return new Item(i, s, nameEnd, k, suffix, level, plural, feature, direction, null);
        }

        /**
         * A list of names from word {@code k} on ("Ciudad Sandino and Open Tres"): the plural kind before "of" is theirs
         * ("the eastern Managua neighbourhoods of …"), where one name after it is the city of names before ("the Musaga
         * and Nyakabiga districts of Bujumbura").
         */
        private boolean listAfter(int k) {
            for (int j = k; j + 1 < n && j - k < 6; j++) {
                if (w.folded(j).equals("and") && w.capitalized(j + 1) && j > k && w.capitalized(j - 1)) {
                    return true;
                }
                if (!w.capitalized(j) && !w.folded(j).equals("the")) {
                    return false;
                }
            }
            return false;
        }

        /** Words [s, last] name a country or a first-level division whose name holds "and" ("Trinidad and Tobago"). */
        private boolean countryWithAnd(int s, int last) {
            String key = keys.normal(w.source().substring(w.localStart(s), w.localEnd(last)));
            return gazetteer.countryByNormal(key) != null || !gazetteer.admin1ByNormal(key).isEmpty();
        }

        /**
         * A name written with a possessive inside it, the possessive word ending before word {@code e}: "Cox's Bazar" (a
         * gazetteer name), "Fraser's Hill", "Land's End" (a capitalised feature word after it: one feature's name).
         */
        private boolean possessiveName(int s, int e) {
            if (e >= n || !w.capitalized(e) || blocked[e]) {
                return false;
            }
            String f = w.folded(e);
            if (cues.featureAfter.contains(f) && !(e + 1 < n && w.capitalized(e + 1) && w.joinableAfter(e))) {
                return true;
            }
            String name = w.source().substring(w.localStart(s), w.localEnd(e));
            return gazetteer.hasNormal(keys.normal(name));
        }

        /**
         * "Democratic Republic of the Congo", "Islamic Republic of Iran": a run that goes on through "of (the)" into a
         * country's or division's name is one name; so is a feature's word with the name after it ("the Line of
         * Control", "the Gulf of Aden"), which names neither "Line" (a town in China) nor Aden.
         */
        private int extendOverOf(int s, int e) {
            if (e >= n || !w.folded(e).equals("of") || !w.joinableAfter(e - 1)) {
                return e;
            }
            int k = e + 1;
            if (k < n && w.folded(k).equals("the")) {
                k++;
            }
            int j = k;
            while (j < n && j - k < 3 && w.capitalized(j) && (j == k || w.joinableAfter(j - 1))) {
                j++;
            }
            if (j == k) {
                return e;
            }
            if (e == s + 1 && cues.featureOf.contains(w.folded(s))) {
                return j;
            }
            String name = w.source().substring(w.localStart(s), w.localEnd(j - 1));
            String key = keys.normal(name);
            return gazetteer.countryByNormal(key) != null || !gazetteer.admin1ByNormal(key).isEmpty() ? j : e;
        }

        /**
         * A word and the capitalised one after it are a place's name, as "Lao Cai" is, no "Lao" people: a gazetteer name,
         * or any name a kind word and "of" introduce.
         */
        private boolean namesWithNext(int j) {
            if (!(j + 1 < n && w.capitalized(j + 1) && w.joinableAfter(j))) {
                return false;
            }
            // "the Laotian border town of Lao Bao": after a kind word and "of", the capitalised words are the name
            boolean named = j >= 2 && w.folded(j - 1).equals("of") && cues.kindBefore.contains(w.folded(j - 2));
            return named || gazetteer.hasNormal(keys.normal(w.word(j) + " " + w.word(j + 1)));
        }

        /**
         * "the Syrian border", "the Lebanese coast": a demonym (words [j, e)) with a border word is a place in that
         * country.
         */
        private Item demonymPlace(int i, int j, int e, boolean direction) {
            String code = cues.demonymCountry(e - j == 1 ? w.folded(j) : w.folded(j) + " " + w.folded(e - 1));
            if (code == null || e >= n || !w.joinableAfter(e - 1)) {
                return null;
            }
            String next = w.folded(e);
            if (cues.nationalCapital.contains(next) && !(e + 1 < n && w.capitalized(e + 1) && w.joinableAfter(e))
                    && gazetteer.capital(code) != null) {
                // "rolled into the Ethiopian capital": the country's capital, unless its name follows ("the Libyan capital Tripoli")
                return new Item(i, j, e, e + 1, next, GeoPrecision.TOWN, false, null, direction, code);
            }
            if (!(next.equals("border") || next.equals("frontier") || next.equals("coast") || next.equals("side"))) {
                return null;
            }
            return new Item(i, j, e, e + 1, next, GeoPrecision.COUNTRY, false, null, direction, code);
        }

        /** Capitalised stop words that may start a place name ("North Kivu", "New York", "Old City"). */
        private boolean isNameStopword(int s) {
            String f = w.folded(s);
            boolean nameFollows = s + 1 < n && w.capitalized(s + 1) && w.joinableAfter(s);
            if (!nameFollows && s > 0 && w.folded(s - 1).equals("the") && compass.contains(f)) {
                return true; // "the Northwest", "the Southeast": a region named by its compass point
            }
            if (!nameFollows && s > 1 && compass.contains(f) && w.capitalized(s)) {
                for (int k = s - 1; k >= Math.max(1, s - 3); k--) {
                    if (compass.contains(w.folded(k)) && w.capitalized(k) && w.folded(k - 1).equals("the")) {
                        return true; // "the Northwest, Southeast and Rakhine": the list goes on naming compass regions
                    }
                }
            }
            return nameFollows && (cues.direction.contains(f) || f.equals("new") || f.equals("old") || f.equals("upper")
                    || f.equals("lower") || f.equals("central") || f.equals("greater"));
        }

        private boolean isNameStart(int s) {
            if (blocked[s]) {
                return false;
            }
            if (w.capitalized(s)) {
                return !Character.isDigit(w.word(s).charAt(0)) && !calendar.contains(w.folded(s)); // "In August, Donetska Oblast"
            }
            // an article that is also an English word ("as", "an", "at") starts a name only hyphenated: "as-Suwayda",
            // never "killed as Armenia and Azerbaijan clashed"
            return keys.isArticle(w.folded(s)) && s + 1 < n && w.capitalized(s + 1) && w.joinableAfter(s)
                    && (!cues.stopwords.contains(w.folded(s)) || w.gapAfter(s).equals("-"));
        }

        /** A word that is a feature word only at the end of a name ("Port Sudan" keeps "Port" as a name word). */
        private boolean isNameOnlyWord(int e) {
            return e + 1 < n && w.capitalized(e + 1) && w.joinableAfter(e);
        }

        /** A Persian or Urdu linking syllable written between hyphens inside a name ("-e-", "-i-", "-ul-"). */
        private boolean ezafe(int k) {
            return ezafe.contains(w.folded(k)) && !w.capitalized(k) && k > 0
                    && w.gapAfter(k - 1).equals("-") && w.gapAfter(k).equals("-");
        }

        private boolean isConnector(String f) {
            return keys.isArticle(f) || nameConnectors.contains(f);
        }

        private boolean isAcronym(int k) {
            String word = w.word(k);
            return word.length() >= 2 && word.length() <= 8 && word.chars().allMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch));
        }

        private boolean isPlural(String kind) {
            if (!kind.endsWith("s") || kind.equals("outskirts")) {
                return false;
            }
            String singular = kind.endsWith("ies") ? kind.substring(0, kind.length() - 3) + "y" : kind.substring(0, kind.length() - 1);
            return cues.kindAfter.containsKey(singular) || cues.kindBefore.contains(singular);
        }

        // ---------------------------------------------------------------------------------------------------------
        // lists

        /** An item with what the gazetteer says of its name. */
        private record Read(Item item, Lookup lookup, boolean person, boolean org) {
        }

        /**
         * Reads the list that starts with {@code first} under {@code cue}, emits its places and returns the index of
         * the word after it ({@code first}'s start when it is no place at all).
         */
        private int readList(Item first, Cue cue) {
            List<Read> items = new ArrayList<>();
            List<Boolean> commaOnly = new ArrayList<>();
            List<Boolean> recued = new ArrayList<>();
            List<Boolean> moved = new ArrayList<>();
            if (cue != null && cue.partFrom() >= 0 && cue.partFrom() < first.textStart()) {
                first = new Item(cue.partFrom(), first.nameStart(), first.nameEnd(), first.textEnd(), first.suffix(),
                        first.suffixLevel(), first.pluralSuffix(), first.feature(), true, first.demonymCountry());
            }
            items.add(read(first, cue != null || first.suffix() != null));
            commaOnly.add(false);
            recued.add(false);
            moved.add(false);
            int k = first.textEnd();
            while (k < n && items.size() < 40) {
                String gap = w.gapAfter(k - 1).strip();
                if (!gap.isEmpty() && !gap.equals(",") && !gap.equals(";") && !gap.equals("&")) {
                    break;
                }
                boolean punct = !gap.isEmpty();
                int q = k;
                boolean joined = false;
                while (q < n && !w.capitalized(q) && q - k < 3) {
                    String f = w.folded(q);
                    if (f.equals("as") && q + 2 < n && w.folded(q + 1).equals("well") && w.folded(q + 2).equals("as")) {
                        q += 3;
                        joined = true;
                    } else if (cues.listJoin.contains(f) && !(f.equals("then") || f.equals("also") && !punct)) {
                        q++;
                        joined = true;
                    } else {
                        break;
                    }
                    if (q < n && !w.gapAfter(q - 1).strip().isEmpty()) {
                        break;
                    }
                }
                q = afterPartitive(q);
                boolean relocated = false;
                while (q < n && !w.capitalized(q) && (cues.locative.contains(w.folded(q)) && !isAttribution(q)
                        || w.folded(q).equals("the") || w.folded(q).equals("both"))) {
                    relocated |= cues.locative.contains(w.folded(q));
                    q++;
                }
                if (!punct && !joined) {
                    break;
                }
                if (punct && !joined && relocated && proximity.contains(w.folded(k))) {
                    break; // "in the outskirts of Tinzaouaten, near the Algeria–Mali border": a landmark, no second place
                }
                Item next = q < n ? parseItem(q) : null;
                if (next == null) {
                    break;
                }
                int after = next.textEnd();
                if (punct && !joined && !relocated && after < n && w.joinableAfter(after - 1) && !w.capitalized(after)
                        && Character.isLetter(w.word(after).charAt(0)) && !cues.listJoin.contains(w.folded(after))
                        && !cues.locative.contains(w.folded(after)) && !w.folded(after).equals("of")
                        && !cues.kindAfter.containsKey(w.folded(after)) && !cues.featureAfter.contains(w.folded(after))) {
                    break; // "In Saigon, Viet Cong sappers blasted …": a name that modifies a noun after a comma starts a clause
                }
                items.add(read(next, true));
                commaOnly.add(punct && !joined && !relocated);
                recued.add(relocated && !joined); // ("around the airport and in Ad Durayhimi district": a second place, no container)
                moved.add(relocated);
                k = next.textEnd();
            }
            // a plural kind word after the last item applies to all ("Abala, Berhale and Dalol woredas")
            Item last = items.get(items.size() - 1).item();
            String listKind = cue != null ? cue.listKind() : null;
            GeoPrecision listLevel = cue != null ? cue.level() : null;
            if (last.pluralSuffix()) {
                listKind = last.suffix();
                listLevel = last.suffixLevel();
            }
            boolean cued = cue != null && (cue.kind() == CueKind.STRONG || items.size() > 1) || last.pluralSuffix()
                    || listKind != null || items.size() > 1 && items.stream().anyMatch(r -> r.item().suffix() != null);
            int listId = items.size() > 1 || listKind != null ? listIdBase + first.textStart() + 1 : 0;
            boolean any = false;
            PlaceCandidate previous = null;
            GeoPrecision previousLevel = null;
            for (int x = 0; x < items.size(); x++) {
                Read r = items.get(x);
                GeoPrecision level = r.item().suffixLevel() != null ? r.item().suffixLevel() : listLevel;
                // a letter ("U" of "the U.N." after a list of places) is no place
                boolean letter = r.item().nameEnd() - r.item().nameStart() == 1 && w.word(r.item().nameStart()).length() == 1;
                boolean accepted = !letter && (accept(r, cued || r.item().suffix() != null && !r.item().pluralSuffix(), cue)
                        || cued && listKind != null && !r.org() && !r.person() && !people(r) && !owner(r)
                        && !(oneWordAcronym(r.item()) && r.lookup() == null));
                if (!accepted) {
                    if (x == 0 && items.size() == 1) {
                        return first.textStart();
                    }
                    continue;
                }
                GeoPrecision effective = level != null ? level : gazetteerLevel(r.lookup());
                String kindHere = r.item().suffix() != null ? r.item().suffix() : listKind;
                Item before = items.get(Math.max(0, x - 1)).item();
                String kindBefore = before.suffix() != null ? before.suffix() : listKind;
                boolean laterJoined = false; // "the Northwest, Southeast, and Rakhine": a list, no container in it
                for (int y = x + 1; y < items.size(); y++) {
                    laterJoined |= !commaOnly.get(y) && !moved.get(y);
                }
                boolean container = x > 0 && previous != null && (commaOnly.get(x) && !laterJoined || recued.get(x))
                        && rank(kindHere, effective) > rank(kindBefore, previousLevel);
                PlaceCandidate c = emit(r, listKind, listId, level, cued || r.item().suffix() != null, cue);
                if (container) {
                    c = c.asContainerOnly();
                    int at = out.indexOf(previous);
                    if (at >= 0) {
                        out.set(at, previous.withContainer(c));
                    }
                }
                out.add(c);
                any = true;
                if (!container) {
                    previous = c;
                    previousLevel = effective;
                }
            }
            if (previous != null) {
                Item lastItem = items.get(items.size() - 1).item();
                k = containerAfter(k, previous, lastItem.suffix() != null ? lastItem.suffix() : listKind, previousLevel);
            }
            return any ? k : Math.max(k, first.textEnd());
        }

        /**
         * The index after a share of the next place ("much of", "large parts of", "the rest of"): up to three words
         * of the pack's {@code partitive} and "of"; {@code q} itself when none starts there.
         */
        private int afterPartitive(int q) {
            int p = q;
            while (p < n && p - q < 3 && !w.capitalized(p) && cues.partitive.contains(w.folded(p))) {
                p++;
            }
            return p > q && p < n && w.folded(p).equals("of") && !w.capitalized(p) ? p + 1 : q;
        }

        /**
         * "Kostiantynivka and Selydove in Donetska Oblast", "Chanzu and Runyonyi in Rutshuru Territory": a larger unit
         * right after a list through "in" only says where it lies. Emits it as a container of the list's last place
         * and returns the index after it (or {@code k} when none follows).
         */
        private int containerAfter(int k, PlaceCandidate previous, String lastKind, GeoPrecision lastLevel) {
            boolean of = k < n && w.folded(k).equals("of") && lastKind != null && w.joinableAfter(k - 1);
            if (k >= n || w.capitalized(k) || !(w.folded(k).equals("in") || w.folded(k).equals("inside")
                    || w.folded(k).equals("within") || of)) {
                return k; // "X in Y"; and "the X region of Y", "the X district of Y"
            }
            int q = k + 1;
            while (q < n && w.folded(q).equals("the") && !w.capitalized(q)) {
                q++;
            }
            Item c = q < n ? parseItem(q) : null;
            if (c == null) {
                return k;
            }
            Read r = read(c, true);
            GeoPrecision lv = c.suffixLevel() != null ? c.suffixLevel() : gazetteerLevel(r.lookup());
            if (c.suffixLevel() == null && r.lookup() != null && !r.lookup().admin1s().isEmpty()) {
                lv = GeoPrecision.PROVINCE; // "Loikaw town in Kayah": a name that is also a division names the division here
            }
            if (lv == null || !accept(r, true, null) || rank(c.suffix(), lv) <= rank(lastKind, lastLevel)) {
                return k;
            }
            PlaceCandidate container = emit(r, null, 0, lv, true, null).asContainerOnly();
            int at = out.indexOf(previous);
            if (at >= 0) {
                out.set(at, previous.withContainer(container));
            }
            out.add(container);
            return c.textEnd();
        }

        /** A rank finer than the precision levels: point, town, locality, district, zone, province, country. */
        private int rank(String kind, GeoPrecision level) {
            if (kind != null) {
                if (kind.startsWith("localit") || kind.startsWith("commune") || kind.startsWith("kebele")) {
                    return 2;
                }
                if (kind.startsWith("zone") || kind.startsWith("department") || kind.startsWith("prefecture")) {
                    return 4;
                }
            }
            if (level == null) {
                return 1;
            }
            return switch (level) {
                case POINT -> 0;
                case TOWN -> 1;
                case DISTRICT -> 3;
                case PROVINCE -> 5;
                case COUNTRY -> 6;
            };
        }

        private GeoPrecision gazetteerLevel(Lookup l) {
            if (l == null) {
                return null;
            }
            if (l.country() != null && l.hits().stream().allMatch(h -> h.entry().population() < 1_000_000)) {
                return GeoPrecision.COUNTRY; // "Mozambique" is the country, not the island town of that name
            }
            if (!l.hits().isEmpty()) {
                return GeoPrecision.TOWN;
            }
            if (!l.admin1s().isEmpty()) {
                return GeoPrecision.PROVINCE;
            }
            return l.country() != null ? GeoPrecision.COUNTRY : null;
        }

        private Read read(Item it, boolean cued) {
            boolean person = isPerson(it);
            boolean org = isOrganisation(it);
            Lookup l = it.demonymCountry() != null ? null : lookup(w, it.nameStart(), it.nameEnd(), cued && !org, person);
            if (l == null && it.suffix() != null && it.demonymCountry() == null && it.textEnd() > it.nameEnd()) {
                l = lookup(w, it.nameStart(), it.textEnd(), false, person); // "Shan State", "Northern State"
            } else if (l != null && l.country() != null && it.suffix() != null && isTownKind(it.suffix())
                    && it.demonymCountry() == null && it.textEnd() > it.nameEnd()) {
                // "Kuwait City", "Panama City": a country's name with a town's word is its city when the gazetteer
                // knows the city by the whole name
                Lookup city = lookup(w, it.nameStart(), it.textEnd(), false, person);
                if (city != null && !city.hits().isEmpty() && city.country() == null) {
                    l = city;
                }
            }
            if (l == null && it.nameEnd() - it.nameStart() >= 2 && cues.direction.contains(w.folded(it.nameStart()))) {
                l = lookup(w, it.nameStart() + 1, it.nameEnd(), cued && !org, person); // "Greater Idlib", "Upper Nile"
            }
            return new Read(it, l, person, org);
        }

        /** "Americans", "Iraqis", "Serbs": one word that is a demonym's plural names people, not a country or region. */
        private boolean people(Read r) {
            Item it = r.item();
            if (it.nameEnd() - it.nameStart() != 1 || it.suffix() != null
                    || r.lookup() != null && (r.lookup().country() != null || !r.lookup().admin1s().isEmpty())) {
                return false;
            }
            return org.sitrep.core.lang.Demonyms.isPlural(w.folded(it.nameStart()), cues::isDemonym);
        }

        /** Whether an item is a place: what its words say, then what the gazetteer says. */
        private boolean accept(Read r, boolean cued, Cue cue) {
            Item it = r.item();
            if (it.demonymCountry() != null) {
                return true;
            }
            boolean known = r.lookup() != null;
            boolean countryOrRegion = known && (r.lookup().country() != null || !r.lookup().admin1s().isEmpty());
            if (r.org() && (!countryOrRegion || endsGroupName(it))) {
                return false; // (a region too: "the Patriotic Union of Kurdistan")
            }
            int last = it.nameEnd() - 1;
            if (people(r)) {
                return false; // "five captured Americans", "Russians near Grozny": people of a nation, not a place
            }
            if (known && r.lookup().country() != null && it.suffix() == null && w.possessive(last) && last + 1 < n
                    && cues.abroadAfter.contains(w.folded(last + 1))) {
                return false; // "France's intervention", "Britain's embassy": a state acting abroad, not where the report is
            }
            boolean named = it.suffix() != null || it.feature() != null || cued && cue != null && cue.level() != null;
            if (r.person() && !countryOrRegion && !(known && cued) && !named) {
                // a person's name, unless a cue says place and the gazetteer knows it ("out of Abu Kamal"), or a kind's
                // word names it ("the village of Umm Sayala", "Umm al-Rasas island")
                return false;
            }
            if (oneWordAcronym(it) && !countryOrRegion && it.feature() == null) {
                return false; // an acronym, unless a feature's word names it: "the K1 military base"
            }
            if (it.nameEnd() - it.nameStart() == 1 && cues.givenNames.contains(w.folded(it.nameStart())) && !countryOrRegion
                    && !(cued && cue != null && cue.kind() == CueKind.STRONG)) {
                return false; // "Hassan said": a given name
            }
            boolean commonWord = it.nameEnd() - it.nameStart() == 1 && cues.commonWords.contains(w.folded(it.nameStart()));
            if (commonWord && !countryOrRegion && it.suffix() == null && !(cued && (cue == null || cue.kind() == CueKind.STRONG))) {
                return false; // "Peace", "Mission", "Victory": an English word, not a place, unless the words say so
            }
            if (!(known && r.lookup().country() != null) && qualifies(it, cues.groupAfter)) {
                return false; // "houses belonging to Bodo families": a people, not Norway's Bodø nor any place
            }
            if (it.nameEnd() < n && w.gapAfter(it.nameEnd() - 1).equals("-") && cues.seatAfter.contains(w.folded(it.nameEnd()))) {
                return false; // "a Britain-based war monitor", "the London-based group": where a speaker sits, no place of the event
            }
            if (owner(r)) {
                return false; // "killed in Communist ambush", "attacked Nationalist supply ships": the unknown word says whose
            }
            if (known || it.suffix() != null || it.feature() != null) {
                return true;
            }
            if (cues.featureBefore.contains(w.folded(it.nameStart())) && it.nameEnd() - it.nameStart() >= 2) {
                return true; // "Jabal Zeinedin", "Mount X", "Tal Bijou"
            }
            return cued && (cue == null || cue.kind() == CueKind.STRONG || cue.listKind() != null);
        }

        /** A name of one word in capitals ("ADF", "JVP"). */
        private boolean oneWordAcronym(Item it) {
            return it.nameEnd() - it.nameStart() == 1 && isAcronym(it.nameStart());
        }

        /** A name the gazetteer lacks, right before an assault's noun or a noun of what a side has in the field: whose they are. */
        private boolean owner(Read r) {
            return (r.lookup() == null || r.lookup().hits().isEmpty() && r.lookup().admin1s().isEmpty() && r.lookup().country() == null)
                    && (qualifies(r.item(), cues.eventOn) || qualifies(r.item(), cues.ownedAfter));
        }

        /**
         * A bare name (no kind or feature word of its own) right before a lower-case noun of {@code nouns}, which the name
         * only qualifies ("Bodo families", "Communist ambush").
         */
        private boolean qualifies(Item it, java.util.Set<String> nouns) {
            int e = it.nameEnd();
            return it.suffix() == null && it.feature() == null && e < n && !w.capitalized(e) && w.joinableAfter(e - 1)
                    && !w.possessive(e - 1) && nouns.contains(w.folded(e));
        }

        /** "the Patriotic Union of Kurdistan", "the Democratic Party of Kurdistan": a group's name the place ends (the pack's org-of). */
        private boolean endsGroupName(Item it) {
            int s = it.nameStart();
            int of = s > 0 && w.folded(s - 1).equals("the") ? s - 2 : s - 1;
            return of >= 1 && w.folded(of).equals("of") && w.joinableAfter(of - 1) && w.capitalized(of - 1)
                    && cues.orgOf.contains(w.folded(of - 1));
        }

        private boolean isOrganisation(Item it) {
            if (endsGroupName(it)) {
                return true;
            }
            for (int k = it.nameEnd(); k < Math.min(n, it.nameEnd() + 2) && !w.capitalized(k) && w.joinableAfter(k - 1); k++) {
                if (cues.orgWords.contains(w.folded(k)) && !cues.featureAfter.contains(w.folded(k))) {
                    return true; // "the Saba news agency", "the Kherson regional administration"
                }
            }
            if (it.feature() != null) {
                return false; // "the Central Committee building", "the Securitate headquarters": a group's site is a place
            }
            for (int k = it.nameStart(); k < it.nameEnd(); k++) {
                if (cues.orgWords.contains(w.folded(k)) && (w.capitalized(k) || !cues.featureAfter.contains(w.folded(k)))) {
                    return true; // "the Polisario Front", "the Wagner group"; "the Tsorona front" is a place
                }
            }
            return false;
        }

        private boolean isPerson(Item it) {
            int s = it.nameStart();
            if (s > 0 && cues.notPlaceBefore.contains(w.folded(s - 1)) && w.gapAfter(s - 1).isBlank()) {
                return true;
            }
            if (s > 1 && cues.notPlaceBefore.contains(w.folded(s - 2)) && w.capitalized(s - 1)) {
                return true; // "Prime Minister Haider Al-Abadi"
            }
            return it.nameEnd() - s >= 2 && cues.givenNames.contains(w.folded(s));
        }

        private PlaceCandidate emit(Read r, String listKind, int listId, GeoPrecision level, boolean cued, Cue cue) {
            Item it = r.item();
            Lookup l = r.lookup() == null ? new Lookup(List.of(), List.of(), null) : r.lookup();
            int start = it.textStart();
            while (start < it.nameStart() && w.capitalized(start) && cues.stopwords.contains(w.folded(start))
                    && !keys.isArticle(w.folded(start))) {
                start++; // a sentence's first "But", "And", "Yet" is not the name's: "But Azerbaijan said"
            }
            int end = it.pluralSuffix() ? it.nameEnd() - 1 : it.textEnd() - 1; // "Abala, Berhale and Dalol woredas"
            String head = w.text(it.nameStart(), it.nameEnd() - 1);
            boolean closingParen = w.gapAfter(end).startsWith(")") && it.textEnd() - 1 > it.nameEnd() - 1
                    && isAcronym(end) && w.gapAfter(end - 1).equals(" (");
            Span span = new Span(w.start(start), w.end(end) + (closingParen ? 1 : 0));
            int localEnd = w.localEnd(end);
            while (localEnd - 1 > w.localStart(end) + 2 && Character.isDigit(w.source().charAt(localEnd - 1))
                    && !closingParen && Character.isLetter(w.source().charAt(w.localStart(end)))) {
                localEnd--; // a footnote number glued to the name: "Banyas3"
            }
            if (localEnd < w.localEnd(end)) {
                span = new Span(span.start(), w.start(end) + (localEnd - w.localStart(end)));
            }
            String text = w.source().substring(w.localStart(start), localEnd + (closingParen ? 1 : 0));
            String kindOfList = it.suffix() != null && it.pluralSuffix() ? it.suffix() : listKind;
            if (it.suffix() == null || it.pluralSuffix()) {
                if (kindOfList != null && cues.kindAfter.containsKey(kindOfList) && isAdjectival(head)) {
                    // "Donetska and Sumska oblasts": an adjectival name is no name without its kind word
                    text = text + " " + singular(kindOfList);
                }
            }
            if (it.demonymCountry() != null && it.suffix() != null && cues.nationalCapital.contains(it.suffix())) {
                GeoEntry capital = gazetteer.capital(it.demonymCountry());
                return new PlaceCandidate(span, text, capital.name(), PlaceMention.Kind.NAME, it.suffix(), null, listId,
                        List.of(new PlaceCandidate.Hit(capital, 1.0)), List.of(), null, null, it.demonymCountry(),
                        GeoPrecision.TOWN, true, false);
            }
            if (it.demonymCountry() != null) {
                Gazetteer.Country country = gazetteer.country(it.demonymCountry());
                return new PlaceCandidate(span, text, head, PlaceMention.Kind.REGION, it.suffix(), it.suffix(), listId,
                        List.of(), List.of(), country, null, it.demonymCountry(), GeoPrecision.COUNTRY, true, false);
            }
            PlaceMention.Kind kind = l.hits().isEmpty() && l.admin1s().isEmpty() && l.country() == null
                    ? PlaceMention.Kind.CUE : PlaceMention.Kind.NAME;
            String suffix = it.suffix() != null ? it.suffix() : listKind;
            if (suffix != null && cues.regionAfter.contains(suffix) && !isTownKind(suffix)
                    || it.direction() && (!l.admin1s().isEmpty() || l.country() != null)) {
                kind = PlaceMention.Kind.REGION;
            }
            String feature = it.feature();
            if (feature == null && cues.featureBefore.contains(w.folded(it.nameStart())) && it.nameEnd() - it.nameStart() >= 2
                    && l.hits().isEmpty()) {
                feature = w.folded(it.nameStart());
            }
            if (feature != null && kind == PlaceMention.Kind.NAME) {
                kind = PlaceMention.Kind.CUE;
            }
            String hint = cue != null ? cue.hint() : null;
            PlaceCandidate container = null;
            if (feature != null && !l.hits().isEmpty()) {
                // a feature named after its town ("An Nuseirat Refugee Camp", "Hama's prison") lies at that town
                container = new PlaceCandidate(new Span(w.start(it.nameStart()), w.end(it.nameEnd() - 1)), head, head,
                        PlaceMention.Kind.NAME, null, null, 0, l.hits(), l.admin1s(), l.country(), null, hint);
                l = new Lookup(List.of(), List.of(), null);
            }
            GeoPrecision lv = level != null ? level : feature != null ? featureLevel(feature) : null;
            return new PlaceCandidate(span, text, head, kind, suffix, feature, listId, l.hits(), l.admin1s(), l.country(),
                    container, hint, lv, cued, false);
        }

        /** A name in an adjectival form that needs its kind word ("Donetska", "Kupianskyi", "Kurskaya"). */
        private boolean isAdjectival(String head) {
            return !keys.adjectivalStems(keys.words(head)).isEmpty();
        }

        private String singular(String kind) {
            if (kind.endsWith("ies")) {
                return kind.substring(0, kind.length() - 3) + "y";
            }
            return kind.endsWith("s") && !kind.equals("outskirts") ? kind.substring(0, kind.length() - 1) : kind;
        }

        private boolean isTownKind(String suffix) {
            GeoPrecision p = cues.kindAfter.get(suffix);
            return p == GeoPrecision.TOWN || p == GeoPrecision.POINT;
        }
    }

    /**
     * The level a feature word claims: a site of the terrain or of the war (a camp, a base, a bridge, a checkpoint)
     * is a point; a facility (a school, a hospital, a market) claims none, so that a town named with it stays the
     * more telling place ("cadets evacuated from the X School near the town of Y").
     */
    private static GeoPrecision featureLevel(String feature) {
        return switch (feature) {
            case "school", "hospital", "university", "academy", "mosque", "church", "market", "factory", "refinery",
                 "station", "stadium", "complex", "compound", "prison", "barracks" -> null;
            default -> GeoPrecision.POINT;
        };
    }

    // -------------------------------------------------------------------------------------------------------------
    // gazetteer lookups

    private record Lookup(List<PlaceCandidate.Hit> hits, List<Admin1> admin1s, Gazetteer.Country country) {
    }

    /** Lookups are pure functions of the words and the two flags; names recur, so results are kept (bounded). */
    private static final int CACHE_SIZE = 100_000;
    private static final Lookup NONE = new Lookup(List.of(), List.of(), null);
    private final java.util.concurrent.ConcurrentHashMap<String, Lookup> cache = new java.util.concurrent.ConcurrentHashMap<>();

    private Lookup lookup(Words w, int from, int to, boolean cued, boolean person) {
        StringBuilder key = new StringBuilder().append(cued ? 'c' : '-').append(person ? 'p' : '-');
        for (int k = from; k < to; k++) {
            key.append('\u0001').append(w.word(k));
        }
        String k = key.toString();
        Lookup l = cache.get(k);
        if (l == null) {
            l = uncachedLookup(w, from, to, cued, person);
            l = l == null ? NONE : new Lookup(List.copyOf(l.hits), List.copyOf(l.admin1s), l.country);
            if (cache.size() > CACHE_SIZE) {
                cache.clear();
            }
            cache.put(k, l);
        }
        return l == NONE ? null : l;
    }

    private Lookup uncachedLookup(Words w, int from, int to, boolean cued, boolean person) {
        List<String> words = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            String f = w.folded(k);
            String word = w.word(k);
            if (word.length() >= 2 && word.equals(word.toUpperCase()) && !word.equals(word.toLowerCase())
                    && gazetteer.countryByNormal(keys.normal(word)) == null) {
                return null;
            }
            if (k == to - 1 && f.length() > 3 && Character.isDigit(f.charAt(f.length() - 1)) && Character.isLetter(f.charAt(0))) {
                f = Rx.replaceAll(f, "[0-9]+$", ""); // a footnote number glued to the name: "Banyas3"
            }
            if (!(keys.isArticle(f) && k + 1 < to)) {
                words.add(f);
            }
        }
        if (words.size() == 1 && (cues.stopwords.contains(words.get(0)) || cues.isDemonym(words.get(0)))) {
            return null;
        }
        String key = keys.normalOfWords(words);
        for (int k = from; k + 1 < to; k++) {
            if (w.possessive(k)) { // "Cox's Bazar": the name as the gazetteer writes it, its possessive in it
                key = keys.normal(w.source().substring(w.localStart(from), w.localEnd(to - 1)));
                break;
            }
        }
        if (key.length() < 3) {
            return null;
        }
        List<PlaceCandidate.Hit> hits = new ArrayList<>();
        for (var e : gazetteer.byNormal(key)) {
            hits.add(new PlaceCandidate.Hit(e, 1.0));
        }
        List<Admin1> admin1s = gazetteer.admin1ByNormal(key);
        Gazetteer.Country country = gazetteer.countryByNormal(key);
        if (admin1s.isEmpty() && country == null) {
            // "Donetska", "Sumska": the adjectival form stands for the region's base name, even where some small
            // town is spelt that way too (Shumsk's "Sumska")
            boolean direct = !hits.isEmpty();
            for (String variant : keys.adjectivalStems(words)) {
                if (!direct) {
                    for (var e : gazetteer.byNormal(variant)) {
                        hits.add(new PlaceCandidate.Hit(e, 0.95));
                    }
                }
                if (admin1s.isEmpty()) {
                    admin1s = gazetteer.admin1ByNormal(variant);
                }
            }
        }
        if (hits.isEmpty() && admin1s.isEmpty() && country == null && !person && cued && key.length() >= 4) {
            List<Gazetteer.SkeletonHit> fuzzy = gazetteer.bySkeleton(keys.skeleton(key));
            if (fuzzy.size() > MAX_FUZZY) {
                fuzzy = List.of(); // a skeleton shared by that many names identifies nothing
            }
            for (Gazetteer.SkeletonHit h : fuzzy) {
                if (Math.abs(h.normalKey().length() - key.length()) > 4) {
                    continue;
                }
                double sim = NameKeys.similarity(key, h.normalKey());
                if (sim >= 0.8) {
                    hits.add(new PlaceCandidate.Hit(h.entry(), 0.9 * sim));
                }
            }
        }
        if (words.size() >= 2 && keys.isGenericPrefix(words.get(0)) && admin1s.isEmpty() && country == null) {
            Lookup rest = lookup(w, from + 1, to, cued, person);
            if (rest != null) {
                for (PlaceCandidate.Hit h : rest.hits) {
                    hits.add(new PlaceCandidate.Hit(h.entry(), 0.9 * h.quality()));
                }
            }
        }
        if (hits.isEmpty() && admin1s.isEmpty() && country == null) {
            return null;
        }
        if (person && country == null && admin1s.isEmpty() && hits.stream().noneMatch(h -> h.entry().population() > 50_000)) {
            return null;
        }
        if (hits.size() > MAX_HITS) {
            hits.sort(Comparator.comparingDouble((PlaceCandidate.Hit h) -> -h.quality())
                    .thenComparingLong(h -> -h.entry().population()));
            hits = new ArrayList<>(hits.subList(0, MAX_HITS));
        }
        return new Lookup(hits, admin1s, country);
    }
}
