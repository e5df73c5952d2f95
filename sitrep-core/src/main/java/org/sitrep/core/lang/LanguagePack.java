package org.sitrep.core.lang;

import org.sitrep.core.text.Resources;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Everything sitrep knows about reading one language, in one folder of the class path
 * ({@code /org/sitrep/core/lang/<code>/}): its word lists, rules, lexicons and the names of its models, described
 * by the folder's {@code pack.tsv}. The bundled packs are listed in {@code lang/packs.txt}. The stages load what
 * they need from the pack of the article's language ({@link #forLanguage}); what they build from it is kept once
 * per pack ({@link #shared}). Immutable apart from that cache; thread-safe.
 */
public final class LanguagePack {
    private static final String ROOT = "/org/sitrep/core/lang/";
    private static final Map<String, LanguagePack> PACKS = new ConcurrentHashMap<>();
    private static final List<String> AVAILABLE = List.copyOf(Resources.lines(ROOT + "packs.txt"));

    private final String code;
    private final Map<String, String> settings;
    /** What {@link #shared} built, by key: each a task run once, which threads asking at the same time wait for. */
    private final Map<Object, java.util.concurrent.FutureTask<Object>> shared = new ConcurrentHashMap<>();

    private LanguagePack(String code) {
        this.code = code;
        Map<String, String> s = new LinkedHashMap<>();
        for (String line : Resources.lines(ROOT + code + "/pack.tsv")) {
            String[] f = line.split("\t", 2);
            if (f.length != 2) {
                throw new IllegalStateException(ROOT + code + "/pack.tsv: expected key <TAB> value in '" + line + "'");
            }
            s.put(f[0], f[1].strip());
        }
        this.settings = Map.copyOf(s);
    }

    /** The codes of the bundled packs, in the order {@code packs.txt} lists them. */
    public static List<String> available() {
        return AVAILABLE;
    }

    /** The English pack, the default. */
    public static LanguagePack english() {
        return of("en");
    }

    /**
     * The pack of a language.
     *
     * @throws IllegalArgumentException naming the bundled packs when there is none for {@code code}
     */
    public static LanguagePack of(String code) {
        String c = normal(code);
        if (c == null || !available().contains(c)) {
            throw new IllegalArgumentException("no language pack for '" + code + "'; the packs are " + available());
        }
        return PACKS.computeIfAbsent(c, LanguagePack::new);
    }

    /**
     * The pack an article in {@code language} is read with: its own, else English (an article without a language
     * is taken to be English). {@link #covers} says whether the language had a pack of its own.
     */
    public static LanguagePack forLanguage(String language) {
        String c = normal(language);
        return c != null && available().contains(c) ? of(c) : english();
    }

    /** Whether a language has a pack of its own (a missing language counts as English). */
    public static boolean covers(String language) {
        String c = normal(language);
        return c == null || available().contains(c);
    }

    /** "en", "EN", "en-GB", "en_US" → "en"; blank → null. */
    private static String normal(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String t = language.strip().toLowerCase(Locale.ROOT);
        int cut = t.indexOf('-') >= 0 ? t.indexOf('-') : t.indexOf('_');
        return cut > 0 ? t.substring(0, cut) : t;
    }

    /** The ISO 639-1 code ("en"). */
    public String code() {
        return code;
    }

    /** The language's name in English ("English"). */
    public String name() {
        return settings.getOrDefault("name", code);
    }

    /**
     * A setting of {@code pack.tsv} (a model's resource name).
     *
     * @throws IllegalStateException naming the pack when it lacks the setting
     */
    public String setting(String key) {
        String v = settings.get(key);
        if (v == null) {
            throw new IllegalStateException("language pack '" + code + "' has no setting '" + key + "' in its pack.tsv");
        }
        return v;
    }

    /** The class-path name of one of the pack's files. */
    public String path(String file) {
        return ROOT + code + "/" + file;
    }

    /** A file of the pack: its non-blank lines that do not start with '#', trimmed. */
    public List<String> lines(String file) {
        return Resources.lines(path(file));
    }

    /** A file of the pack, opened. */
    public InputStream open(String file) {
        return Resources.open(path(file));
    }

    /**
     * A named word list of the pack's {@code words.tsv}: {@code name <TAB> word|word|…}, folded to lower case. Each
     * list is a key of the same meaning in every pack ("months" are the month names in the order of the year).
     */
    public List<String> words(String name) {
        Map<String, List<String>> all = shared("words.tsv", LanguagePack::readWords);
        List<String> w = all.get(name);
        if (w == null) {
            throw new IllegalStateException("language pack '" + code + "' has no word list '" + name + "' in words.tsv");
        }
        return w;
    }

    /** The words of one or more of {@link #words}'s lists as a set (built once per pack and combination). */
    public java.util.Set<String> wordSet(String... names) {
        return shared("wordSet:" + String.join("+", names), p -> {
            java.util.Set<String> all = new java.util.HashSet<>();
            for (String n : names) {
                all.addAll(p.words(n));
            }
            return org.sitrep.core.text.Lookups.set(all);
        });
    }

    /**
     * The irregular past forms of verbs war reporting uses and their base ({@code irregular-verbs.tsv}: form <TAB>
     * base), read once per pack: trigger matching and the tagger both ask it.
     */
    public Map<String, String> irregularVerbs() {
        return shared("irregular-verbs.tsv", p -> {
            Map<String, String> m = new java.util.HashMap<>();
            for (String line : p.lines("irregular-verbs.tsv")) {
                String[] f = line.split("\t");
                if (f.length != 2) {
                    throw new IllegalStateException(p.path("irregular-verbs.tsv") + ": expected 2 columns in '" + line + "'");
                }
                m.put(f[0], f[1]);
            }
            return Map.copyOf(m);
        });
    }

    private Map<String, List<String>> readWords() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : lines("words.tsv")) {
            String[] f = line.split("\t", 2);
            if (f.length != 2) {
                throw new IllegalStateException(path("words.tsv") + ": expected name <TAB> words in '" + line + "'");
            }
            List<String> words = new ArrayList<>();
            for (String w : f[1].split("\\|")) {
                words.add(w.strip().toLowerCase(Locale.ROOT));
            }
            out.merge(f[0], List.copyOf(words), (a, b) -> {
                List<String> both = new ArrayList<>(a);
                both.addAll(b);
                return List.copyOf(both);
            });
        }
        return Map.copyOf(out);
    }

    /**
     * What a stage builds from this pack (its compiled rules, its lexicon), built once per pack and key and shared
     * by every pipeline that reads the language. {@code build} must be thread-safe and return an immutable value.
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(Object key, Function<LanguagePack, T> build) {
        java.util.concurrent.FutureTask<Object> f = shared.get(key);
        if (f == null) {
            // one build per key even when threads ask at once (a warm-up thread and the main one): the others wait
            java.util.concurrent.FutureTask<Object> task = new java.util.concurrent.FutureTask<>(() -> build.apply(this));
            f = shared.putIfAbsent(key, task);
            if (f == null) {
                f = task;
                task.run();
            }
        }
        try {
            return (T) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while language pack '" + code + "' built " + key, e);
        } catch (java.util.concurrent.ExecutionException e) {
            shared.remove(key, f); // a failed build is tried again next time, and says why now
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    @Override
    public String toString() {
        return code + " (" + name() + ")";
    }
}
