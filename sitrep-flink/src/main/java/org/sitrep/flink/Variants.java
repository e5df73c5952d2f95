package org.sitrep.flink;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Re-publications of articles by other outlets: a run of their paragraphs, another outlet, a day up to three before
 * or after. The generated stream of the job's tests and benchmark (many merges across outlets and days).
 */
public final class Variants {
    private Variants() {
    }

    public static List<ArticleIn> of(List<ArticleIn> base, int n, Random r) {
        List<ArticleIn> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ArticleIn a = base.get(r.nextInt(base.size()));
            List<String> paragraphs = Arrays.asList(a.text().split("\n"));
            int from = r.nextInt(Math.max(1, paragraphs.size() / 2));
            // the outlet's own first line makes every re-publication a distinct article (another content hash)
            String text = "Variant" + i + " News Service.\n"
                    + String.join("\n", paragraphs.subList(from, Math.min(paragraphs.size(), from + 3 + r.nextInt(6))));
            LocalDate day = a.published() == null ? LocalDate.parse("2024-12-05") : LocalDate.parse(a.published().substring(0, 10));
            String published = day.plusDays(r.nextInt(7) - 3).toString();
            ArticleIn v = new ArticleIn(a.doc() + "-v" + i, "variant" + i, org.sitrep.core.ingest.ArticleFactory.id(text), text, a.title(),
                    null, "variant" + i + ".example", published, a.language(), ArticleIn.eventTime(published, 0), List.of());
            out.add(v);
        }
        return out;
    }
}
