package org.sitrep.core.reconcile;

import org.sitrep.core.text.Rx;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.sitrep.core.model.Claim;
import org.sitrep.core.model.Contradiction;
import org.sitrep.core.model.Contradiction.Kind;
import org.sitrep.core.model.Contradiction.Position;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.Realis;
import org.sitrep.core.model.SourcedClaim;
import org.sitrep.core.model.SourcedMention;
import org.sitrep.core.model.TimeInterval;
import org.sitrep.core.model.TimePrecision;
import org.sitrep.core.text.Fold;
import org.sitrep.core.text.Hashes;
import org.sitrep.core.text.Resources;

/**
 * Finds where sources disagree: claims with the same subject and attribute and different values (compared as the
 * attribute table {@code reconcile/claim-attributes.tsv} says), and merged events whose sources dispute the date,
 * the actor, or whether it happened at all (a denial against a claim or a later admission). A change of hands over
 * time is not a contradiction: it belongs on the control timeline and is never produced here. Thread-safe.
 */
public final class ContradictionFinder {
    private record Rule(String prefix, String comparison, Kind kind) {
    }

    private final List<Rule> rules = new ArrayList<>();

    public ContradictionFinder() {
        for (String line : Resources.lines("/org/sitrep/core/reconcile/claim-attributes.tsv")) {
            String[] c = line.split("\t");
            if (c.length != 3) {
                throw new IllegalArgumentException("claim-attributes.tsv: expected 3 columns in '" + line + "'");
            }
            rules.add(new Rule(c[0], c[1], Kind.valueOf(c[2].toUpperCase(Locale.ROOT))));
        }
    }

    /** The partition a claim is compared in: claims about one subject. */
    public static String partition(Claim c) {
        String k = Names.key(c.subject());
        return "claims:" + (k.isEmpty() ? Fold.fold(c.subject()) : k);
    }

    /** Disagreements among claims of one partition (hard, soft and compatible ones), sorted by id. */
    public List<Contradiction> amongClaims(String partition, Collection<SourcedClaim> claims) {
        Map<String, List<SourcedClaim>> byAttr = new TreeMap<>();
        for (SourcedClaim c : claims) {
            byAttr.computeIfAbsent(c.claim().attribute(), k -> new ArrayList<>()).add(c);
        }
        List<Contradiction> out = new ArrayList<>();
        byAttr.forEach((attr, cs) -> {
            Rule r = rule(attr);
            Set<String> values = new LinkedHashSet<>();
            cs.forEach(c -> values.add(Fold.fold(c.claim().value())));
            if (r == null || values.size() < 2) {
                return;
            }
            cs.sort(Comparator.comparing(SourcedClaim::id));
            Kind kind = r.comparison().equals("toll") ? tollKind(r, cs) : r.comparison().equals("extent") ? extentKind(r, cs)
                    : agree(r, cs) ? Kind.COMPATIBLE : r.kind();
            List<Position> ps = cs.stream().map(ContradictionFinder::position).toList();
            String subject = cs.get(0).claim().subject();
            out.add(new Contradiction(id(partition, subject + "|" + attr), partition, subject, attr, kind, null, ps));
        });
        return out;
    }

    /** Disagreements inside merged events: a disputed date (hard), actor (soft), or a denial (soft). */
    public List<Contradiction> withinEvents(Collection<Event> events) {
        List<Contradiction> out = new ArrayList<>();
        for (Event e : events) {
            String subject = e.place() != null ? e.place().name() : e.actor() != null ? e.actor().text() : e.type().label();
            String what = e.type().label() + (e.actor() != null && e.actor().id() != null ? " by " + e.actor().id() : "");
            if (e.disputed().contains("date")) {
                List<Position> ps = new ArrayList<>();
                for (SourcedMention s : e.mentions()) {
                    TimeInterval t = s.mention().time() == null ? TimeInterval.UNKNOWN : s.mention().time().interval();
                    if (s.supports() && t.isKnown() && t.precision() != TimePrecision.INFERRED) {
                        String v = t.startText() + (t.startText().equals(t.endText()) ? "" : ".." + t.endText());
                        ps.add(position(s, v));
                    }
                }
                out.add(new Contradiction(id(e.id(), "date"), e.partition(), subject, "date of " + what, Kind.HARD, e.id(), ps));
            }
            if (e.disputed().contains("actor")) {
                List<Position> ps = e.mentions().stream().filter(s -> s.supports() && s.mention().actor() != null)
                        .map(s -> position(s, s.mention().actor().id() != null ? s.mention().actor().id() : s.mention().actor().text())).toList();
                out.add(new Contradiction(id(e.id(), "actor"), e.partition(), subject, "who: " + e.type().label(), Kind.SOFT, e.id(), ps));
            }
            if (e.disputed().contains("realis")) {
                List<Position> ps = e.mentions().stream().filter(s -> Family.inDispute(s, e.mentions()))
                        .map(s -> position(s, s.mention().realis().label())).toList();
                out.add(new Contradiction(id(e.id(), "realis"), e.partition(), subject, "whether it happened: " + what,
                        Kind.SOFT, e.id(), ps));
            }
        }
        out.sort(Comparator.comparing(Contradiction::id));
        return out;
    }

