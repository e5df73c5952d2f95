package org.sitrep.core.actor;

import org.sitrep.core.model.Span;
import org.sitrep.core.text.PhraseTrie;
import org.sitrep.core.text.Words;

import java.util.ArrayList;
import java.util.List;

/** Finds actor names and descriptions in a sentence with the {@link ActorLexicon}. Thread-safe. */
public final class ActorTagger {
    /** A lexicon phrase found in text, before document-level resolution. */
    public record Raw(Span span, String text, ActorLexicon.Entry entry, int firstWord, int lastWord) {
    }

    private final ActorLexicon lexicon;

    /** Head nouns of an armed actor's phrase (the pack's {@code actor-heads}). */
    private final java.util.Set<String> heads;
    /** Words for the state an "anti-"/"pro-" prefix can take. */
    private final java.util.Set<String> stateWords;
    /** The last word of a named armed group. */
    private final java.util.Set<String> groupWords;
    /** Nouns for a group's fighters ("fighters of the X (ACR)"; the pack's {@code member-nouns}). */
    private final java.util.Set<String> memberNouns;
    /** Lower-case words inside such a name. */
    private final java.util.Set<String> nameJoiners;
    /** Words that name no group of their own, compass words among them. */
    private final java.util.Set<String> genericWords;
    /** Words after a hyphen that make a name qualify another actor ("Al-Qaeda-affiliated"). */
    private final java.util.Set<String> patronSuffixes;

    /** A tagger with the English pack's words. */
    public ActorTagger(ActorLexicon lexicon) {
        this(lexicon, org.sitrep.core.lang.LanguagePack.english());
    }

    /** A tagger with a language pack's words ({@code words.tsv}: actor-heads, group-words…). */
    public ActorTagger(ActorLexicon lexicon, org.sitrep.core.lang.LanguagePack pack) {
        this.lexicon = lexicon;
        this.heads = pack.wordSet("actor-heads");
        this.stateWords = pack.wordSet("state-words");
        this.groupWords = pack.wordSet("group-words");
        this.memberNouns = pack.wordSet("member-nouns");
        this.nameJoiners = pack.wordSet("name-joiners");
        this.genericWords = pack.wordSet("group-generic-words", "compass-points", "compass-adjectives");
        this.patronSuffixes = pack.wordSet("patron-suffixes");
    }

    /** For a pronoun-like description ("fighters", "forces") followed by "from [the] X": X's lexicon match, or null. */
    private PhraseTrie.Match<ActorLexicon.Entry> partOf(Words w, PhraseTrie.Match<ActorLexicon.Entry> m, int last) {
        ActorLexicon.Description d = m.value().description();
        if (d == null || !d.role().equals("any") || last + 2 >= w.size() || !w.folded(last + 1).equals("from")) {
            return null;
        }
        int k = last + 2 + (w.folded(last + 2).equals("the") ? 1 : 0);
        if (k >= w.size()) {
            return null;
        }
        PhraseTrie.Match<ActorLexicon.Entry> x = lexicon.match(w, k);
        return x != null && (x.value().actor() != null || !x.value().description().role().equals("any")) ? x : null;
    }

    /** True when a match that starts inside words (i, last] ends after last. */
    private boolean longerInside(Words w, int i, int last) {
        for (int j = i + 1; j <= last; j++) {
            PhraseTrie.Match<ActorLexicon.Entry> n = lexicon.match(w, j);
            if (n != null && j + n.words() - 1 > last) {
                return true;
            }
        }
        return false;
    }

    /** Head nouns of an armed actor phrase ("anti-junta militias", "pro-Russian separatists"). */
    /** Words for the state an "anti-"/"pro-" prefix can take ("anti-government", "pro-regime"). */
    private static final ActorLexicon.Entry CHALLENGER = new ActorLexicon.Entry(null, new ActorLexicon.Description("challenger", false), false);
    private static final ActorLexicon.Entry INCUMBENT = new ActorLexicon.Entry(null, new ActorLexicon.Description("incumbent", false), false);

    /** What an alignment prefix at word {@code i} says: the phrase's last word and its entry (null: no actor). */
    private record Aligned(int last, ActorLexicon.Entry entry) {
    }

