package org.sitrep.app.export;

import java.io.PrintWriter;
import java.util.List;

/** Where a report is written: headings, paragraphs, tables and lists, as Markdown or as escaped HTML. */
public interface ReportDoc {
    public void begin(String title);

    public void heading(String text);

    public void paragraph(String text);

    public void table(List<String> header, List<List<String>> rows);

    public void list(String title, List<String> items);

    public void end();

    /**
     * Markdown (GitHub flavour); table cells have their pipes escaped, and every text its angle brackets, since
     * Markdown passes HTML through: article text quoted in a report cannot carry a tag or a script into a page.
     */
    public final class Markdown implements ReportDoc {
        private final PrintWriter out;

        public Markdown(PrintWriter out) {
            this.out = out;
        }

        public static String esc(String s) {
            return s.replace("<", "&lt;").replace(">", "&gt;");
        }

        public void begin(String title) {
            out.println("# " + esc(title));
            out.println();
        }

        public void heading(String text) {
            out.println("## " + esc(text));
            out.println();
        }

        public void paragraph(String text) {
            out.println(esc(text));
            out.println();
        }

        public void table(List<String> header, List<List<String>> rows) {
            out.println("| " + esc(String.join(" | ", header)) + " |");
            out.println("|" + " --- |".repeat(header.size()));
            for (List<String> r : rows) {
                out.println("| " + String.join(" | ", r.stream().map(c -> esc(c).replace("|", "\\|").replace("\n", " ")).toList()) + " |");
            }
            out.println();
        }

        public void list(String title, List<String> items) {
            out.println("**" + esc(title) + "**");
            out.println();
            items.forEach(i -> out.println("- " + esc(i).replace("\n", " ")));
            out.println();
        }

        public void end() {
            out.flush();
        }
    }

    /** A standalone HTML page; all text is escaped, so article text cannot inject markup or scripts. */
    public final class Html implements ReportDoc {
        private final PrintWriter out;

        public Html(PrintWriter out) {
            this.out = out;
        }

        public static String esc(String s) {
            StringBuilder sb = new StringBuilder(s.length());
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '<' -> sb.append("&lt;");
                    case '>' -> sb.append("&gt;");
                    case '&' -> sb.append("&amp;");
                    case '"' -> sb.append("&quot;");
                    case '\'' -> sb.append("&#39;");
                    default -> sb.append(c);
                }
            }
            return sb.toString();
        }

        public void begin(String title) {
            out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(title) + "</title>"
                    + "<style>body{font-family:sans-serif;max-width:70em;margin:auto}td,th{border:1px solid #ccc;padding:2px 6px}"
                    + "table{border-collapse:collapse}</style></head><body><h1>" + esc(title) + "</h1>");
        }

        public void heading(String text) {
            out.println("<h2>" + esc(text) + "</h2>");
        }

        public void paragraph(String text) {
            out.println("<p>" + esc(text) + "</p>");
        }

        public void table(List<String> header, List<List<String>> rows) {
            out.print("<table><tr>");
            header.forEach(h -> out.print("<th>" + esc(h) + "</th>"));
            out.println("</tr>");
            for (List<String> r : rows) {
                out.print("<tr>");
                r.forEach(c -> out.print("<td>" + esc(c) + "</td>"));
                out.println("</tr>");
            }
            out.println("</table>");
        }

        public void list(String title, List<String> items) {
            out.println("<h3>" + esc(title) + "</h3><ul>");
            items.forEach(i -> out.println("<li>" + esc(i) + "</li>"));
            out.println("</ul>");
        }

        public void end() {
            out.println("</body></html>");
            out.flush();
        }
    }
}
