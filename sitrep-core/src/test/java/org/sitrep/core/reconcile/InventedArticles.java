package org.sitrep.core.reconcile;

import org.sitrep.core.TestData;
import org.sitrep.core.ingest.ArticleFactory;
import org.sitrep.core.ingest.Metadata;
import org.sitrep.core.model.Contradiction;
import org.sitrep.core.model.SourcedClaim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Invented articles from named outlets (published 2024-12-10), their claims and the contradictions among them. */
final class InventedArticles {
    private InventedArticles() {
    }

    /** The claims of one outlet's article. */
    static List<SourcedClaim> claims(String outlet, String text) {
        var a = new ArticleFactory().create(outlet, outlet, text, new Metadata(null, null, outlet, "2024-12-10", "en"), List.of());
        return Reconciler.claims(TestData.pipeline().process(a));
    }

    /** Contradictions among the claims whose attribute starts with {@code prefix} in Outlet A's and Outlet B's articles. */
    static List<Contradiction> contradictions(String prefix, String a, String b) {
        List<SourcedClaim> all = new ArrayList<>(claims("Outlet A", a));
        all.addAll(claims("Outlet B", b));
        Map<String, List<SourcedClaim>> parts = new TreeMap<>();
        for (SourcedClaim c : all) {
            if (c.claim().attribute().startsWith(prefix)) {
                parts.computeIfAbsent(ContradictionFinder.partition(c.claim()), k -> new ArrayList<>()).add(c);
            }
        }
        List<Contradiction> out = new ArrayList<>();
        parts.forEach((p, cs) -> out.addAll(new ContradictionFinder().amongClaims(p, cs)));
        return out;
    }
}
