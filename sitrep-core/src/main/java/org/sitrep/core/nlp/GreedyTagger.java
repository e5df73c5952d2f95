package org.sitrep.core.nlp;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Greedy (left-to-right, one hypothesis) decoding of an OpenNLP maximum-entropy POS model. It picks, word by word,
 * the tag with the largest summed feature weight — the tag OpenNLP's beam search of width one picks, whose
 * probabilities are a monotone function of those sums.
 *
 * <p>The sum is computed by parts. The model's features for word i are those of word i itself (affixes, shape,
 * the word), the words at i-2, i-1, i+1, i+2 as window features ("p1w=…"), whether i-k is the sentence start, and
 * the previous one or two tags. Each word's contribution at each of the five window offsets is summed once and
 * kept (a bounded cache per thread), as are the contributions of sentence starts and tags, so tagging a word is
 * seven vector additions instead of building and looking up some twenty feature strings. The decomposition is
 * checked against the model's own feature generator when the tagger is built; if the model's features differ
 * (another feature configuration), the tagger generates features with OpenNLP's generator for every word
 * instead. Not thread-safe; use one per thread.
 */
final class GreedyTagger {
    private static final int WORD_CACHE = 30_000;
    private static final String[] WINDOW = {"p2", "p1", "", "n1", "n2"};

    private final POSContextGenerator features;
    private final Map<String, Context> weights;
    private final String[] tags;
    private final int k;
    private final boolean decomposed;
    /**
     * Per word: its contributions at offsets -2, -1, 0, +1, +2 (as seen from the word being tagged), k each. Two
     * generations: when the young one is full it becomes the old one, and a word found only in the old one moves
     * back, so the words a stream keeps using stay cached while one-off names (places, people) age out.
     */
    private Map<String, double[][]> words = new HashMap<>();
    private Map<String, double[][]> oldWords = new HashMap<>();
    /** Per position 0, 1, 2: the sentence-start features' contribution. */
    private final double[][] start;
    /** Per previous tag, and per pair of previous tags. */
    private final double[][] tag1;
    private final double[][] tag2;
    /** k zeros: a part that is absent (no word there, no previous tag, a window feature the model lacks). */
    private final double[] zero;
    /**
     * Per tag: the words a closed class holds (pronouns, determiners, conjunctions, adpositions, auxiliaries,
     * particles), or null for an open class. A word with a letter that is not among a closed class's words never
     * gets its tag: a greedy decoder's slip ("said separatists shelled/PRON", "overran/ADP") then goes to the best
     * tag the word may have, instead of sending a verb to the rules as a pronoun.
     */
    private final Set<String>[] closed;
    /** Past forms of verbs (the pack's irregular-verbs.tsv): a slip on one of them falls back to the verb tag. */
    private final Set<String> verbForms;
    /** The index of the verb tag, or -1. */
    private final int verbTag;

    private GreedyTagger(POSContextGenerator features, Map<String, Context> weights, String[] tags,
                         Map<String, Set<String>> closedWords, Set<String> verbForms) {
        this.features = features;
        this.weights = weights;
        this.tags = tags;
        this.k = tags.length;
        @SuppressWarnings("unchecked")
        Set<String>[] c = new Set[k];
        for (int x = 0; x < k; x++) {
            c[x] = closedWords.get(tags[x]);
        }
        this.closed = c;
        this.verbForms = verbForms;
        this.verbTag = Arrays.asList(tags).indexOf("VERB");
        this.zero = new double[k];
        this.start = new double[3][];
        for (int i = 0; i < 3; i++) {
            start[i] = sum(List.of((i == 0 ? "" : WINDOW[2 - i]) + "S=begin"));
        }
        this.tag1 = new double[k][];
        this.tag2 = new double[k * k][];
        for (int a = 0; a < k; a++) {
            tag1[a] = sum(List.of("t=" + tags[a]));
            for (int b = 0; b < k; b++) {
                tag2[a * k + b] = sum(List.of("t2=" + tags[a] + "," + tags[b]));
            }
        }
        this.decomposed = decompositionHolds();
    }

