package org.sitrep.core.reconcile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sitrep.core.Extraction;
import org.sitrep.core.TestData;
import org.sitrep.core.ingest.ArticleFactory;
import org.sitrep.core.ingest.Metadata;
import org.sitrep.core.model.Article;

/** The five bundled articles, extracted once per JVM. */
final class SeedFixture {
    private static List<Extraction> extractions;

    private SeedFixture() {
    }

    static synchronized List<Extraction> extractions() {
        if (extractions == null) {
            List<Extraction> out = new ArrayList<>();
            for (Path p : TestData.seeds()) {
                String doc = p.getFileName().toString().replace(".txt", "");
                Article a = new ArticleFactory().create(doc, p.toString(), TestData.read(p), Metadata.NONE, List.of());
                out.add(TestData.pipeline().process(a));
            }
            extractions = List.copyOf(out);
        }
        return extractions;
    }

    /** Document name ("000_444ce18b90af1d36") of an article id. */
    static String doc(String articleId) {
        for (Extraction x : extractions()) {
            if (x.article().id().equals(articleId)) {
                return x.article().doc();
            }
        }
        throw new IllegalArgumentException(articleId);
    }
}
