package org.sitrep.core.extract;

import org.sitrep.core.model.EventType;
import org.sitrep.core.nlp.Token;
import org.sitrep.core.text.Fold;
import org.sitrep.core.lang.LanguagePack;
import org.sitrep.core.text.Words;
import org.sitrep.core.text.Rx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The event trigger lexicon of {@code triggers.tsv}, matched on token lemmas. Also offers a cheap pre-filter on
 * folded words so the tagger only runs on sentences that can hold an event. Immutable, thread-safe.
 */
public final class TriggerLexicon {
    /** How a trigger's arguments are laid out (see triggers.tsv). */
    public enum Frame { AGENT, PATIENT, MOVER, STATE, NOMINAL }

    /** One lexicon entry; {@code source} says where it comes from (a WordNet synset, the ACLED codebook, usage). */
    public record Entry(String[] lemmas, EventType type, Frame frame, String pos, java.util.Set<String> needs, String source) {
        public String phrase() {
            return String.join(" ", lemmas);
        }
    }

    /** A trigger found in a sentence: tokens [start, end). */
    public record Match(int start, int end, Entry entry) {
    }

    private final Map<String, List<Entry>> byFirst;
    private final Set<String> prefilterStems;
    private final Set<String> placeless;

    /** An entry's words as the pre-filter sees them: folded, hyphenated words split ("re-enter" → re, enter). */
    private record Phrase(String[] parts, Entry entry) {
    }

    private final Map<String, List<Phrase>> byFirstPart;
    /** Every regular inflection of every entry's first word, as written (lower case). */
    private final Set<String> firstForms = new HashSet<>();

    /** Irregular past forms and their base (the pack's irregular-verbs.tsv). */
    private final Map<String, String> irregular;
    /**
     * The lower-case words that may begin a trigger whatever their lemma: {@link #firstForms} and the irregular forms
     * whose base is an entry's first word: {@link #mayBegin} asks one set what took two lookups (no first word is empty: load refuses one).
     */
    private final Set<String> firstLower = new HashSet<>();

    /** The forms of "be" a passive trigger follows (the pack's {@code be-forms}). */
    private final Set<String> beForms;
    /** Nouns of number that take "of" inside a phrase ("fired dozens of artillery shells"; the pack's {@code quantity-nouns}). */
    private final Set<String> quantityNouns;
    /** How forces travel, after "by" inside a phrase ("landed by helicopter at X"; the pack's {@code means-of-travel}). */
    private final Set<String> meansOfTravel;
    /** The month names, and the words before one that make it the month's and no verb (the pack's {@code months}, {@code month-context}). */
    private final Set<String> months;
    private final Set<String> monthContext;

    private TriggerLexicon(Map<String, List<Entry>> byFirst, Set<String> prefilterStems, Set<String> placeless,
                           Map<String, List<Phrase>> byFirstPart, Map<String, String> irregular, Set<String> beForms,
                           Set<String> quantityNouns, Set<String> meansOfTravel, Set<String> months, Set<String> monthContext) {
        this.months = months;
        this.monthContext = monthContext;
        this.irregular = irregular;
        this.beForms = beForms;
        this.quantityNouns = quantityNouns;
        this.meansOfTravel = meansOfTravel;
        this.byFirstPart = byFirstPart;
        for (String first : byFirst.keySet()) {
            firstForms.addAll(inflections(first));
        }
        firstLower.addAll(firstForms);
        irregular.forEach((form, base) -> {
            if (byFirst.containsKey(base)) {
                firstLower.add(form);
            }
        });
        this.byFirst = byFirst;
        this.prefilterStems = prefilterStems;
        this.placeless = placeless;
    }

    /** The lexicon of the English pack. */
    public static TriggerLexicon defaults() {
        return of(LanguagePack.english());
    }

    /** The lexicon of a language pack ({@code triggers.tsv}, {@code irregular-verbs.tsv}), built once per pack. */
    public static TriggerLexicon of(LanguagePack pack) {
        return pack.shared(TriggerLexicon.class, TriggerLexicon::load);
    }