    /**
     * A greedy decoder for the model, or null when the model is not a maximum-entropy model without a tag
     * dictionary (then the caller keeps OpenNLP's own tagger).
     */
    @SuppressWarnings("unchecked")
    static GreedyTagger of(POSModel model, Map<String, Set<String>> closedWords, Set<String> verbForms) {
        Object artifact = model.getArtifact("pos.model");
        if (!(artifact instanceof AbstractModel m) || model.getFactory().getTagDictionary() != null) {
            return null;
        }
        Object[] data = m.getDataStructures();
        if (data.length < 3 || !(data[1] instanceof Map<?, ?> map) || !(data[2] instanceof String[] outcomes)) {
            return null;
        }
        return new GreedyTagger(model.getFactory().getPOSContextGenerator(0), (Map<String, Context>) map, outcomes,
                closedWords, verbForms);
    }

    /** True when this tagger sums features by parts (the model's feature configuration is the expected one). */
    boolean decomposed() {
        return decomposed;
    }

    /** One tag per word; a closed class's tag only for its own words. */
    String[] tag(String[] sentence) {
        return decomposed ? tagByParts(sentence, true) : tagByFeatures(sentence, true);
    }

    /** One tag per word, the model's best whatever the word: OpenNLP's own decoding of the same model. */
    String[] tagUnconstrained(String[] sentence) {
        return decomposed ? tagByParts(sentence, false) : tagByFeatures(sentence, false);
    }

    /**
     * The model's best tag {@code best} for word {@code w} if the word may have it; else, for a listed past form of a
     * verb, the verb's tag ("militants overran/ADP"), and for any other word the next best tag it may have by its
     * {@code score}s.
     */
    private int allowed(int best, String w, double[] score) {
        if (admits(best, w)) {
            return best;
        }
        if (verbTag >= 0 && verbForms.contains(w.toLowerCase(java.util.Locale.ROOT))) {
            return verbTag;
        }
        int next = -1;
        for (int x = 0; x < k; x++) {
            if (admits(x, w) && (next < 0 || score[x] > score[next])) {
                next = x;
            }
        }
        return next;
    }

    /** Whether word w may have tag x: any word an open class, a closed class only its own words and words without a letter. */
    private boolean admits(int x, String w) {
        Set<String> words = closed[x];
        if (words == null || words.contains(w)) {
            return true;
        }
        boolean letter = false;
        for (int i = 0; i < w.length() && !letter; i++) {
            letter = Character.isLetter(w.charAt(i));
        }
        return !letter || words.contains(w.toLowerCase(java.util.Locale.ROOT));
    }