    /**
     * "anti-X" and "pro-X" at word {@code i}. With a head noun ("anti-junta militias", "pro-government forces",
     * "pro-Russian separatists") the phrase is an actor aligned with X ("pro-") or on the other side of it ("anti-":
     * against the state, a challenger; against a challenger, the state's side). Without one ("anti-government
     * protests", "anti-tank missiles") X is no actor of the sentence. Null when word i is no such prefix or X is
     * unknown.
     */
    private Aligned aligned(Words w, int i) {
        String f = w.folded(i);
        if (!(f.equals("anti") || f.equals("pro")) || i + 1 >= w.size()) {
            return null;
        }
        String gap = w.gapAfter(i);
        if (!(gap.equals("-") || gap.equals("\u2010") || gap.equals("\u2011"))) {
            return null;
        }
        int x = i + 1;
        PhraseTrie.Match<ActorLexicon.Entry> m = lexicon.match(w, x);
        ActorLexicon.Actor demonym;
        ActorLexicon.Entry entry;
        String role;
        int last;
        if (m != null) {
            entry = m.value();
            role = entry.actor() != null ? entry.actor().role() : entry.description().role();
            last = x + m.words() - 1;
        } else if ((demonym = lexicon.ofDemonym(w.folded(x))) != null) {
            ActorLexicon.Actor a = demonym;
            entry = new ActorLexicon.Entry(a, null, false);
            role = a.role();
            last = x;
        } else if (stateWords.contains(w.folded(x))) {
            entry = INCUMBENT;
            role = "incumbent";
            last = x;
        } else {
            return null;
        }
        boolean headed = heads.contains(w.folded(last));
        int end = last;
        while (end + 1 < w.size() && end - last < 2 && heads.contains(w.folded(end + 1)) && Words.joinable(w.gapAfter(end))) {
            end++;
            headed = true;
        }
        if (!headed) {
            return new Aligned(last, null);
        }
        if (f.equals("pro")) {
            return new Aligned(end, entry.actor() == null && role.equals("any") ? null : entry);
        }
        return switch (role) {
            case "incumbent" -> new Aligned(end, CHALLENGER);
            case "challenger" -> new Aligned(end, INCUMBENT);
            default -> new Aligned(end, null);
        };
    }

    /** Last words of an armed group's name ("Northern Storm Brigade", "Popular Mobilization Forces", "47th Brigade"). */
    /** Words allowed inside such a name in lower case ("Front for the Liberation of X", "Jaish al-Nasr Brigade"). */

    /**
     * The last word of a named armed group starting at word {@code i} — capitalised words (or an ordinal: "47th") and
     * joiners, at least two words, ending with a word for an armed group, no lexicon actor inside, within a clause —
     * or -1.
     */
    private int namedGroupEnd(Words w, int i) {
        if (!(w.capitalized(i) || numbered(w.folded(i))) || nameJoiners.contains(w.folded(i)) || w.folded(i).equals("the")) {
            return -1;
        }
        if (lexicon.ofDemonym(w.folded(i)) != null) {
            // "Ukrainian Ground Forces": a state's forces, not a new group; but a nationality before a name of its own
            // is part of it ("the Rwandan Patriotic Front", whose acronym RPF the text writes later)
            int rest = i + 1 < w.size() && w.capitalized(i + 1) && Words.joinable(w.gapAfter(i)) ? namedGroupEnd(w, i + 1) : -1;
            return rest > i + 1 ? rest : -1;
        }
        if (groupWords.contains(w.folded(i)) && i + 2 < w.size() && nameJoiners.contains(w.folded(i + 1))
                && !w.folded(i + 1).equals("the") && Words.joinable(w.gapAfter(i))) {
            // "the Movement for the Emancipation of the Niger Delta", "the Front for the Liberation of X": a group's word
            // first, then "for"/"of" and the name of its cause
            int last = -1;
            for (int k = i + 1; k < w.size() && k - i < 10 && Words.joinable(w.gapAfter(k - 1)); k++) {
                if (w.capitalized(k)) {
                    last = k;
                } else if (!nameJoiners.contains(w.folded(k))) {
                    break;
                }
            }
            if (last > i + 1) {
                return last;
            }
        }
        int end = -1;
        boolean proper = numbered(w.folded(i));
        for (int k = i; k < w.size() && k - i < 8; k++) {
            String f = w.folded(k);
            boolean word = w.capitalized(k) || k == i && numbered(f) || k > i && nameJoiners.contains(f);
            if (!word || k > i && !Words.joinable(w.gapAfter(k - 1)) || k > i && endsName(w, k, proper)) {
                break;
            }
            proper |= w.capitalized(k) && !genericWords.contains(f) && !groupWords.contains(f);
            if (k > i && groupWords.contains(f) && w.capitalized(k) && proper) {
                end = k;
            }
        }
        return end >= 0 ? end : membersOfAcronymed(w, i);
    }

