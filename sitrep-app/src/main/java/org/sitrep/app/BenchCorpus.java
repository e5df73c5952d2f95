package org.sitrep.app;

import org.sitrep.core.clean.Cleaner;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.ingest.RawDocument;
import org.sitrep.core.ingest.Metadata;
import org.sitrep.core.model.GeoEntry;
import org.sitrep.core.nlp.Annotator;
import org.sitrep.core.nlp.Sentence;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark corpus: the bundled articles as they are, then articles recombined from their sentences (each
 * article 8–30 sentences drawn from all five, in the seeds' own mix of event and background sentences) with
 * place names replaced by random populated places of the war-affected countries in the gazetteer (SY, UA, SD, MM,
 * YE, CD), month days and numbers varied, and a dateline. News-like in its vocabulary, entity density and
 * furniture; deterministic for a seed. It is synthetic: real text can be benchmarked with {@code --corpus PATH}.
 */
final class BenchCorpus {
    private static final Pattern CAPITALISED = Pattern.compile("\\b(?:al-|Al-)?[A-Z][a-z’']{3,}(?:\\s(?:al-)?[A-Z][a-z’']{3,})?\\b");
    private static final Pattern DAY = Pattern.compile("\\b(November|December) (\\d{1,2})\\b");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d{2,3}\\b");

    private BenchCorpus() {
    }

    static List<RawDocument> build(List<String> seeds, Gazetteer gazetteer, long targetBytes, long seed) {
        Random r = new Random(seed);
        List<RawDocument> out = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < seeds.size(); i++) {
            out.add(new RawDocument("seed" + i, "bench/seed" + i, seeds.get(i), Metadata.NONE, List.of()));
            bytes += seeds.get(i).getBytes(StandardCharsets.UTF_8).length;
        }
        List<String> sentences = new ArrayList<>();
        Annotator an = new Annotator();
        Cleaner cleaner = new Cleaner();
        for (String s : seeds) {
            for (Sentence x : an.sentences(cleaner.clean(s).text().cleaned())) {
                sentences.add(x.text());
            }
        }
        List<String> places = placeNames(gazetteer, r);
        int n = 0;
        while (bytes < targetBytes) {
            StringBuilder sb = new StringBuilder();
            LocalDate day = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(900));
            sb.append(day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)).append(' ')
                    .append(day.getDayOfMonth()).append(", ").append(day.getYear()).append(" Hour: ").append(1 + r.nextInt(12))
                    .append(':').append(10 + r.nextInt(50)).append(" am\n");
            int count = 8 + r.nextInt(23);
            for (int k = 0; k < count; k++) {
                sb.append(vary(sentences.get(r.nextInt(sentences.size())), places, r)).append(k % 3 == 2 ? "\n\n" : " ");
            }
            String text = sb.toString();
            out.add(new RawDocument("bench" + n, "bench/" + n, text, Metadata.NONE, List.of()));
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
            n++;
        }
        return out;
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

    private static String vary(String sentence, List<String> places, Random r) {
        String s = sentence;
        if (r.nextInt(3) > 0) {
            Matcher m = CAPITALISED.matcher(s);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(m.start() > 0 && r.nextInt(3) == 0
                        ? places.get(r.nextInt(places.size())) : m.group()));
            }
            m.appendTail(sb);
            s = sb.toString();
        }
        s = DAY.matcher(s).replaceAll(mr -> mr.group(1) + " " + (1 + r.nextInt(28)));
        return NUMBER.matcher(s).replaceAll(mr -> Integer.toString(10 + r.nextInt(900)));
    }
}