    /** Every entry, in file order per first word (for tests and listings). */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        byFirst.values().forEach(out::addAll);
        return out;
    }

    /** Whether tokens [from, to) hold a noun, a name, a pronoun or a number: a noun phrase, not a particle. */
    private static boolean nounIn(List<Token> tokens, int from, int to) {
        for (int g = from; g < to; g++) {
            if (Rx.matches(tokens.get(g).pos(), "NOUN|PROPN|PRON|NUM")) {
                return true;
            }
        }
        return false;
    }

    /** A phrase's word that stands for a noun phrase of one to {@link #MAX_GAP} words ("drive * out of"). */
    static final String GAP = "*";
    static final int MAX_GAP = 5;

    private static TriggerLexicon load(LanguagePack pack) {
        Map<String, List<Entry>> byFirst = new HashMap<>();
        Set<String> stems = new HashSet<>();
        Set<String> placeless = new HashSet<>();
        Map<String, List<Phrase>> byFirstPart = new HashMap<>();
        for (String line : pack.lines("triggers.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 6) {
                throw new IllegalStateException("triggers.tsv: expected 6 columns (phrase, type, frame, pos, needs, source) in '"
                        + line + "'");
            }
            String[] lemmas = f[0].split(" ");
            if (java.util.Arrays.asList(lemmas).contains("")) {
                throw new IllegalStateException("triggers.tsv: an empty word in the phrase '" + f[0] + "'");
            }
            for (int k = 0; k < lemmas.length; k++) {
                if (lemmas[k].equals(GAP) && (k == 0 || k == lemmas.length - 1 || lemmas[k + 1].equals(GAP))) {
                    throw new IllegalStateException("triggers.tsv: a '*' must stand between two words in '" + f[0] + "'");
                }
            }
            java.util.Set<String> needs = f[4].equals("-") ? java.util.Set.of() : java.util.Set.of(f[4].split("\\|"));
            Entry e = new Entry(lemmas, EventType.parse(f[1]), Frame.valueOf(f[2].toUpperCase()), f[3], needs, f[5]);
            byFirst.computeIfAbsent(lemmas[0], k -> new ArrayList<>()).add(e);
            String[] parts = java.util.Arrays.stream(lemmas).flatMap(l -> l.equals(GAP) ? java.util.stream.Stream.of(GAP)
                    : java.util.Arrays.stream(Fold.fold(l).split(" "))).toArray(String[]::new);
            byFirstPart.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(new Phrase(parts, e));
            stems.addAll(inflections(parts[0]));
            if (isPlaceless(e.type())) {
                placeless.addAll(inflections(parts[0]));
            }
        }
        for (List<Entry> l : byFirst.values()) {
            l.sort((a, b) -> b.lemmas().length - a.lemmas().length);
        }
        return new TriggerLexicon(byFirst, stems, placeless, byFirstPart, pack.irregularVerbs(), pack.wordSet("be-forms"),
                pack.wordSet("quantity-nouns"), pack.wordSet("means-of-travel"), pack.wordSet("months"), pack.wordSet("month-context"));
    }

    /**
     * The pre-filter that selects sentences for tagging: can a trigger phrase start at word {@code i}? The first
     * word must be an inflection of the phrase's first word (one hash lookup: the forms are generated from the
     * lexicon, regular inflection plus the irregular verbs of war reporting); the phrase's other words must follow,
     * each in some inflection, with at most two other words between them ("took full control of"); and a word the
     * entry needs must follow within eight words. It accepts everything {@link #find} can accept on the tagged
     * sentence and more, never less. With {@code placeless}, only triggers whose events need no place of their own
     * count (withdrawals, offensives, tolls, deployments).
     */
    public boolean mayTriggerAt(Words w, int i, boolean placeless) {
        String f = w.folded(i);
        if (f.equals("dead")) {
            return true;
        }
        String base = irregular.get(f);
        Set<String> stems = placeless ? this.placeless : prefilterStems;
        if (!stems.contains(f) && (base == null || !stems.contains(base))) {
            return false;
        }
        for (String form : wordForms(f)) {
            for (Phrase p : byFirstPart.getOrDefault(form, List.of())) {
                if ((!placeless || isPlaceless(p.entry().type())) && follows(w, i, p)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean follows(Words w, int i, Phrase p) {
        int j = i + 1;
        int k = 1;
        int skipped = 0;
        int gap = 0; // words a '*' of the phrase may still take
        while (k < p.parts().length && j < w.size()) {
            if (p.parts()[k].equals(GAP)) {
                k++;
                gap = MAX_GAP;
                continue;
            }
            if (wordForms(w.folded(j)).contains(p.parts()[k])) {
                k++;
                gap = 0;
            } else if (gap > 0) {
                gap--;
            } else if (++skipped > MAX_INSIDE + 2) { // as matchAt's modifiers, a hyphenated one being three words here
                return false;
            }
            j++;
        }
        if (k < p.parts().length) {
            return false;
        }
        if (p.entry().needs().isEmpty()) {
            return true;
        }
        if (i > 0 && beForms.contains(w.folded(i - 1))) {
            for (int x = Math.max(0, i - 9); x < i - 1; x++) { // the passive's subject (see passiveSubjectNeeded)
                for (String form : wordForms(w.folded(x))) {
                    if (p.entry().needs().contains(form)) {
                        return true;
                    }
                }
            }
        }
        int needFrom = java.util.Arrays.asList(p.parts()).contains(GAP) ? i + 1 : j;
        for (int x = needFrom; x < Math.min(w.size(), needFrom + 8); x++) {
            for (String form : wordForms(w.folded(x))) {
                if (p.entry().needs().contains(form)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A folded word and the base forms regular inflection and the irregular verbs give for it. */
    private List<String> wordForms(String w) {
        List<String> out = new ArrayList<>(6);
        out.add(w);
        String base = irregular.get(w);
        if (base != null) {
            out.add(base);
        }
        addStems(w, out);
        return out;
    }

    private static boolean isPlaceless(EventType t) {
        return t.triggerWithoutPlace();
    }

    /**
     * True for (a form of) a trigger whose events need no place in their own sentence: a withdrawal takes the place
     * of the narrative, an offensive, a toll or a deployment may have none.
     */
    public boolean mayTriggerWithoutPlace(String foldedWord) {
        String base = irregular.get(foldedWord);
        return placeless.contains(foldedWord) || base != null && placeless.contains(base) || foldedWord.equals("dead");
    }

    /** Regular English inflections of a (folded, hyphens removed) base form. */
    static List<String> inflections(String base) {
        List<String> out = new ArrayList<>(List.of(base, base + "s", base + "es", base + "ed", base + "d", base + "ing"));
        if (base.endsWith("e")) {
            out.add(base.substring(0, base.length() - 1) + "ing");
        }
        if (base.endsWith("y")) {
            String stem = base.substring(0, base.length() - 1);
            out.add(stem + "ies");
            out.add(stem + "ied");
        }
        char last = base.charAt(base.length() - 1);
        if ("bdgklmnprt".indexOf(last) >= 0) {
            out.add(base + last + "ed");
            out.add(base + last + "ing");
        }
        return out;
    }

    /**
     * Every trigger in the tokens, longest first at each position, non-overlapping. A modifier coordinated with a
     * phrase's first word shares its head ("rocket and missile attacks" also holds "rocket attacks", "artillery and
     * mortar fire" "artillery fire"): such a match is added at the modifier, ending where the phrase ends.
     */
    public List<Match> find(List<Token> tokens) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match m = matchAt(tokens, i);
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        List<Match> shared = new ArrayList<>();
        for (Match m : out) {
            Match c = coordinatedModifier(tokens, m, out);
            if (c != null) {
                shared.add(c);
            }
        }
        if (!shared.isEmpty()) {
            out.addAll(shared);
            out.sort((a, b) -> a.start() - b.start());
        }
        return out;
    }

    /** For "X and Y Z" where "Y Z" matched and "X Z" is an entry: the match of "X Z", or null. */
    private Match coordinatedModifier(List<Token> tokens, Match m, List<Match> found) {
        String[] l = m.entry().lemmas();
        int s = m.start();
        if (l.length != 2 || s < 2 || !(tokens.get(s - 1).lower().equals("and") || tokens.get(s - 1).lower().equals("or")
                || tokens.get(s - 1).lower().equals(","))) {
            return null;
        }
        int mod = s - 2;
        for (Match o : found) {
            if (o.start() <= mod && mod < o.end()) {
                return null;
            }
        }
        for (String f : forms(tokens.get(mod))) {
            for (Entry e : byFirst.getOrDefault(f, List.of())) {
                if (e.lemmas().length == 2 && e.lemmas()[1].equals(l[1])) {
                    // "air and artillery strikes": a second event of another type; "missile and drone strikes": one
                    // event of one type (one event per type and place), which the match of "drone strikes" states
                    return e.type().family() == m.entry().type().family() ? null : new Match(mod, m.end(), e);
                }
            }
        }
        return null;
    }

    /**
     * The lemma and the base forms regular English inflection gives ("capturing" → "capture", "seized" → "seize",
     * "shelled" → "shell"), for words the statistical lemmatizer leaves as they are.
     */
    List<String> forms(Token t) {
        List<String> out = new ArrayList<>(8);
        out.add(t.lemma());
        out.addAll(wordForms(t.lower()));
        return out;
    }

    private static final String[] SUFFIXES = {"ing", "ed", "es", "s", "d"};

    /** The stems regular inflection gives: "capturing" → captur, capture; "shelled" → shell. */
    private static void addStems(String w, List<String> out) {
        if (w.length() > 4 && (w.endsWith("ies") || w.endsWith("ied"))) {
            out.add(w.substring(0, w.length() - 3) + "y"); // "casualties" → "casualty", "occupied" → "occupy"
        }
        for (String suffix : SUFFIXES) {
            if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) {
                String stem = w.substring(0, w.length() - suffix.length());
                out.add(stem);
                out.add(stem + "e");
                int n = stem.length();
                if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
                    out.add(stem.substring(0, n - 1));
                }
            }
        }
    }

    private boolean matches(Token t, String want) {
        String lower = t.lower();
        if (t.lemma().equals(want) || lower.equals(want)) {
            return true;
        }
        // every other form is an irregular base or a stem of the word, so it shares the word's first letter
        // unless irregular ("took" → "take" does; "went" → "go" does not)
        if (want.isEmpty() || lower.isEmpty() || want.charAt(0) != lower.charAt(0) && !irregular.containsKey(lower)) {
            return false;
        }
        for (String f : forms(t)) {
            if (f.equals(want)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of this lemma and lower-case form may begin a trigger: its lemma is an entry's first word, or
     * its form is an inflection of one or an irregular form of one.
     */
    boolean mayBegin(String lemma, String lower) {
        return byFirst.containsKey(lemma) || firstLower.contains(lower);
    }

    /** The entries' first words, their regular inflections, and the irregular forms with their bases (for tests). */
    Set<String> firstWords() {
        return java.util.Collections.unmodifiableSet(byFirst.keySet());
    }

    Set<String> firstForms() {
        return java.util.Collections.unmodifiableSet(firstForms);
    }

    Map<String, String> irregularForms() {
        return java.util.Collections.unmodifiableMap(irregular);
    }

    private Match matchAt(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (!mayBegin(first.lemma(), first.lower())) {
            return null; // no inflection of a trigger's first word: decided without generating the word's forms
        }
        // the entries of every form of the word ("firing" is "fire" to the lemmatizer and "firing" in "firing of rockets")
        List<Entry> cands = new ArrayList<>();
        for (String f : forms(tokens.get(i))) {
            for (Entry e : byFirst.getOrDefault(f, List.of())) {
                if (!cands.contains(e)) {
                    cands.add(e);
                }
            }
        }
        if (cands.isEmpty()) {
            return null;
        }
        cands.sort((a, b) -> b.lemmas().length - a.lemmas().length);
        for (Entry e : cands) {
            if (!posOk(tokens, i, e.pos()) && !(e.pos().equals("verb") && afterInfinitiveTo(tokens, i) && !pastAfterTo(tokens, i))) {
                continue;
            }
            int j = i;
            int k = 0;
            int skipped = 0;
            while (k < e.lemmas().length && j < tokens.size()) {
                Token t = tokens.get(j);
                String want = e.lemmas()[k];
                if (want.equals(GAP)) {
                    // "drove the guerrillas out of X": a noun phrase of one to MAX_GAP words, then the phrase goes on
                    int g = j;
                    // (a preposition inside it, not first but before a number: "crossed the bridge from Tiraspol into
                    // Bender", "flew about 1,300 more troops into Bissau")
                    while (g < tokens.size() && g - j < MAX_GAP && (Rx.matches(tokens.get(g).pos(), "DET|ADJ|ADV|NOUN|PROPN|NUM|PRON")
                            || tokens.get(g).pos().equals("ADP") && (g > j || g + 1 < tokens.size()
                            && tokens.get(g + 1).pos().equals("NUM"))) && !matches(tokens.get(g), e.lemmas()[k + 1])) {
                        g++;
                    }
                    if (g == j && e.type() == EventType.DEPLOYMENT && i > 0 && tokens.get(i - 1).lemma().equals("be") && g < tokens.size()
                            && matches(tokens.get(g), e.lemmas()[k + 1])) {
                        k++; // in the passive the noun phrase is the subject: "troops were sent to X" as "sent troops to X"
                        continue;
                    }
                    if (g == j || g >= tokens.size() || !matches(tokens.get(g), e.lemmas()[k + 1]) || !nounIn(tokens, j, g)) {
                        break; // (a noun phrase: "drove in from the east" is no one driven from anywhere)
                    }
                    if (k + 2 == e.lemmas().length && tokens.get(g).pos().equals("PART") && g + 1 < tokens.size()
                            && tokens.get(g + 1).pos().equals("VERB")) {
                        break; // "sent troops into Congo to hunt down the rebels": an infinitive's "to", no destination
                    }
                    j = g;
                    k++;
                    continue;
                }
                if (matches(t, want)) {
                    k++;
                    j++;
                } else if (k > 0 && skipped < MAX_INSIDE && insideModifier(tokens, j, e.lemmas()[k])) {
                    skipped++;
                    j++;
                } else {
                    break;
                }
            }
            // a gap's noun phrase is where a needed word is ("sent Interior Ministry troops to X")
            int needFrom = java.util.Arrays.asList(e.lemmas()).contains(GAP) ? i + 1 : j;
            if (k == e.lemmas().length && e.frame() == Frame.NOMINAL && e.lemmas().length > 1 && tokens.get(j - 1).isVerb()
                    && !tokens.get(j - 1).lower().equals(tokens.get(j - 1).lemma()) && verbTrigger(tokens.get(j - 1).lemma())) {
                continue; // "gunmen armed with rifles and grenades attacked the town": a noun and an inflected verb of its own, no "grenade attack"
            }
            if (k == e.lemmas().length && (hasNeeded(tokens, needFrom, e) || passiveSubjectNeeded(tokens, i, e))) {
                return new Match(i, j, e);
            }
        }
        return null;
    }

    /** How many words may stand inside a phrase between two of its words ("fired an anti-ship ballistic missile"). */
    private static final int MAX_INSIDE = 4;

    /**
     * Whether the token at {@code j} modifies the phrase's next word {@code want} from inside the phrase: an adjective
     * or adverb ("took full control of"), a determiner or number ("fired two missiles"), or a noun or name before that word
     * with only modifiers between, as in a compound ("launched cruise missiles", "an anti-ship ballistic missile").
     */
    private boolean insideModifier(List<Token> tokens, int j, String want) {
        String pos = tokens.get(j).pos();
        if (tokens.get(j).lower().equals("by") && j + 1 < tokens.size() && meansOfTravel.contains(tokens.get(j + 1).lower())) {
            return true; // "landed by helicopter at the Embajador Hotel": how they came, inside the phrase
        }
        if (pos.equals("ADJ") || pos.equals("ADV") || pos.equals("DET") || pos.equals("NUM")) {
            return true;
        }
        if (pos.equals("ADP") && j > 0 && Rx.matches(tokens.get(j - 1).pos(), "ADJ|ADV") && j + 1 < tokens.size()
                && tokens.get(j + 1).pos().equals("NUM")) {
            return true; // "fired more than 40,000 shells": a comparison of the number, inside the phrase
        }
        if (!pos.equals("NOUN") && !pos.equals("PROPN") && !quantityOf(tokens, j)) {
            return false;
        }
        for (int g = j + 1; g < tokens.size() && g <= j + MAX_INSIDE; g++) {
            if (matches(tokens.get(g), want)) {
                return true;
            }
            if (!Rx.matches(tokens.get(g).pos(), "ADJ|NOUN|PROPN") && !quantityOf(tokens, g)) {
                return false;
            }
        }
        return false;
    }

    /** "of" after a noun of number ("dozens of", "a barrage of"), inside the phrase it counts. */
    private boolean quantityOf(List<Token> tokens, int g) {
        return g > 0 && tokens.get(g).lower().equals("of") && quantityNouns.contains(tokens.get(g - 1).lower());
    }

    /** Whether a verb of this lemma is a trigger on its own ("attack"; not "fire", which needs its weapon). */
    boolean verbTrigger(String lemma) {
        for (Entry x : byFirst.getOrDefault(lemma, List.of())) {
            if (x.lemmas().length == 1 && !x.pos().equals("noun")) {
                return true;
            }
        }
        return false;
    }

    /** "to (nearly) encircle": the tagger sometimes calls such a verb a noun. */
    private static boolean afterInfinitiveTo(List<Token> tokens, int i) {
        int k = i - 1;
        while (k >= 0 && tokens.get(k).pos().equals("ADV")) {
            k--;
        }
        if (k < 0 || !tokens.get(k).text().equalsIgnoreCase("to")) {
            return false;
        }
        // the tagger may call the infinitive's "to" a preposition ("forcing soldiers and residents to/ADP flee/NOUN"):
        // then the word must be in its base form, as an infinitive is
        return tokens.get(k).pos().equals("PART")
                || tokens.get(k).pos().equals("ADP") && k == i - 1 && tokens.get(i).lower().equals(tokens.get(i).lemma());
    }

    /**
     * In the passive the word an entry needs is its subject, before it: "hundreds of prisoners were freed" as "freed
     * hundreds of prisoners" (a form of "be" right before the trigger, the word within eight words before that).
     */
    static boolean passiveSubjectNeeded(List<Token> tokens, int i, Entry e) {
        if (e.needs().isEmpty() || i == 0 || !tokens.get(i - 1).lemma().equals("be")) {
            return false;
        }
        for (int k = Math.max(0, i - 9); k < i - 1; k++) {
            if (e.needs().contains(tokens.get(k).lemma()) || e.needs().contains(tokens.get(k).text().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNeeded(List<Token> tokens, int from, Entry e) {
        if (e.needs().isEmpty()) {
            return true;
        }
        for (int k = from; k < Math.min(tokens.size(), from + 6); k++) {
            if (e.needs().contains(tokens.get(k).lemma()) || e.needs().contains(tokens.get(k).text().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    private boolean posOk(List<Token> tokens, int i, String pos) {
        Token t = tokens.get(i);
        if (Cues.isMonthByContext(tokens, i, months, monthContext)) {
            return false; // "fought in February and March 1986 on the Faw peninsula"
        }
        return switch (pos) {
            case "verb" -> t.lower().endsWith("ing") ? !ingModifier(tokens, i)
                    : !edModifier(tokens, i) && !pastAfterTo(tokens, i) && (t.pos().equals("VERB") || t.pos().equals("AUX") || mistaggedVerb(tokens, i)
                    || presentAsNoun(tokens, i));
            case "noun" -> (t.pos().equals("NOUN") || t.pos().equals("PROPN")) && !presentAsNoun(tokens, i)
                    || t.pos().equals("VERB") && t.lower().endsWith("ing") && i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("AUX")
                    && (i == 0 || !Rx.matches(tokens.get(i - 1).pos(), "AUX|PRON|NOUN|PROPN")) // "that firing could be heard": the subject
                    || t.pos().equals("ADJ") && determinedBefore(tokens, i) && (i + 1 == tokens.size()
                    || !Rx.matches(tokens.get(i + 1).pos(), "NOUN|PROPN|ADJ|NUM"));
                    // "the withdrawal of", "their withdrawal from", "began an offensive to capture": the phrase's head
            default -> true;
        };
    }

    /**
     * An article or a possessive before the word at {@code i}, with at most two modifiers between ("the withdrawal",
     * "the biggest military offensive against"): the word heads a noun phrase, whatever the tagger says.
     */
    static boolean determinedBefore(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0 && i - k <= 3; k--) {
            Token b = tokens.get(k);
            if (b.pos().equals("DET") || Rx.matches(b.lower(), "their|its|his|her|our|my|your")) {
                return true;
            }
            if (!b.pos().equals("ADJ") && !b.pos().equals("NOUN")) {
                return false;
            }
        }
        return false;
    }

    /** A past form right after "to" is no infinitive but a title's or a noun's participle: "units loyal to ousted President X". */
    private static boolean pastAfterTo(List<Token> tokens, int i) {
        String w = tokens.get(i).lower();
        return i > 0 && tokens.get(i - 1).lower().equals("to") && w.endsWith("ed") && !w.endsWith("eed");
    }

    /**
     * A past participle between an article and its noun modifies the noun ("from the abandoned U.S. Marine base", "the
     * occupied territories"): no deed told.
     */
    private static boolean edModifier(List<Token> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && tokens.get(i).lower().endsWith("ed")
                && Rx.matches(tokens.get(i - 1).lower(), "the|a|an") && Rx.matches(tokens.get(i + 1).pos(), "NOUN|PROPN|ADJ");
    }

    /**
     * An "-ing" word after an article or "in" and before a noun modifies that noun, whatever the tagger says: "a
     * search operation in surrounding villages", "the surrounding area" (a gerund takes its object after "after", "by").
     */
    private static boolean ingModifier(List<Token> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("NOUN")
                && (tokens.get(i - 1).pos().equals("DET") || tokens.get(i - 1).lower().equals("in"));
    }

    /**
     * A present tense the tagger took for a noun after a plural subject ("the rebels control/NOUN Goma", "the Houthis
     * control/NOUN much of northern Yemen"): a word in its base form right after a plural noun or name that follows an
     * article or opens the sentence, with an object after it (an article, a name, a number, a capitalised word, or a quantity before "of").
     */
    private static boolean presentAsNoun(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.pos().equals("NOUN") || !t.lower().equals(t.lemma()) || i == 0 || i + 1 >= tokens.size()) {
            return false;
        }
        Token s = tokens.get(i - 1);
        boolean plural = Rx.matches(s.pos(), "NOUN|PROPN") && s.lower().endsWith("s") && !s.lower().endsWith("ss")
                && !s.lower().equals(s.lemma() + "'s") && (i == 1 || Rx.matches(tokens.get(i - 2).pos(), "DET|ADJ|PROPN|PUNCT"));
        Token o = tokens.get(i + 1);
        boolean object = Rx.matches(o.pos(), "DET|PROPN|NUM") || o.pos().equals("NOUN") && Character.isUpperCase(o.text().charAt(0))
                || Rx.matches(o.pos(), "ADJ|ADV|NOUN") && i + 2 < tokens.size()
                && tokens.get(i + 2).lower().equals("of");
        return plural && object;
    }

    /**
     * A past form the tagger took for something else between a subject and its object ("fighters overran/ADP the
     * town", "forces besieged/ADP the city"): the tagger guesses at rare words; the word order does not lie.
     */
    private boolean mistaggedVerb(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i > 0 && tokens.get(i - 1).lemma().equals("have") && tokens.get(i - 1).pos().equals("AUX")
                && (t.pos().equals("ADJ") || t.pos().equals("NOUN")) && i + 1 < tokens.size()
                && Rx.matches(tokens.get(i + 1).pos(), "DET|PROPN|NUM")) {
            return true; // a perfect's participle the tagger read as an adjective: "the insurgents had overrun/ADJ Pochentong"
        }
        if (i > 0 && beForms.contains(tokens.get(i - 1).lower()) && !tokens.get(i - 1).lower().equals("be")
                && (t.pos().equals("ADV") || t.pos().equals("ADJ"))) {
            return true; // a passive the tagger read as an adverb: "the police station at Wellawaya was overrun/ADV"
        }
        boolean pastForm = t.lower().endsWith("ed") || irregular.containsKey(t.lower());
        if (!pastForm || !(t.pos().equals("ADP") || t.pos().equals("ADJ") || t.pos().equals("NOUN") || t.pos().equals("PROPN"))) {
            return false;
        }
        if (i > 0 && tokens.get(i - 1).lemma().equals("be") && t.lower().endsWith("ed")
                || i > 1 && tokens.get(i - 1).pos().equals("ADV") && tokens.get(i - 2).lemma().equals("be") && t.lower().endsWith("ed")) {
            return true; // a passive the tagger read as an adjective: "two civilians were wounded/ADJ in Goris", "were seriously wounded"
        }
        boolean subject = i > 0 && (tokens.get(i - 1).pos().equals("NOUN") || tokens.get(i - 1).pos().equals("PROPN")
                || tokens.get(i - 1).pos().equals("PRON") || tokens.get(i - 1).pos().equals("ADV") && i > 1
                && tokens.get(i - 2).pos().equals("NOUN"));
        boolean object = i + 1 < tokens.size() && (tokens.get(i + 1).pos().equals("DET") || tokens.get(i + 1).pos().equals("PROPN")
                || tokens.get(i + 1).pos().equals("NUM") || tokens.get(i + 1).pos().equals("NOUN")
                || tokens.get(i + 1).lower().equals("at") // "fighters ousted government troops", "gunmen shot at"
                || tokens.get(i + 1).pos().equals("ADJ") && i + 2 < tokens.size() && tokens.get(i + 2).pos().equals("NOUN"));
                // "troops attacked/ADP Croat positions"
        return subject && object;
    }
}
