package org.sitrep.core.reconcile;

import org.sitrep.core.lang.LanguagePack;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sitrep.core.Extraction;
import org.sitrep.core.model.ActorMention;
import org.sitrep.core.model.ActorUse;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.FramingTerm;
import org.sitrep.core.model.Span;
import org.sitrep.core.text.Fold;

/**
 * The words an article uses for each side: every actor name and description (pronouns and bare "fighters"
 * excepted), labels that precede them ("Al-Qaeda-affiliated", "Turkish-backed"), and loaded verbs for what a side did
 * ("invaded", "liberated"), each with its sentence. Terms are marked loaded from a language pack's {@code framing.tsv}.
 * Thread-safe.
 */
public final class FramingTerms {
    private final List<String> loaded = new ArrayList<>();
    private final Set<String> verbs = new HashSet<>();
    private final Set<String> neutral = new HashSet<>();
    private final List<String> labels = new ArrayList<>();
    private final Set<String> territory = new HashSet<>();
    private final Set<String> warNames = new HashSet<>();
    /** Hashes of the territory nouns and war names ({@link Fold#foldedHash}): a word whose hash is not here is neither. */
    private final Set<Integer> nounHashes = new HashSet<>();
    /** The territory nouns and war names as literals ({@link #mayNameGround}). */
    private final org.sitrep.core.text.LiteralSet nouns;

    /** The terms of the English pack. */
    public FramingTerms() {
        this(LanguagePack.english());
    }

    /** The terms of a language pack's {@code framing.tsv}. */
    public FramingTerms(LanguagePack pack) {
        for (String line : pack.lines("framing.tsv")) {
            String[] c = line.split("\t");
            if (c.length != 2) {
                throw new IllegalArgumentException("framing.tsv: expected 2 columns in '" + line + "'");
            }
            for (String w : c[1].split("\\|")) {
                switch (c[0]) {
                    case "loaded": loaded.add(w.strip()); break;
                    case "verb": verbs.add(w.strip()); break;
                    case "neutral": neutral.add(w.strip()); break;
                    case "label": labels.add(w.strip()); break;
                    case "territory": territory.add(w.strip()); break;
                    case "war-name": warNames.add(w.strip()); break;
                    default: throw new IllegalArgumentException("framing.tsv: unknown section '" + c[0] + "'");
                }
            }
        }
        territory.forEach(w -> nounHashes.add(w.hashCode()));
        warNames.forEach(w -> nounHashes.add(w.hashCode()));
        List<String> all = new ArrayList<>(territory);
        all.addAll(warNames);
        all.removeIf(String::isEmpty);
        nouns = all.isEmpty() ? null : org.sitrep.core.text.LiteralSet.of(all.stream().sorted().toList());
    }

