package org.sitrep.app;

import org.sitrep.app.export.ReportDoc;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportDocTest {
    /** Everything a report writes, through each kind of document. */
    private static String write(java.util.function.Function<PrintWriter, ReportDoc> kind, String hostile) {
        StringWriter sw = new StringWriter();
        ReportDoc d = kind.apply(new PrintWriter(sw));
        d.begin("Report " + hostile);
        d.heading("Control " + hostile);
        d.paragraph("Said: " + hostile);
        d.table(List.of("place", "quote"), List.of(List.of("Suran", hostile + " | and a pipe")));
        d.list("Sources " + hostile, List.of(hostile));
        d.end();
        return sw.toString();
    }

    @Test
    void articleTextCannotCarryMarkupIntoEitherForm() {
        String hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        for (String out : List.of(write(ReportDoc.Markdown::new, hostile), write(ReportDoc.Html::new, hostile))) {
            assertFalse(out.contains("<script") || out.contains("<img"), out);
            assertTrue(out.contains("&lt;script&gt;"), out);
        }
        assertTrue(write(ReportDoc.Markdown::new, hostile).contains("\\| and a pipe"), "table pipes stay escaped");
    }

    @Test
    void emptyText() {
        String out = write(ReportDoc.Markdown::new, "");
        assertTrue(out.startsWith("# Report"), out);
    }
}