    private Rule rule(String attribute) {
        for (Rule r : rules) {
            if (attribute.startsWith(r.prefix())) {
                return r;
            }
        }
        return null;
    }

    /** A figure as stated: the number and how the source bounds it. */
    private record Figure(double n, String bound) {
        static Figure of(String v) {
            String t = v.strip().toLowerCase(Locale.ROOT);
            String bound = t.startsWith("at least ") ? "at least" : t.startsWith("about ") ? "about" : "exact";
            String num = Rx.replaceFirst(t, "^(at least|about) ", "").replace(",", "");
            try {
                return new Figure(Double.parseDouble(num), bound);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** The lowest and highest count the statement allows. */
        double low() {
            return bound.equals("about") ? n * 0.9 : n;
        }

        double high() {
            return bound.equals("at least") ? Double.POSITIVE_INFINITY : bound.equals("about") ? n * 1.1 : n;
        }
    }

    /**
     * Tolls of one place, kind and days: compatible when every two figures allow a common count ("at least 44" and
     * "50"; "about 40" and "42"); else the rule's kind (hard) when two plain figures differ or one falls below
     * another's "at least"; else soft (they differ beyond an "about").
     */
    private static Kind tollKind(Rule r, List<SourcedClaim> cs) {
        boolean hard = false;
        boolean soft = false;
        for (SourcedClaim a : cs) {
            for (SourcedClaim b : cs) {
                Figure x = Figure.of(a.claim().value());
                Figure y = Figure.of(b.claim().value());
                if (x == null || y == null || a == b) {
                    continue;
                }
                if (x.high() < y.low() || y.high() < x.low()) {
                    if (x.bound().equals("about") || y.bound().equals("about")) {
                        soft = true;
                    } else {
                        hard = true;
                    }
                }
            }
        }
        return hard ? r.kind() : soft ? Kind.SOFT : Kind.COMPATIBLE;
    }

    /** The share of a place (in percent) an extent value allows, as {low, high}; null when the value is no extent. */
    static double[] extentRange(String v) {
        String t = v.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "whole":
                return new double[]{100, 100};
            case "most":
                return new double[]{50, 99.9};
            case "half":
                return new double[]{40, 60};
            case "part":
                return new double[]{0.1, 99.9};
            default:
                if (!t.endsWith("%")) {
                    return null;
                }
                try {
                    double p = Double.parseDouble(t.substring(0, t.length() - 1));
                    return new double[]{Math.max(0, p - 5), Math.min(100, p + 5)};
                } catch (NumberFormatException e) {
                    return null;
                }
        }
    }

    /** Extents of control over one place by one actor on the same days: compatible when every two ranges meet. */
    private static Kind extentKind(Rule r, List<SourcedClaim> cs) {
        for (SourcedClaim a : cs) {
            for (SourcedClaim b : cs) {
                double[] x = extentRange(a.claim().value());
                double[] y = extentRange(b.claim().value());
                if (x != null && y != null && (x[1] < y[0] || y[1] < x[0])) {
                    return r.kind();
                }
            }
        }
        return Kind.COMPATIBLE;
    }

    /** True when every two values agree under the rule (only approximate numbers can agree while differing). */
    private static boolean agree(Rule r, List<SourcedClaim> cs) {
        if (!r.comparison().equals("approximate-number")) {
            return false;
        }
        for (SourcedClaim a : cs) {
            for (SourcedClaim b : cs) {
                Double x = number(a.claim().value());
                Double y = number(b.claim().value());
                if (x == null || y == null) {
                    return false;
                }
                double tolerance = x * (a.claim().approximate() ? 0.10 : 0.025) + y * (b.claim().approximate() ? 0.10 : 0.025);
                if (Math.abs(x - y) > tolerance) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Double number(String v) {
        try {
            return Double.parseDouble(v.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Position position(SourcedClaim c) {
        Claim k = c.claim();
        return new Position(k.value(), k.approximate(), k.claimant() == null ? null : k.claimant().text(), c.outlet(),
                c.articleId(), k.doc(), k.sentence(), k.quote(), k.span(), c.sourceName());
    }

    private static Position position(SourcedMention s, String value) {
        EventMention m = s.mention();
        String claimant = m.claimant() == null ? null : m.claimant().text();
        boolean approximate = m.realis() == Realis.REPORTED;
        return new Position(value, approximate, claimant, s.outlet(), s.articleId(), m.doc(), m.sentence(), m.quote(), m.span(),
                s.sourceName());
    }

    static String id(String a, String b) {
        return "cx-" + Hashes.hex("SHA-1", a + "\u0000" + b, 8);
    }
}
