package org.sitrep.core.nlp;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.sitrep.core.model.Span;
import org.sitrep.core.text.Resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sentence splitting, tokenisation, UD part-of-speech tagging and lemmatisation with Apache OpenNLP and its English
 * UD-EWT models (Maven Central, Apache-2.0). Lines of the cleaned text are hard sentence boundaries. Tokens come
 * from OpenNLP's rule-based tokenizer with UD conventions restored ({@link UdTokens}); the statistical tokenizer
 * was the slowest stage and buys nothing the event grammar uses. Models load
 * once per JVM; the OpenNLP tools are not thread-safe, so each thread gets its own. This class is thread-safe.
 */
public final class Annotator {
    /** A sentence longer than this many characters is cut into pieces of at most this size before tagging. */
    public static final int MAX_SENTENCE_CHARS = 2000;

    private static final String SENT = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEM = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static final class Models {
        static final SentenceModel SENTENCE = load(SENT, SentenceModel::new);
        static final POSModel TAGS = greedy(load(POS, POSModel::new));
        static final LemmatizerModel LEMMAS = load(LEM, LemmatizerModel::new);
    }

    /**
     * The same UD tagging model decoded greedily (beam size 1): about three times faster than the default beam of
     * three, at a small cost in accuracy on ambiguous words.
     */
    private static POSModel greedy(POSModel m) {
        Object maxent = m.getArtifact("pos.model");
        if (!(maxent instanceof opennlp.tools.ml.model.MaxentModel model)) {
            return m;
        }
        return new POSModel("en", model, 1, null, m.getFactory());
    }

    private interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> T load(String path, Loader<T> loader) {
        try (InputStream in = Resources.open(path)) {
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load OpenNLP model " + path, e);
        }
    }

