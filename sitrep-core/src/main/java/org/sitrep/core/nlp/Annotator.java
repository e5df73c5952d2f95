package org.sitrep.core.nlp;

import org.sitrep.core.lang.LanguagePack;
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

    /**
     * A language's models (named by its pack's {@code sentence-model}, {@code pos-model} and {@code lemma-model}) and
     * the lemmas found so far, shared by every annotator of the language.
     */
    private record Models(SentenceModel sentence, POSModel tags, LemmatizerModel lemmas,
                          java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.ConcurrentHashMap<String, String>> lemmaCache,
                          java.util.concurrent.atomic.AtomicInteger cached) {
        static Models load(LanguagePack pack) {
            return new Models(Annotator.load(pack.setting("sentence-model"), SentenceModel::new),
                    greedy(Annotator.load(pack.setting("pos-model"), POSModel::new)),
                    Annotator.load(pack.setting("lemma-model"), LemmatizerModel::new),
                    new java.util.concurrent.ConcurrentHashMap<>(), new java.util.concurrent.atomic.AtomicInteger());
        }
    }

    private final Models models;
    private final ThreadLocal<SentenceDetectorME> sentenceDetector;
    private final ThreadLocal<POSTaggerME> tagger;
    private final ThreadLocal<GreedyTagger> greedy;
    private final ThreadLocal<LemmatizerME> lemmatizer;
    /** The lemmatizer's search without its sort ({@link LemmaBeam}); null inside when the model is not maximum entropy. */
    private final ThreadLocal<LemmaBeam> lemmaBeam;
    /** Words a period stays with ("Dec.", "Gen."), from the pack's {@code abbreviations}. */
    private final java.util.Set<String> abbreviations;
    /** Abbreviations that never end a sentence ("Gen.", "Lt. Col."): the detector's cut after one is undone. */
    private final java.util.Set<String> titles;
    /** Abbreviations that begin a place's name ("St. George's"), from the pack's {@code place-abbreviations}. */
    private final java.util.Set<String> placeAbbreviations;
    /** "a.m.", "p.m.": a cut after one is undone when a time zone ("Moscow time") or a lower-case word follows. */
    private final java.util.Set<String> clock;

    /** An annotator with the English pack's models. */
    public Annotator() {
        this(LanguagePack.english());
    }

    /** An annotator with a language pack's models (loaded once per pack). */
    public Annotator(LanguagePack pack) {
        Models m = pack.shared(Annotator.class, Models::load);
        this.models = m;
        this.sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(m.sentence()));
        this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(m.tags()));
        java.util.Map<String, java.util.Set<String>> closed = new java.util.HashMap<>();
        for (String tag : pack.words("closed-class-tags")) {
            closed.put(tag.toUpperCase(java.util.Locale.ROOT), pack.wordSet("closed-" + tag));
        }
        java.util.Set<String> verbForms = pack.irregularVerbs().keySet();
        this.greedy = ThreadLocal.withInitial(() -> GreedyTagger.of(m.tags(), closed, verbForms));
        this.lemmatizer = ThreadLocal.withInitial(() -> new LemmatizerME(m.lemmas()));
        this.lemmaBeam = ThreadLocal.withInitial(() -> LemmaBeam.of(m.lemmas()));
        this.abbreviations = pack.wordSet("abbreviations");
        this.titles = pack.wordSet("title-abbreviations");
        this.placeAbbreviations = pack.wordSet("place-abbreviations");
        this.clock = pack.wordSet("clock-abbreviations");
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
        return new POSModel(m.getLanguage(), model, 1, null, m.getFactory());
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
        opennlp.tools.util.Span[] found = sentenceDetector.get().sentPosDetect(line);
        for (int i = 0; i < found.length; i++) {
            int a = from + found[i].getStart();
            while (i + 1 < found.length && cutAfterAbbreviation(line, found[i].getEnd(), found[i + 1].getStart())) {
                i++;
            }
            int b = from + found[i].getEnd();
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

    /**
     * Whether the detector cut a sentence after an abbreviation that does not end it: a title ("Gen. Abdel Fattah",
     * "Lt. Col. Smith"), any of the pack's abbreviations before a lower-case word or a number ("Dec. 5"), or a clock's
     * "a.m."/"p.m." before a time zone ("9 a.m. Moscow time").
     */
    private boolean cutAfterAbbreviation(String line, int end, int next) {
        int w = end - 1;
        if (w < 0 || line.charAt(w) != '.') {
            return false;
        }
        int k = w;
        while (k > 0 && !Character.isWhitespace(line.charAt(k - 1))) {
            k--;
        }
        String word = line.substring(k, w).toLowerCase(java.util.Locale.ROOT);
        if (titles.contains(word)) {
            return true;
        }
        if (next >= line.length()) {
            return false;
        }
        char c = line.charAt(next);
        if (placeAbbreviations.contains(word) && Character.isUpperCase(c)) {
            return true; // "the capital, St. George's"
        }
        if ((abbreviations.contains(word) || clock.contains(word)) && (Character.isLowerCase(c) || Character.isDigit(c))) {
            return true;
        }
        if (clock.contains(word)) {
            int sp = line.indexOf(' ', next);
            return sp > next && line.startsWith("time", sp + 1)
                    && (sp + 5 >= line.length() || !Character.isLetter(line.charAt(sp + 5)));
        }
        return false;
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
        opennlp.tools.util.Span[] spans = UdTokens.tokenize(s.text(), abbreviations);
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
    String[] tags(String[] words) {
        GreedyTagger g = greedy.get();
        return g != null ? g.tag(words) : tagger.get().tag(words);
    }

    /** True when tagging sums the model's features by parts ({@link GreedyTagger#decomposed}). */
    boolean taggingByParts() {
        GreedyTagger g = greedy.get();
        return g != null && g.decomposed();
    }

    /** OpenNLP's own tagger with the same greedy model, for comparison with {@link #unconstrainedTags}. */
    String[] openNlpTags(String[] words) {
        return tagger.get().tag(words);
    }

    /** The greedy decoder's tags without the closed classes' word lists: what OpenNLP's own decoding gives. */
    String[] unconstrainedTags(String[] words) {
        GreedyTagger g = greedy.get();
        return g != null ? g.tagUnconstrained(words) : tagger.get().tag(words);
    }

    /** Lemmas are cached by (word, tag), a map per tag, and found for each word alone (see {@link #lemmas}). */
    private static final int LEMMA_CACHE_SIZE = 200_000;

    private String[] lemmas(String[] words, String[] tags) {
        var cache = models.lemmaCache();
        String[] out = new String[words.length];
        int missing = 0;
        for (int i = 0; i < words.length; i++) {
            if (ownLemma(words[i], tags[i], i)) {
                out[i] = words[i];
                continue;
            }
            java.util.concurrent.ConcurrentHashMap<String, String> byWord = cache.get(tags[i]);
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
            // one word at a time: the lemmatizer's features see the class decided for the word before, so a batch
            // of only the words the cache lacks would give a word a lemma that depends on which others were cached —
            // on the documents read before, in this run and thread. Alone, a word's lemma is a function of the word
            // and its tag, which is what the cache keys it by
            String[] l = new String[missing];
            for (int k = 0; k < missing; k++) {
                l[k] = lemmatize(new String[]{w[k]}, new String[]{t[k]})[0];
            }
            if (models.cached().get() > LEMMA_CACHE_SIZE) {
                cache.clear();
                models.cached().set(0);
            }
            for (int k = 0; k < w.length; k++) {
                out[at[k]] = l[k];
                if (cache.computeIfAbsent(t[k], x -> new java.util.concurrent.ConcurrentHashMap<>()).put(w[k], l[k]) == null) {
                    models.cached().incrementAndGet();
                }
            }
        }
        return out;
    }

    /**
     * Words whose lemma is the word itself, so the lemmatizer is not asked: an apostrophe's "'s" tagged punctuation, numbers written in digits only, and
     * proper nouns of letters only, inside a sentence, longer than three letters and not ending in "s" (a plural
     * "Houthis", a month "Dec", a capitalised first word the tagger took for a name still go to the lemmatizer,
     * which normalises them). Names and numbers are the most varied words of a news stream: they would fill the
     * lemma cache with one-off entries and send most sentences to the lemmatizer.
     */
    private static boolean ownLemma(String word, String tag, int i) {
        return switch (tag) {
            // a possessive "'s" the tagger calls punctuation is no "be", which the lemmatizer makes of it alone
            case "PUNCT" -> word.length() == 2 && org.sitrep.core.text.Fold.isApostrophe(word.charAt(0));
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

    /**
     * Forgets the lemmas the annotators of a language have found so far, as a new process starts without them (the
     * benchmark measures extraction of words new to the process so).
     */
    public static void forgetLemmas(LanguagePack pack) {
        Models m = pack.shared(Annotator.class, Models::load);
        m.lemmaCache().clear();
        m.cached().set(0);
    }

    /** The lemmatizer's lemmas of the words: its classes found by {@link LemmaBeam}, or by the library when it cannot. */
    String[] lemmatize(String[] words, String[] tags) {
        LemmaBeam b = lemmaBeam.get();
        return b == null ? lemmatizer.get().lemmatize(words, tags) : LemmatizerME.decodeLemmas(words, b.classes(words, tags));
    }

    /** This thread's {@link LemmaBeam}, or null (tests). */
    LemmaBeam lemmaBeam() {
        return lemmaBeam.get();
    }

    /** Whether lemmas are found by {@link LemmaBeam} (the model is a maximum-entropy one). */
    boolean lemmasByOwnSearch() {
        return lemmaBeam.get() != null;
    }

    /** The lemmatizer's own lemmas for every word (no cache, no words skipped), for comparison with {@link #analyze}. */
    String[] lemmatizerLemmas(String[] words, String[] tags) {
        return lemmatizer.get().lemmatize(words, tags);
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
