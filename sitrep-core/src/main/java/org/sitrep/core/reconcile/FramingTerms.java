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

    private static final java.util.regex.Pattern WORD_PAIR = java.util.regex.Pattern.compile("([\\p{L}][\\p{L}'’-]*)\\s+([\\p{L}]+)");

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
            java.util.regex.Matcher m = WORD_PAIR.matcher(sentence);
            int from = 0;
            while (from < sentence.length() && m.find(from)) {
                String word = m.group(1);
                String noun = m.group(2);
                Span span = new Span(ss.start() + m.start(), ss.start() + m.end());
                if (territory.contains(Fold.fold(noun))) {
                    ActorMention holder = namedWith(x, word);
                    if (holder != null) {
                        String term = word + " " + noun;
                        out.add(new FramingTerm(term, holder.side(), holder.actorId(), isLoaded(term), "label", sent.getKey(), span, sentence));
                    }
                }
                if (insurgents != null && warNames.contains(Fold.fold(noun))) {
                    Span ns = new Span(ss.start() + m.start(2), ss.start() + m.end(2));
                    out.add(new FramingTerm(noun, insurgents, null, isLoaded(noun), "war name", sent.getKey(), ns, sentence));
                }
                from = m.start(2); // the second word may start the next pair
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