    /**
     * Whether a word of the sentence may fold to a territory noun or a war name: false only when none of them occurs in
     * the sentence folded character by character as {@link Fold#fold(char)} folds it (an ASCII letter to its lower
     * case, a letter beyond ASCII to its folded letter, an apostrophe-like mark dropped, anything else kept or made a
     * space: none of them is a letter), which holds whatever a word the sentence is read into folds to: a word is a
     * run of letters and folds to the same letters. A sentence with a character outside the Basic Multilingual Plane
     * is always read. Most sentences that name an actor are then not read word by word, curly quotes, dashes and
     * accented names included.
     */
    boolean mayNameGround(String sentence) {
        if (nouns == null) {
            return false;
        }
        int n = sentence.length();
        char[] cs = new char[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = sentence.charAt(i);
            if (c < 0x80) {
                cs[k++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else if (Character.isSurrogate(c)) {
                return true; // a letter beyond the plane folds as two characters: read the sentence
            } else {
                char f = Fold.fold(c);
                if (f != '\0') { // a dropped mark joins the letters around it, as in a folded word
                    cs[k++] = f;
                }
            }
        }
        return nouns.any(java.nio.CharBuffer.wrap(cs, 0, k));
    }

    /** True when a word of the term is, or starts with a stem of, a loaded word. */
    public boolean isLoaded(String term) {
        for (String w : Fold.fold(term).split(" ")) {
            for (String l : loaded) {
                if (l.endsWith("*") ? w.startsWith(l.substring(0, l.length() - 1)) : w.equals(l)) {
                    return true;
                }
            }
        }
        return false;
    }

    public List<FramingTerm> extract(Extraction x) {
        String text = x.article().cleaned();
        List<FramingTerm> out = new ArrayList<>();
        for (ActorUse u : x.actors()) {
            ActorMention m = u.actor();
            if (m.side() == null) {
                continue;
            }
            String quote = u.sentenceSpan().of(text);
            String term = stripArticle(m.text());
            if (!neutral.contains(Fold.fold(term)) && !term.isEmpty()) {
                // an actor's own name is not a judgement of it ("Levant Liberation Committee")
                out.add(new FramingTerm(term, m.side(), m.actorId(), m.description() && isLoaded(term), m.description() ? "description" : "name",
                        u.sentence(), m.span(), quote));
            }
            String label = labelBefore(text, m.span(), u.sentenceSpan());
            if (label != null) {
                Span s = new Span(m.span().start() - label.length() - 1, m.span().start() - 1);
                out.add(new FramingTerm(label, m.side(), m.actorId(), isLoaded(label), "label", u.sentence(), s, quote));
            }
        }
        for (EventMention e : x.events()) {
            if (e.actor() != null && e.actor().side() != null && verbs.contains(Fold.fold(e.trigger()))) {
                out.add(new FramingTerm(e.trigger(), e.actor().side(), e.actor().id(), isLoaded(e.trigger()), "verb", e.sentence(),
                        e.span(), e.quote()));
            }
        }
        out.addAll(groundAndWarNames(x, text));
        return out;
    }

    /**
     * The first pair of words at or after {@code from}: a word (a letter, then letters, apostrophes and hyphens), white
     * space, and a word of letters — what {@code ([\p{L}][\p{L}'’-]*)\s+(\p{L}+)} finds from there, without a regular
     * expression (this runs over every sentence that names an actor, on the store's writer thread). Sets {@code
     * pair} to the first word's start and end and the second's; false when there is none.
     */
    static boolean wordPair(String s, int from, int[] pair) {
        int n = s.length();
        int i = from;
        while (i < n) {
            int cp = codePointAt(s, i);
            if (!isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            // every start inside this run of word characters ends the first word at the same place: try it once
            int j = i + Character.charCount(cp);
            while (j < n) {
                int c = codePointAt(s, j);
                if (!(isLetter(c) || c == '\'' || c == '’' || c == '-')) {
                    break;
                }
                j += Character.charCount(c);
            }
            int k = j;
            while (k < n && isSpace(s.charAt(k))) {
                k++;
            }
            if (k > j && k < n && isLetter(codePointAt(s, k))) {
                int e = k;
                while (e < n) {
                    int c = codePointAt(s, e);
                    if (!isLetter(c)) {
                        break;
                    }
                    e += Character.charCount(c);
                }
                pair[0] = i;
                pair[1] = j;
                pair[2] = k;
                pair[3] = e;
                return true;
            }
            i = j;
        }
        return false;
    }

    /** {@link String#codePointAt}, without its call where the character is not a high surrogate (most of them). */
    private static int codePointAt(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? s.codePointAt(i) : c;
    }

    /** {@link Character#isLetter(int)}, answered for ASCII without the character tables. */
    private static boolean isLetter(int cp) {
        if (cp < 0x80) {
            int lower = cp | 0x20;
            return lower >= 'a' && lower <= 'z';
        }
        return Character.isLetter(cp);
    }

    /** A regular expression's {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * "the only Islamist stronghold": a territory noun after a word the article uses for one side's actors; "the
     * Syrian revolution": a war name, for the non-government side the article names most. Only in sentences that name
     * an actor (whose boundaries the extraction knows).
     */
    private List<FramingTerm> groundAndWarNames(Extraction x, String text) {
        List<FramingTerm> out = new ArrayList<>();
        java.util.Map<Integer, Span> sentences = new java.util.TreeMap<>();
        java.util.Map<String, Integer> sideCounts = new java.util.HashMap<>();
        for (ActorUse u : x.actors()) {
            sentences.putIfAbsent(u.sentence(), u.sentenceSpan());
            if (u.actor().side() != null) {
                sideCounts.merge(u.actor().side(), 1, Integer::sum);
            }
        }
        String insurgents = sideCounts.containsKey("government") ? sideCounts.entrySet().stream()
                .filter(e -> !e.getKey().equals("government")).max(java.util.Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(java.util.Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(java.util.Map.Entry::getKey).orElse(null) : null;
        for (java.util.Map.Entry<Integer, Span> sent : sentences.entrySet()) {
            Span ss = sent.getValue();
            String sentence = ss.of(text);
            if (!mayNameGround(sentence)) {
                continue;
            }
            int[] pair = new int[4];
            int from = 0;
            while (from < sentence.length() && wordPair(sentence, from, pair)) {
                from = pair[2]; // the second word may start the next pair
                if (!nounHashes.contains(Fold.foldedHash(sentence, pair[2], pair[3]))) {
                    continue; // neither a territory noun nor a war name (most words): nothing folded or copied
                }
                String folded = Fold.fold(sentence.substring(pair[2], pair[3]));
                boolean ground = territory.contains(folded);
                if (ground || insurgents != null && warNames.contains(folded)) {
                    String word = sentence.substring(pair[0], pair[1]);
                    String noun = sentence.substring(pair[2], pair[3]);
                    if (ground) {
                        ActorMention holder = namedWith(x, word);
                        if (holder != null) {
                            String term = word + " " + noun;
                            Span span = new Span(ss.start() + pair[0], ss.start() + pair[3]);
                            out.add(new FramingTerm(term, holder.side(), holder.actorId(), isLoaded(term), "label", sent.getKey(), span, sentence));
                        }
                    }
                    if (insurgents != null && warNames.contains(folded)) {
                        Span ns = new Span(ss.start() + pair[2], ss.start() + pair[3]);
                        out.add(new FramingTerm(noun, insurgents, null, isLoaded(noun), "war name", sent.getKey(), ns, sentence));
                    }
                }
            }
        }
        return out;
    }

    /** An actor mention of the article whose words start with {@code word} ("Islamist" → "Islamist forces"), or null. */
    private static ActorMention namedWith(Extraction x, String word) {
        String w = Fold.fold(word);
        if (w.length() < 4) {
            return null;
        }
        for (ActorUse u : x.actors()) {
            String t = Fold.fold(stripArticle(u.actor().text()));
            if (u.actor().side() != null && (t.equals(w) || t.startsWith(w + " ") || t.startsWith(w) && t.length() <= w.length() + 2)) {
                return u.actor();
            }
        }
        return null;
    }

    /** The word right before the mention when it is a label ("Al-Qaeda-affiliated Hay'at Tahrir al-Sham"), or null. */
    private String labelBefore(String text, Span mention, Span sentence) {
        int end = mention.start() - 1;
        if (end <= sentence.start() || text.charAt(end) != ' ') {
            return null;
        }
        int start = end;
        while (start > sentence.start() && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String w = text.substring(start, end);
        String lw = w.toLowerCase(java.util.Locale.ROOT);
        for (String l : labels) {
            if ((l.startsWith("-") && lw.endsWith(l) && lw.length() > l.length()) || (l.endsWith("-") && lw.startsWith(l) && lw.length() > l.length())) {
                return w;
            }
        }
        return null;
    }

    private static String stripArticle(String t) {
        String s = t.strip();
        return s.regionMatches(true, 0, "the ", 0, 4) ? s.substring(4) : s;
    }
}
