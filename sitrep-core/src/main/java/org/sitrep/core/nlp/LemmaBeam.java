package org.sitrep.core.nlp;

import java.util.PriorityQueue;

import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The lemma classes (short edit scripts) of a sequence of words, found by the beam search OpenNLP's lemmatizer runs
 * ({@code LemmatizerME} with the model's beam, three) and giving the same classes, at a fraction of its cost.
 *
 * <p>At each word, each of the best {@code k} partial sequences so far is extended by every class whose probability
 * is at least the k-th largest of that step's probabilities, and the best {@code k} extensions (by summed log
 * probability, ties in the order a priority queue gives them) go on. OpenNLP finds that k-th largest probability by
 * sorting all of them (860 classes for the English model) for every extension of every word, which was most of
 * the lemmatizer's time: here it is a single pass keeping the k largest. And the partial sequences extended at a word
 * usually differ only before the word before it, which the model's features do not see, so they give the word the
 * same features: its probabilities are computed once per distinct set of features, not once per partial sequence.
 * Where all of them give it the same features, not even once: the sequences are extended from the model's summed
 * scores, whose order is that of the probabilities and whose normaliser is common to all ({@link #extendBySums}).
 * The candidates and their order are otherwise those of the library's search, so the result is the same sequence
 * (checked against {@code LemmatizerME} in the tests). The model's sequence validator accepts every
 * class and is not consulted.
 * Not thread-safe; use one per thread.
 */
final class LemmaBeam {
    /** The log probability below which a sequence is dropped (OpenNLP's floor). */
    private static final double FLOOR = -100000;

    private final MaxentModel model;
    private final LemmatizerContextGenerator features;
    private final int k;
    private final double[] probs;
    private final double[] largest;
    /** The features, probabilities and k-th largest probability of each distinct context of the word being extended. */
    private final String[][] contexts;
    private final double[][] scored;
    private final double[] mins;

    /**
     * The model's parameters by feature and its uniform log prior, for summing a context's scores without the
     * exponentials ({@link #sums}); null when the model's probabilities are not those of such sums (checked when made).
     */
    private final java.util.Map<String, Context> parameters;
    private final double logPrior;
    /** A context's summed scores: the logs of its probabilities before they are normalised. */
    private final double[] summed;

    private LemmaBeam(MaxentModel model, LemmatizerContextGenerator features, int k) {
        this.model = model;
        this.features = features;
        this.k = k;
        this.probs = new double[model.getNumOutcomes()];
        this.largest = new double[k];
        this.contexts = new String[k][];
        this.scored = new double[k][model.getNumOutcomes()];
        this.mins = new double[k];
        this.summed = new double[model.getNumOutcomes()];
        this.logPrior = logPriorOf(model);
        this.parameters = parametersOf(model);
    }

    /**
     * The parameters of a GIS model whose probabilities are the exponentials of a uniform log prior plus the summed
     * parameters of a context's features, normalised (OpenNLP's {@code GISModel} with its {@code UniformPrior}):
     * checked on {@link #CHECKED_CONTEXTS} random contexts of the model's own features against its {@code eval}, bit
     * for bit; else null.
     */
    @SuppressWarnings("unchecked")
    static java.util.Map<String, Context> parametersOf(MaxentModel m) {
        double logPrior = logPriorOf(m);
        if (!(m instanceof opennlp.tools.ml.maxent.GISModel gis)) {
            return null;
        }
        Object[] data = gis.getDataStructures();
        if (!(data.length > 1 && data[1] instanceof java.util.Map<?, ?> map)) {
            return null;
        }
        java.util.Map<String, Context> params = (java.util.Map<String, Context>) map;
        java.util.List<String> names = new java.util.ArrayList<>(params.keySet()); // (unsorted: made at start-up)
        java.util.Random r = new java.util.Random(1);
        double[] sums = new double[m.getNumOutcomes()];
        double[] mine = new double[m.getNumOutcomes()];
        for (int n = 0; n < CHECKED_CONTEXTS && !names.isEmpty(); n++) {
            String[] context = new String[1 + r.nextInt(12)];
            for (int i = 0; i < context.length; i++) {
                context[i] = i == 0 && n % 4 == 0 ? "no such feature" : names.get(r.nextInt(names.size()));
            }
            sums(params, logPrior, context, sums);
            double z = 0;
            for (int o = 0; o < sums.length; o++) {
                mine[o] = StrictMath.exp(sums[o]);
                z += mine[o];
            }
            for (int o = 0; o < sums.length; o++) {
                mine[o] /= z;
            }
            if (!java.util.Arrays.equals(mine, m.eval(context, new double[m.getNumOutcomes()]))) {
                return null;
            }
        }
        return params;
    }

    /** The log of a uniform prior over the model's classes, as OpenNLP's {@code UniformPrior} computes it. */
    private static double logPriorOf(MaxentModel m) {
        return StrictMath.log(1.0 / m.getNumOutcomes());
    }

    /** Contexts on which {@link #parametersOf} compares its sums with the model's probabilities. */
    private static final int CHECKED_CONTEXTS = 8;

    /** A context's scores as the model sums them: the log prior, then each known feature's parameters in order. */
    private static void sums(java.util.Map<String, Context> params, double logPrior, String[] context, double[] out) {
        java.util.Arrays.fill(out, logPrior);
        MaxentSums.add(params, java.util.Arrays.asList(context), out);
    }

    /**
     * A search over the model's maximum-entropy classifier, or null when the model holds none (a sequence model of
     * another kind: then the library's lemmatizer must be used).
     */
    static LemmaBeam of(LemmatizerModel m) {
        Object maxent = m.getArtifact("lemmatizer.model");
        if (!(maxent instanceof MaxentModel model)) {
            return null;
        }
        // the beam LemmatizerME takes: the model's own, else the library's default
        String beam = m.getManifestProperty(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER);
        return new LemmaBeam(model, m.getFactory().getContextGenerator(),
                beam == null ? opennlp.tools.lemmatizer.LemmatizerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam));
    }

    /** A partial sequence: the one it extends, its last class, its summed log probability and its length. */
    private record Node(Node parent, String outcome, double score, int size) implements Comparable<Node> {
        String[] outcomes() {
            String[] out = new String[size];
            Node n = this;
            for (int i = size - 1; i >= 0; i--) {
                out[i] = n.outcome;
                n = n.parent;
            }
            return out;
        }

        @Override
        public int compareTo(Node o) {
            return Double.compare(o.score, score);
        }
    }

    /** The best sequence of lemma classes of the words with their tags. */
    String[] classes(String[] words, String[] tags) {
        PriorityQueue<Node> prev = new PriorityQueue<>(k);
        PriorityQueue<Node> next = new PriorityQueue<>(k);
        prev.add(new Node(null, null, 0, 0));
        Node[] tops = new Node[k];
        String[][] topContexts = new String[k][];
        for (int i = 0; i < words.length; i++) {
            int extend = Math.min(k, prev.size());
            int popped = 0;
            boolean oneContext = true;
            for (int e = 0; e < extend && !prev.isEmpty(); e++) {
                tops[popped] = prev.remove();
                topContexts[popped] = features.getContext(i, words, tags, tops[popped].outcomes());
                oneContext &= java.util.Arrays.equals(topContexts[popped], topContexts[0]);
                popped++;
            }
            if (!(oneContext && parameters != null && extendBySums(next, tops, popped, topContexts[0]))) {
                extendByProbabilities(next, tops, popped, topContexts);
            }
            prev.clear();
            PriorityQueue<Node> t = prev;
            prev = next;
            next = t;
        }
        return prev.isEmpty() ? new String[0] : prev.remove().outcomes();
    }

    /** Extends the partial sequences, each with the features it gives the word, by the model's probabilities. */
    private void extendByProbabilities(PriorityQueue<Node> next, Node[] tops, int popped, String[][] topContexts) {
        byProbabilities++;
        int evaluated = 0;
        for (int e = 0; e < popped; e++) {
            Node top = tops[e];
            String[] context = topContexts[e];
            // partial sequences that differ only before the last word usually give the word the same features
            // (the model looks one class back): their probabilities are the same, computed once
            int seen = 0;
            while (seen < evaluated && !java.util.Arrays.equals(contexts[seen], context)) {
                seen++;
            }
            if (seen == evaluated) {
                contexts[seen] = context;
                System.arraycopy(model.eval(context, probs), 0, scored[seen], 0, probs.length);
                mins[seen] = kthLargest(scored[seen], k, largest);
                evaluated++;
            }
            double[] scores = scored[seen];
            double min = mins[seen];
            for (int p = 0; p < scores.length; p++) {
                if (scores[p] >= min) {
                    offer(next, top, p, scores[p]);
                }
            }
            if (next.isEmpty()) {
                for (int p = 0; p < scores.length; p++) {
                    offer(next, top, p, scores[p]);
                }
            }
        }
    }

    /**
     * Extends the partial sequences, which all give the word the same features, without the model's exponentials:
     * a class's log probability is its summed score less the log of the context's normaliser, which is the same for
     * every extension of the step and so for every sequence after it, and changes none of their order; each sequence
     * is extended by the classes whose score is at least the k-th largest, as by their probabilities. A sequence's
     * score then differs from the library's by the same amount for all, and its log of the largest score's
     * probability (about zero for a confident class) is taken as zero. Declines (false, nothing offered) when a
     * class taken could have a probability too small for a double (the library drops those as impossible).
     */
    private boolean extendBySums(PriorityQueue<Node> next, Node[] tops, int popped, String[] context) {
        double[] s = summed;
        sums(parameters, logPrior, context, s);
        double kth = kthLargest(s, k, largest);
        double max = largest[Math.min(k, s.length) - 1]; // the k largest, ascending
        if (!(kth - max > UNDERFLOW_MARGIN)) {
            return false;
        }
        bySums++;
        for (int e = 0; e < popped; e++) {
            Node top = tops[e];
            for (int p = 0; p < s.length; p++) {
                if (s[p] >= kth) {
                    next.add(new Node(top, model.getOutcome(p), top.score + (s[p] - max), top.size + 1));
                }
            }
        }
        return true;
    }

    /** Steps (words) extended by {@link #extendBySums} since this search was made: for tests. */
    long bySums;
    /** Steps extended from the model's probabilities since this search was made: for tests. */
    long byProbabilities;

    /** Whether the model's probabilities were found to be its summed parameters, normalised (see {@link #parametersOf}). */
    boolean sumsKnown() {
        return parameters != null;
    }

    /** How far below the best a class's summed score may lie for its probability to be a normal double (e^-700). */
    private static final double UNDERFLOW_MARGIN = -700;

    private void offer(PriorityQueue<Node> next, Node top, int p, double prob) {
        Node n = new Node(top, model.getOutcome(p), top.score + StrictMath.log(prob), top.size + 1);
        if (n.score > FLOOR) {
            next.add(n);
        }
    }

    /**
     * The k-th largest of the values counting repeats (the smallest when there are fewer than k): what sorting them
     * ascending puts at index {@code length - k}; {@code largest} holds at least k values of scratch.
     */
    static double kthLargest(double[] v, int k, double[] largest) {
        int n = Math.min(k, v.length);
        int filled = 0;
        // largest[0..filled) ascending (in Double.compare's order, a sort's): the largest values seen so far
        for (double x : v) {
            if (filled < n) {
                int j = filled++;
                while (j > 0 && Double.compare(largest[j - 1], x) > 0) {
                    largest[j] = largest[j - 1];
                    j--;
                }
                largest[j] = x;
            } else if (Double.compare(x, largest[0]) > 0) {
                int j = 0;
                while (j + 1 < n && Double.compare(largest[j + 1], x) < 0) {
                    largest[j] = largest[j + 1];
                    j++;
                }
                largest[j] = x;
            }
        }
        return largest[0];
    }
}
