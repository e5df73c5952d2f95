package org.sitrep.store;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.sitrep.core.model.ControlPeriod;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.GeoPrecision;
import org.sitrep.core.model.Realis;
import org.sitrep.core.model.ResolvedPlace;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.TimeInterval;
import org.sitrep.core.model.TimePrecision;

/**
 * A control period with its first evidence item as one line of tab-separated fields ({@code control_periods.brief}):
 * {@code control --as-of} reads thousands of periods per query, and one string per row decoded by hand costs a
 * fraction of a JSON record or of a column per field. Tabs, newlines and backslashes in fields are escaped; null
 * is {@code \N}.
 */
final class BriefPeriod {
    private static final String NULL = "\\N";

    private BriefPeriod() {
    }

    static String encode(ControlPeriod p) {
        List<Object> f = new ArrayList<>();
        ResolvedPlace pl = p.place();
        f.addAll(List.of(p.placeKey(), p.seq()));
        f.addAll(java.util.Arrays.asList(pl.name(), pl.geonameid(), pl.lat(), pl.lon(), pl.admin1(), pl.country(),
                pl.precision() == null ? null : pl.precision().name(), pl.resolved(), p.controller(), p.side(), p.contested()));
        interval(f, p.from());
        interval(f, p.to());
        f.addAll(List.of(p.evidenceTotal(), p.inferred(), p.confidence(), p.evidence().isEmpty() ? 0 : 1));
        if (!p.evidence().isEmpty()) {
            ControlPeriod.Evidence e = p.evidence().get(0);
            f.addAll(java.util.Arrays.asList(e.eventId(), e.role(), e.type().name(), e.realis().name(), e.actor(), e.outlet(), e.claimant(),
                    e.articleId(), e.doc(), e.sentence(), e.quote(), e.span().start(), e.span().end()));
            interval(f, e.time());
            f.add(e.source());
        }
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Object o : f) {
            if (!first) {
                sb.append('\t'); // after every field, an empty first one included
            }
            first = false;
            if (o == null) {
                sb.append(NULL);
            } else if (o instanceof Boolean b) {
                sb.append(b ? '1' : '0');
            } else {
                escape(sb, o.toString());
            }
        }
        return sb.toString();
    }

    private static void interval(List<Object> f, TimeInterval t) {
        f.add(t.isKnown() ? t.start() : null);
        f.add(t.isKnown() ? t.end() : null);
        f.add(t.precision().name());
    }

    /**
     * Appends the field with its tabs, line breaks and backslashes escaped: the runs between them appended whole (a
     * period's quote is a sentence, and appending it a character at a time was most of encoding it without C2).
     */
    static void escape(StringBuilder sb, String s) {
        int from = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c > '\\') {
                continue; // most characters: above every escaped one
            }
            String e = switch (c) {
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\\' -> "\\\\";
                default -> null;
            };
            if (e != null) {
                sb.append(s, from, i).append(e);
                from = i + 1;
            }
        }
        if (from == 0) {
            sb.append(s); // nothing escaped (nearly always): copied whole
        } else {
            sb.append(s, from, s.length());
        }
    }

    static ControlPeriod decode(String line) {
        java.util.Iterator<String> f = split(line).iterator();
        String key = f.next();
        int seq = Integer.parseInt(f.next());
        String name = f.next();
        String gid = f.next();
        String lat = f.next();
        String lon = f.next();
        String admin1 = f.next();
        String country = f.next();
        String precision = f.next();
        boolean resolved = "1".equals(f.next());
        ResolvedPlace place = new ResolvedPlace(name, gid == null ? null : Integer.valueOf(gid), lat == null ? null : Double.valueOf(lat),
                lon == null ? null : Double.valueOf(lon), admin1, country, precision == null ? null : GeoPrecision.valueOf(precision), resolved);
        String controller = f.next();
        String side = f.next();
        boolean contested = "1".equals(f.next());
        TimeInterval from = interval(f);
        TimeInterval to = interval(f);
        int total = Integer.parseInt(f.next());
        boolean inferred = "1".equals(f.next());
        double confidence = Double.parseDouble(f.next());
        List<ControlPeriod.Evidence> evidence = new ArrayList<>();
        if ("1".equals(f.next())) {
            String eventId = f.next();
            String role = f.next();
            EventType type = EventType.valueOf(f.next());
            Realis realis = Realis.valueOf(f.next());
            String actor = f.next();
            String outlet = f.next();
            String claimant = f.next();
            String articleId = f.next();
            String doc = f.next();
            int sentence = Integer.parseInt(f.next());
            String quote = f.next();
            Span span = new Span(Integer.parseInt(f.next()), Integer.parseInt(f.next()));
            TimeInterval time = interval(f);
            String source = f.hasNext() ? f.next() : null; // briefs written before sources were named carry none
            evidence.add(new ControlPeriod.Evidence(eventId, role, type, realis, actor, outlet, claimant, articleId, doc, sentence, quote,
                    span, time, source));
        }
        return new ControlPeriod(key, place, seq, controller, side, contested, from, to, evidence, total, inferred, confidence);
    }

    private static TimeInterval interval(java.util.Iterator<String> f) {
        String start = f.next();
        String end = f.next();
        TimePrecision precision = TimePrecision.valueOf(f.next());
        return start == null ? TimeInterval.UNKNOWN : new TimeInterval(time(start), time(end), precision);
    }

    /** Parses what {@link LocalDateTime#toString} writes ("2024-12-05T06:30", seconds when not zero), fast. */
    static LocalDateTime time(String s) {
        LocalDateTime t = StoreJson.Times.parse(s);
        return t != null ? t : LocalDateTime.parse(s);
    }

    /**
     * The fields of a line: a field without a backslash is taken as it stands (most of them), one that is exactly
     * {@code \N} is null, any other is unescaped.
     */
    private static List<String> split(String line) {
        List<String> out = new ArrayList<>(40);
        int n = line.length();
        int start = 0;
        int slash = line.indexOf('\\'); // the next backslash at or after start, or -1
        while (true) {
            int tab = line.indexOf('\t', start);
            int end = tab < 0 ? n : tab;
            if (slash >= 0 && slash < start) {
                slash = line.indexOf('\\', start);
            }
            if (slash < 0 || slash >= end) {
                out.add(line.substring(start, end));
            } else if (end - start == 2 && line.charAt(start + 1) == 'N') {
                out.add(null);
            } else {
                out.add(unescape(line, start, end));
            }
            if (tab < 0) {
                return out;
            }
            start = tab + 1;
        }
    }

    private static String unescape(String line, int start, int end) {
        StringBuilder sb = new StringBuilder(end - start);
        for (int k = start; k < end; k++) {
            char c = line.charAt(k);
            if (c == '\\' && k + 1 < end) {
                char n = line.charAt(++k);
                switch (n) {
                    case 't' -> sb.append('\t');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 'N' -> sb.append("\\N");
                    default -> sb.append(n);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
