package org.sitrep.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Web archives (WARC 1.0/1.1, plain or gzipped per record, as CC-NEWS; read with jwarc): every archived 200
 * response with an HTML payload is a document (main text and metadata from the page; the archived URL when the page
 * gives none; the capture time in {@link RawDocument#captured}). A record that cannot be read is a document with the
 * reason; a broken archive ends with one, keeping what was read before it.
 */
final class WarcDocuments implements DocumentReader {
    @Override
    public String name() {
        return "warc";
    }

    @Override
    public List<String> extensions() {
        return List.of(".warc", ".warc.gz");
    }

    @Override
    public List<String> mediaTypes() {
        return List.of("application/warc");
    }

    @Override
    public DocumentStream read(Input input) {
        InputStream in = input.in();
        String file = input.source();
        String name = file.substring(file.lastIndexOf(java.io.File.separatorChar) + 1);
        WarcReader reader;
        try {
            reader = new WarcReader(in);
            reader.setLenient(true);
        } catch (IOException | RuntimeException e) {
            return DocumentStream.of(List.of(DocumentReaders.refused(input.doc(), file, 0, "unreadable web archive " + name + ": " + e.getMessage())), in);
        }
        Iterator<WarcRecord> records = reader.iterator();
        return DocumentStream.lazily(end -> {
            try {
                if (!records.hasNext()) {
                    end.run();
                    return null;
                }
                return document(records.next(), file, input.maxBytes());
            } catch (IOException | RuntimeException e) {
                // a broken archive: what was read stays, the rest is reported
                end.run();
                return DocumentReaders.refused(input.doc(), file, 0, "unreadable web archive " + name + ": " + e.getMessage());
            }
        }, reader);
    }

    /** The document of one record, or null when the record is not an archived HTML page. */
    private static RawDocument document(WarcRecord record, String file, long maxBytes) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            return null;
        }
        String where = file + "#" + response.target();
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | RuntimeException e) {
            return DocumentReaders.refused(response.target(), where, 0, "unreadable HTTP response: " + e.getMessage());
        }
        if (http.status() != 200 || !http.contentType().base().toString().contains("html")) {
            return null;
        }
        byte[] body = http.body().stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        java.time.Instant captured = response.date();
        if (body.length > maxBytes) {
            RawDocument d = DocumentReaders.refused(response.target(), where, 0, "page over the limit of " + maxBytes + " bytes; skipped");
            return new RawDocument(d.doc(), d.source(), null, d.meta(), d.diagnostics(), captured);
        }
        RawDocument d = Documents.html(response.target(), where, body, new Metadata(null, response.target(), null, null, null));
        return new RawDocument(d.doc(), d.source(), d.text(), d.meta(), d.diagnostics(), captured);
    }
}