    /**
     * "Fighters of the Liberians United for Reconciliation and Democracy (LURD)", "militiamen of the Union of Congolese
     * Patriots (UPC)": a name with no word of a group's, whose fighters the text names and whose acronym it writes after
     * it, is an armed group; the end of the name, or -1.
     */
    private int membersOfAcronymed(Words w, int i) {
        int b = i - 1;
        if (b >= 0 && w.folded(b).equals("the")) {
            b--;
        }
        if (b < 1 || !w.folded(b).equals("of") || !memberNouns.contains(w.folded(b - 1))) {
            return -1;
        }
        int last = -1;
        for (int k = i; k < w.size() && k - i < 9; k++) {
            boolean word = w.capitalized(k) || k > i && nameJoiners.contains(w.folded(k));
            if (!word || k > i && !Words.joinable(w.gapAfter(k - 1))) {
                break;
            }
            if (w.capitalized(k)) {
                last = k;
            }
            if (w.capitalized(k) && last + 1 < w.size() && w.gapAfter(k).strip().equals("(")
                    && ActorLexicon.writtenAcronym(w.word(k + 1)) && w.gapAfter(k + 1).startsWith(")")) {
                return k > i ? k : -1;
            }
        }
        return -1;
    }

    /**
     * Whether a lexicon phrase at word {@code k} ends the name being read: a named actor does ("the Raqqa Brigade HTS
     * …"), a description does not ("the National Liberation Army": "Army" is a word of the name), and neither does a
     * state's forces after a proper word of the name ("the Free Syrian Army" is no Syrian army).
     */
    private boolean endsName(Words w, int k, boolean proper) {
        PhraseTrie.Match<ActorLexicon.Entry> m = lexicon.match(w, k);
        if (m == null || m.value().actor() == null) {
            return false;
        }
        return !(proper && m.value().actor().kind().equals("state_forces"));
    }

    /**
     * The side token of a named group the lexicon does not know, as the guidelines' tokens go ("rsf", "jnim", "m23"):
     * the acronym written after its name ("the Libyan National Army (LNA)"), else the initials of its name's words
     * ("Haftar's Libyan National Army" → lna, the possessor left out); null when fewer than two.
     */
    private String ownSide(Words w, int i, int end) {
        if (end + 1 < w.size() && w.gapAfter(end).endsWith("(") && w.gapAfter(end + 1).startsWith(")")) {
            String acronym = w.word(end + 1);
            if (ActorLexicon.writtenAcronym(acronym)) {
                return acronym.toLowerCase(java.util.Locale.ROOT);
            }
        }
        StringBuilder initials = new StringBuilder();
        for (int k = i; k <= end; k++) {
            // the possessor before a name is left out ("Haftar's Libyan National Army"), a possessive inside it is not
            // ("Eritrean People's Liberation Front" → eplf)
            if (w.capitalized(k) && !(w.possessive(k) && k == i) && !nameJoiners.contains(w.folded(k))) {
                initials.append(w.folded(k).charAt(0));
            }
        }
        return initials.length() >= 2 ? initials.toString() : null;
    }

    /** The kind of an acronym's candidate actor ({@link #tag}): no actor until resolution finds whose it is. */
    public static final String ACRONYM = "acronym";

