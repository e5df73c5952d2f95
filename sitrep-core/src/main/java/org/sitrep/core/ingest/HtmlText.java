package org.sitrep.core.ingest;

import org.sitrep.core.text.Rx;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Main text of an HTML page with jsoup: scripts, styles, navigation, headers, footers, asides, forms and embeds are
 * dropped; block elements become lines; the page's title, canonical URL, site name and publication time (Open
 * Graph / article meta tags) become metadata. The cleaner then removes what furniture is left. Thread-safe.
 */
public final class HtmlText {
    private static final String DROP = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, "
            + "template, [role=navigation], [aria-hidden=true], .share, .social, .related, .advertisement, .ad";

    /** The extracted text and metadata. */
    public record Page(String text, Metadata meta) {
    }

    private HtmlText() {
    }

    public static Page extract(String html) {
        Document d = Jsoup.parse(html);
        String title = firstNonBlank(meta(d, "meta[property=og:title]"), d.title());
        Metadata meta = new Metadata(title, firstNonBlank(meta(d, "meta[property=og:url]"), attr(d, "link[rel=canonical]", "href")),
                meta(d, "meta[property=og:site_name]"),
                firstNonBlank(meta(d, "meta[property=article:published_time]"), attr(d, "time[datetime]", "datetime")),
                firstNonBlank(d.select("html").attr("lang"), null));
        Element root = d.selectFirst("article");
        if (root == null) {
            root = d.body();
        }
        root.select(DROP).remove();
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.text();
                    if (!s.isBlank()) {
                        sb.append(s);
                    } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n' && sb.charAt(sb.length() - 1) != ' ') {
                        sb.append(' ');
                    }
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    newline(sb);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    newline(sb);
                }
            }
        }, root);
        return new Page(Rx.replaceAll(Rx.replaceAll(sb.toString(), "[ \\t]+\\n", "\n"), "\\n{3,}", "\n\n").strip(), meta);
    }

    private static void newline(StringBuilder sb) {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
            sb.append('\n');
        }
    }

    private static String meta(Document d, String css) {
        Element e = d.selectFirst(css);
        return e == null ? null : blankToNull(e.attr("content"));
    }

    private static String attr(Document d, String css, String attr) {
        Element e = d.selectFirst(css);
        return e == null ? null : blankToNull(e.attr(attr));
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : blankToNull(b);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