    private static final ThreadLocal<SentenceDetectorME> SENTENCES = ThreadLocal.withInitial(() -> new SentenceDetectorME(Models.SENTENCE));
    private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(Models.TAGS));
    private static final ThreadLocal<GreedyTagger> GREEDY = ThreadLocal.withInitial(() -> GreedyTagger.of(Models.TAGS));
    private static final ThreadLocal<LemmatizerME> LEMMATIZER = ThreadLocal.withInitial(() -> new LemmatizerME(Models.LEMMAS));

    /** Splits the cleaned text into sentences (not yet analysed). */
    public List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                splitLine(text, lineStart, i, out);
                lineStart = i + 1;
            }
        }
        return out;
    }

    private void splitLine(String text, int from, int to, List<Sentence> out) {
        String line = text.substring(from, to);
        if (line.isBlank()) {
            return;
        }
        for (opennlp.tools.util.Span s : SENTENCES.get().sentPosDetect(line)) {
            int a = from + s.getStart();
            int b = from + s.getEnd();
            while (b - a > MAX_SENTENCE_CHARS) {
                int cut = a + MAX_SENTENCE_CHARS;
                while (cut > a + MAX_SENTENCE_CHARS / 2 && !Character.isWhitespace(text.charAt(cut))) {
                    cut--;
                }
                add(text, a, cut, out);
                a = cut;
            }
            add(text, a, b, out);
        }
    }

    private static void add(String text, int a, int b, List<Sentence> out) {
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (b > a) {
            out.add(new Sentence(out.size(), new Span(a, b), text.substring(a, b), List.of()));
        }
    }

    /** Tokens, UD tags and lemmas for one sentence; returns a new, analysed sentence. */
    public Sentence analyze(Sentence s) {
        opennlp.tools.util.Span[] spans = UdTokens.tokenize(s.text());
        String[] texts = new String[spans.length];
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            texts[i] = s.text().substring(spans[i].getStart(), spans[i].getEnd());
            words[i] = normalizeQuotes(texts[i]);
        }
        String[] tags = tags(words);
        String[] lemmas = lemmas(words, tags);
        List<Token> tokens = new ArrayList<>(spans.length);
        int base = s.span().start();
        for (int i = 0; i < spans.length; i++) {
            String lemma = lemmas[i] == null || lemmas[i].equals("O") ? words[i] : lemmas[i];
            tokens.add(new Token(new Span(base + spans[i].getStart(), base + spans[i].getEnd()),
                    texts[i], tags[i], lemma.toLowerCase(Locale.ROOT)));
        }
        return new Sentence(s.index(), s.span(), s.text(), tokens);
    }

    /** UD tags by greedy decoding of the tagging model ({@link GreedyTagger}), or by OpenNLP's tagger if it cannot. */
    static String[] tags(String[] words) {
        GreedyTagger g = GREEDY.get();
        return g != null ? g.tag(words) : TAGGER.get().tag(words);
    }

    /** True when tagging sums the model's features by parts ({@link GreedyTagger#decomposed}). */
    static boolean taggingByParts() {
        GreedyTagger g = GREEDY.get();
        return g != null && g.decomposed();
    }

    /** OpenNLP's own tagger with the same greedy model, for comparison with {@link #tags}. */
    static String[] openNlpTags(String[] words) {
        return TAGGER.get().tag(words);
    }

    /** Lemmas are token-local in the UD lemmatizer's features, so they are cached by (word, tag): a map per tag. */
    private static final int LEMMA_CACHE_SIZE = 200_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.ConcurrentHashMap<String, String>> LEMMA_CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicInteger LEMMA_CACHED = new java.util.concurrent.atomic.AtomicInteger();

    private static String[] lemmas(String[] words, String[] tags) {
        String[] out = new String[words.length];
        int missing = 0;
        for (int i = 0; i < words.length; i++) {
            if (ownLemma(words[i], tags[i], i)) {
                out[i] = words[i];
                continue;
            }
            java.util.concurrent.ConcurrentHashMap<String, String> byWord = LEMMA_CACHE.get(tags[i]);
            out[i] = byWord == null ? null : byWord.get(words[i]);
            if (out[i] == null) {
                missing++;
            }
        }
        if (missing > 0) {
            String[] w = new String[missing];
            String[] t = new String[missing];
            int[] at = new int[missing];
            for (int i = 0, k = 0; i < words.length; i++) {
                if (out[i] == null) {
                    w[k] = words[i];
                    t[k] = tags[i];
                    at[k++] = i;
                }
            }
            String[] l = LEMMATIZER.get().lemmatize(w, t);
            if (LEMMA_CACHED.get() > LEMMA_CACHE_SIZE) {
                LEMMA_CACHE.clear();
                LEMMA_CACHED.set(0);
            }
            for (int k = 0; k < w.length; k++) {
                out[at[k]] = l[k];
                if (LEMMA_CACHE.computeIfAbsent(t[k], x -> new java.util.concurrent.ConcurrentHashMap<>()).put(w[k], l[k]) == null) {
                    LEMMA_CACHED.incrementAndGet();
                }
            }
        }
        return out;
    }

    /**
     * Words whose lemma is the word itself, so the lemmatizer is not asked: numbers written in digits only, and
     * proper nouns of letters only, inside a sentence, longer than three letters and not ending in "s" (a plural
     * "Houthis", a month "Dec", a capitalised first word the tagger took for a name still go to the lemmatizer,
     * which normalises them). Names and numbers are the most varied words of a news stream: they would fill the
     * lemma cache with one-off entries and send most sentences to the lemmatizer.
     */
    private static boolean ownLemma(String word, String tag, int i) {
        return switch (tag) {
            case "NUM" -> allDigits(word);
            case "PROPN" -> i > 0 && word.length() > 3 && allLetters(word)
                    && Character.toLowerCase(word.charAt(word.length() - 1)) != 's';
            default -> false;
        };
    }

    private static boolean allDigits(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (w.charAt(k) < '0' || w.charAt(k) > '9') {
                return false;
            }
        }
        return !w.isEmpty();
    }

    private static boolean allLetters(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (!Character.isLetter(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The lemmatizer's own lemmas for every word (no cache, no words skipped), for comparison with {@link #analyze}. */
    static String[] lemmatizerLemmas(String[] words, String[] tags) {
        return LEMMATIZER.get().lemmatize(words, tags);
    }

    /** True when {@link #analyze} takes the word as its own lemma without asking the lemmatizer. */
    static boolean takesOwnLemma(String word, String tag, int i) {
        return ownLemma(word, tag, i);
    }

    private static String normalizeQuotes(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '\u2019' || c == '\u2018' || c == '\u201C' || c == '\u201D') {
                return w.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"');
            }
        }
        return w; // the common case: nothing to replace, no copies
    }
}
