package org.sitrep.bench;

import org.sitrep.core.clean.Cleaner;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.ingest.RawDocument;
import org.sitrep.core.ingest.Metadata;
import org.sitrep.core.model.GeoEntry;
import org.sitrep.core.nlp.Annotator;
import org.sitrep.core.nlp.Sentence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The benchmark corpus, a stream of two kinds of article in a given share of bytes, deterministic for a seed:
 * <ul>
 * <li>war reports: the bundled articles as they are, then articles recombined from their sentences (each article
 * 8–30 sentences drawn from all five, in the seeds' own mix of event and background sentences) with place names
 * replaced by random populated places of the war-affected countries in the gazetteer (SY, UA, SD, MM, YE, CD, LB,
 * PS), month days and numbers varied, and a dateline;</li>
 * <li>other news: real English text on other subjects — paragraphs of the English proceedings of the European
 * Parliament (Europarl, as sampled in Apache Lucene's test framework; {@code bench/europarl-en.txt.gz}), two to
 * five paragraphs an article, with a dateline.</li>
 * </ul>
 * Real text of your own can be benchmarked with {@code --corpus PATH}.
 */
public final class BenchCorpus {
    private static final Pattern CAPITALISED = Pattern.compile("\\b(?:al-|Al-)?[A-Z][a-z’']{3,}(?:\\s(?:al-)?[A-Z][a-z’']{3,})?\\b");
    private static final Pattern DAY = Pattern.compile("\\b(November|December) (\\d{1,2})\\b");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d{2,3}\\b");

    private BenchCorpus() {
    }

    /** The articles of the corpus, war reports and other news interleaved. */
    public record Corpus(List<RawDocument> all, List<RawDocument> war, List<RawDocument> other) {
    }

    /** A corpus of {@code targetBytes} in which war reports take {@code warShare} (0–1) of the bytes. */
    public static Corpus build(List<String> seeds, Gazetteer gazetteer, long targetBytes, double warShare, long seed) throws IOException {
        Random r = new Random(seed);
        List<String> paragraphs = otherNews();
        List<RawDocument> all = new ArrayList<>();
        List<RawDocument> war = new ArrayList<>();
        List<RawDocument> other = new ArrayList<>();
        long warBytes = 0;
        long bytes = 0;
        for (int i = 0; i < seeds.size(); i++) {
            RawDocument d = new RawDocument("seed" + i, "bench/seed" + i, seeds.get(i), Metadata.NONE, List.of());
            all.add(d);
            war.add(d);
            warBytes += seeds.get(i).getBytes(StandardCharsets.UTF_8).length;
        }
        bytes += warBytes;
        WarReports gen = new WarReports(seeds, gazetteer, r, 1 / 3.0);
        int n = 0;
        while (bytes < targetBytes) {
            boolean isWar = warBytes < warShare * (bytes + 1);
            StringBuilder sb = dateline(r, LocalDate.of(2023, 1, 1).plusDays(r.nextInt(900)));
            if (isWar) {
                gen.body(sb);
            } else {
                int count = 2 + r.nextInt(4);
                for (int k = 0; k < count; k++) {
                    sb.append(paragraphs.get(r.nextInt(paragraphs.size()))).append("\n\n");
                }
            }
            String text = sb.toString();
            RawDocument d = new RawDocument("bench" + n, "bench/" + n, text, Metadata.NONE, List.of());
            all.add(d);
            (isWar ? war : other).add(d);
            long size = text.getBytes(StandardCharsets.UTF_8).length;
            bytes += size;
            warBytes += isWar ? size : 0;
            n++;
        }
        return new Corpus(all, war, other);
    }

    private static StringBuilder dateline(Random r, LocalDate day) {
        StringBuilder sb = new StringBuilder();
        sb.append(day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)).append(' ')
                .append(day.getDayOfMonth()).append(", ").append(day.getYear()).append(" Hour: ").append(1 + r.nextInt(12))
                .append(':').append(10 + r.nextInt(50)).append(" am\n");
        return sb;
    }

    /** Paragraphs of real English on other subjects (Europarl; see the README's attribution). */
    private static List<String> otherNews() throws IOException {
        try (InputStream in = BenchCorpus.class.getResourceAsStream("europarl-en.txt.gz")) {
            if (in == null) {
                throw new IOException("bench/europarl-en.txt.gz missing from the classpath");
            }
            List<String> out = new ArrayList<>();
            try (BufferedReader br = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
                for (String line; (line = br.readLine()) != null; ) {
                    if (!line.isBlank()) {
                        out.add(line.strip());
                    }
                }
            }
            return out;
        }
    }

    /**
     * War reports as a stream: sentence recombinations of the bundled articles with gazetteer place names, varied
     * days and numbers, each with a dateline and metadata (one of {@value #OUTLETS} outlets, the dateline's day as
     * publication date). Deterministic for the random source it is given.
     */
    public static final class WarReports {
        public static final int OUTLETS = 40;
        private final List<String> sentences = new ArrayList<>();
        private final List<String> places;
        private final Random r;
        private final double rename;
        private int n;

        /**
         * @param rename share of capitalised words (place names, mostly) replaced by a gazetteer place in a sentence
         *               chosen for renaming (two in three are)
         */
        public WarReports(List<String> seeds, Gazetteer gazetteer, Random r, double rename) {
            this.r = r;
            this.rename = rename;
            Annotator an = new Annotator();
            Cleaner cleaner = new Cleaner();
            for (String s : seeds) {
                for (Sentence x : an.sentences(cleaner.clean(s).text().cleaned())) {
                    sentences.add(x.text());
                }
            }
            this.places = placeNames(gazetteer, r);
        }

        /** 8–30 recombined sentences, paragraphs of three. */
        public void body(StringBuilder sb) {
            int count = 8 + r.nextInt(23);
            for (int k = 0; k < count; k++) {
                sb.append(vary(sentences.get(r.nextInt(sentences.size())), places, r, rename)).append(k % 3 == 2 ? "\n\n" : " ");
            }
        }

        /** The next report, published on a day of the {@code days} days from {@code first}. */
        public RawDocument next(LocalDate first, int days) {
            LocalDate day = first.plusDays(r.nextInt(days));
            StringBuilder sb = dateline(r, day);
            body(sb);
            String outlet = String.format(java.util.Locale.ROOT, "outlet%02d.example", r.nextInt(OUTLETS));
            String id = "war" + n++;
            Metadata meta = new Metadata("Report " + id, "https://" + outlet + "/" + id, outlet, day.toString(), "en");
            return new RawDocument(id, "bench/" + id, sb.toString(), meta, List.of());
        }
    }

    /** Real populated places of war-affected countries, sampled from the gazetteer. */
    private static List<String> placeNames(Gazetteer g, Random r) {
        java.util.Set<String> countries = java.util.Set.of("SY", "UA", "SD", "MM", "YE", "CD", "LB", "PS");
        List<String> out = new ArrayList<>();
        for (int tries = 0; out.size() < 3000 && tries < 2_000_000; tries++) {
            GeoEntry e = g.entry(r.nextInt(g.size()));
            if (countries.contains(e.country())) {
                out.add(e.name());
            }
        }
        if (out.isEmpty()) {
            out.add("Hama");
        }
        return out;
    }

    private static String vary(String sentence, List<String> places, Random r, double rename) {
        String s = sentence;
        if (r.nextInt(3) > 0) {
            Matcher m = CAPITALISED.matcher(s);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                // (a third draws as the extraction benchmark always has, so its corpus stays the same for a seed)
                m.appendReplacement(sb, Matcher.quoteReplacement(m.start() > 0 && (rename == 1 / 3.0 ? r.nextInt(3) == 0 : r.nextDouble() < rename)
                        ? places.get(r.nextInt(places.size())) : m.group()));
            }
            m.appendTail(sb);
            s = sb.toString();
        }
        s = DAY.matcher(s).replaceAll(mr -> mr.group(1) + " " + (1 + r.nextInt(28)));
        return NUMBER.matcher(s).replaceAll(mr -> Integer.toString(10 + r.nextInt(900)));
    }
}