    private String[] tagByParts(String[] sentence, boolean constrained) {
        int n = sentence.length;
        String[] out = new String[n];
        double[][][] parts = new double[n][][];
        for (int i = 0; i < n; i++) {
            parts[i] = word(sentence[i]);
        }
        double[] none = zero;
        double[] score = new double[k];
        int prev = -1;
        int prev2 = -1;
        for (int i = 0; i < n; i++) {
            // the seven parts of word i's score, summed and compared in one pass over the tags; the word two before
            // contributes its "p2" slot (0), the word before its "p1" slot (1), and so on
            double[] self = parts[i][2];
            double[] m2 = i >= 2 ? parts[i - 2][0] : none;
            double[] m1 = i >= 1 ? parts[i - 1][1] : none;
            double[] p1 = i + 1 < n ? parts[i + 1][3] : none;
            double[] p2 = i + 2 < n ? parts[i + 2][4] : none;
            double[] st = i < 3 ? start[i] : none;
            double[] t1 = prev >= 0 ? tag1[prev] : none;
            double[] t2 = prev2 >= 0 ? tag2[prev2 * k + prev] : none;
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int x = 0; x < k; x++) {
                double v = self[x] + m2[x] + m1[x] + p1[x] + p2[x] + st[x] + t1[x] + t2[x];
                score[x] = v;
                if (v > bestScore) {
                    bestScore = v;
                    best = x;
                }
            }
            if (constrained) {
                best = allowed(best, sentence[i], score);
            }
            prev2 = prev;
            prev = best;
            out[i] = tags[best];
        }
        return out;
    }

    private String[] tagByFeatures(String[] sentence, boolean constrained) {
        String[] out = new String[sentence.length];
        for (int i = 0; i < sentence.length; i++) {
            double[] s = sum(Arrays.asList(features.getContext(i, sentence, Arrays.copyOf(out, i), null)));
            int best = argmax(s);
            out[i] = tags[constrained ? allowed(best, sentence[i], s) : best];
        }
        return out;
    }

    /**
     * A word's contributions at the five window offsets, k each. A window feature the model does not have (most
     * words' "p1w=…" and the like: the model keeps them for frequent words only) is the shared zero vector, so a
     * rare word costs one vector of its own, not five.
     */
    private double[][] word(String w) {
        double[][] v = words.get(w);
        if (v != null) {
            return v;
        }
        v = oldWords.get(w);
        if (v != null) {
            remember(w, v);
            return v;
        }
        v = new double[5][];
        String[] own = features.getContext(0, new String[]{w}, new String[0], null);
        List<String> local = new ArrayList<>();
        String token = null;
        for (String f : own) {
            if (f.startsWith("w=")) {
                token = f;
            }
            if (!f.equals("S=begin")) {
                local.add(f);
            }
        }
        v[2] = sum(local);
        for (int slot = 0; slot < 5; slot++) {
            if (slot != 2) {
                // the word seen from the tagged word at offset (slot - 2) is that word's window feature:
                // e.g. the word before (slot 1) gives "p1w=…"
                String feature = token == null ? null : WINDOW[slot] + token;
                v[slot] = feature == null || !weights.containsKey(feature) ? zero : sum(List.of(feature));
            }
        }
        remember(w, v);
        return v;
    }

    private void remember(String w, double[][] v) {
        if (words.size() >= WORD_CACHE) {
            oldWords = words;
            words = new HashMap<>();
        }
        words.put(w, v);
    }

    private double[] sum(List<String> feats) {
        double[] s = new double[k];
        MaxentSums.add(weights, feats, s);
        return s;
    }

    private static int argmax(double[] s) {
        int best = 0;
        for (int x = 1; x < s.length; x++) {
            if (s[x] > s[best]) {
                best = x;
            }
        }
        return best;
    }

    /** The model's features for a probe sentence are exactly the parts summed by {@link #tagByParts}. */
    private boolean decompositionHolds() {
        String[] probe = {"Rebels", "captured", "Hama's", "al-Ghab", "on", "3", "Dec", ",", "U.S.", "officials", "said", "."};
        String[] prior = new String[probe.length];
        Arrays.fill(prior, tags[0]);
        if (k > 1) {
            prior[1] = tags[1];
        }
        for (int i = 0; i < probe.length; i++) {
            Set<String> expected = new HashSet<>();
            for (int off = -2; off <= 2; off++) {
                int j = i + off;
                if (j < 0 || j >= probe.length) {
                    continue;
                }
                for (String f : features.getContext(0, new String[]{probe[j]}, new String[0], null)) {
                    if (off == 0 && !f.equals("S=begin")) {
                        expected.add(f);
                    } else if (off != 0 && f.startsWith("w=")) {
                        expected.add(WINDOW[off + 2] + f);
                    }
                }
                if (j == 0) {
                    expected.add((off == 0 ? "" : WINDOW[off + 2]) + "S=begin");
                }
            }
            if (i >= 1) {
                expected.add("t=" + prior[i - 1]);
            }
            if (i >= 2) {
                expected.add("t2=" + prior[i - 2] + "," + prior[i - 1]);
            }
            String[] actual = features.getContext(i, probe, Arrays.copyOf(prior, i), null);
            if (actual.length != expected.size() || !expected.equals(new HashSet<>(Arrays.asList(actual)))) {
                return false;
            }
        }
        return true;
    }
}