    /** An ordinal written in figures ("47th", "3rd"): the name of a state's unit. */
    private static boolean numbered(String folded) {
        return folded.length() >= 3 && Character.isDigit(folded.charAt(0))
                && (folded.endsWith("th") || folded.endsWith("st") || folded.endsWith("nd") || folded.endsWith("rd"))
                && folded.chars().limit(folded.length() - 2).allMatch(Character::isDigit);
    }

    /** A name ending at word {@code last} joined by a hyphen to a word that makes it qualify another actor ("Al-Qaeda-affiliated"). */
    private boolean patronOnly(Words w, int last) {
        return last + 1 < w.size() && w.gapAfter(last).equals("-") && patronSuffixes.contains(w.folded(last + 1));
    }

    /** Longest-match, left to right, non-overlapping; a match that a longer one overlapping its end replaces is dropped. */
    public List<Raw> tag(Words w) {
        List<Raw> out = new ArrayList<>();
        int i = 0;
        while (i < w.size()) {
            PhraseTrie.Match<ActorLexicon.Entry> m = lexicon.match(w, i);
            Aligned al = m == null ? aligned(w, i) : null; // a name in the lexicon ("pro-Turkish factions") first
            if (al != null) {
                if (al.entry() != null) {
                    out.add(new Raw(new Span(w.start(i), w.end(al.last())), w.text(i, al.last()), al.entry(), i, al.last()));
                }
                i = al.last() + 1;
                continue;
            }
            if (m == null) {
                m = lexicon.stateForces(w, i);
            }
            if (m == null) {
                int end = namedGroupEnd(w, i);
                if (end > i) {
                    // a named armed group the lexicon does not know ("the Northern Storm Brigade"): a new actor of
                    // its own, never the conflict's default one
                    String name = w.text(i, end);
                    boolean unit = numbered(w.folded(i));
                    // a numbered unit is a state's: the one a country's possessive names ("Russia's 14th Army"), else
                    // the document's
                    ActorLexicon.Actor owner = unit && i > 0 && w.possessive(i - 1) ? lexicon.ofCountryName(w.folded(i - 1)) : null;
                    ActorLexicon.Actor a = new ActorLexicon.Actor(name, unit ? owner == null ? null : owner.side() : ownSide(w, i, end),
                            unit ? "state_forces" : "armed_group");
                    out.add(new Raw(new Span(w.start(i), w.end(end)), name, new ActorLexicon.Entry(a, null, false), i, end));
                    i = end + 1;
                    continue;
                }
                String word = w.word(i);
                if (ActorLexicon.writtenAcronym(word)) {
                    // an acronym the lexicon does not know ("the LNA captured"): a candidate for the group a name of
                    // the document abbreviates so, which resolution keeps only then (ActorResolver)
                    ActorLexicon.Actor a = new ActorLexicon.Actor(word, word.toLowerCase(java.util.Locale.ROOT), ACRONYM);
                    out.add(new Raw(new Span(w.start(i), w.end(i)), word, new ActorLexicon.Entry(a, null, true), i, i));
                }
                i++;
                continue;
            }
            int last = i + m.words() - 1;
            if (patronOnly(w, last)) {
                i = last + 1; // "Al-Qaeda-affiliated Hay'at Tahrir al-Sham": the name only qualifies the group after it
                continue;
            }
            if (longerInside(w, i, last)) {
                i++; // "The regime's army": "regime's army" (a name) over "the regime" (a description) and "army"
                continue;
            }
            PhraseTrie.Match<ActorLexicon.Entry> of = partOf(w, m, last);
            if (of != null) {
                // "fighters from the opposition factions": the words name part of that actor
                int end = last + 2 + (w.folded(last + 2).equals("the") ? 1 : 0) + of.words() - 1;
                out.add(new Raw(new Span(w.start(i), w.end(end)), w.text(i, end), of.value(), i, end));
                i = end + 1;
                continue;
            }
            out.add(new Raw(new Span(w.start(i), w.end(last)), w.text(i, last), m.value(), i, last));
            i = last + 1;
        }
        return out;
    }
}
