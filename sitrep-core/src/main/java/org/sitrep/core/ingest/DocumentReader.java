package org.sitrep.core.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

/**
 * Reads one input — a file, standard input, a request body — into documents, the same way for every caller (the
 * command line, the Flink job, the HTTP API). Readers are found by file name or media type in
 * {@link DocumentReaders}. A reader never throws for bad content: what cannot be read becomes a document without
 * text carrying the reason ({@link RawDocument#diagnostics}), and the rest of the input is still read. Readers are
 * stateless and thread-safe; the stream each read returns is not.
 */
public interface DocumentReader {
    /** A short name: "text", "html", "jsonl", "warc". */
    String name();

    /** File-name endings it reads, lower case (".jsonl"). */
    List<String> extensions();

    /** Media types it reads, lower case, without parameters ("application/x-ndjson"). */
    List<String> mediaTypes();

    /**
     * The documents of one input, read lazily: a JSON Lines file of a million articles is never all in memory. The
     * stream owns {@code input.in()} and closes it when it ends or is closed.
     */
    DocumentStream read(Input input);

    /**
     * One input to read.
     *
     * @param doc      the document name for a one-document input (a file name without its extension, "stdin")
     * @param source   where it is, for diagnostics (a path, "stdin", "request")
     * @param in       its bytes
     * @param maxBytes the largest document (a file, a JSON line, an archived page) read; a larger one is refused
     *                 with a diagnostic
     * @param known    metadata known from elsewhere (a sidecar file, an archive's record): fills what the document
     *                 itself does not say
     */
    record Input(String doc, String source, InputStream in, long maxBytes, Metadata known) {
        public Input {
            if (known == null) {
                known = Metadata.NONE;
            }
        }
    }

    /** Documents read one at a time from an input; closing it closes the input. */
    interface DocumentStream extends Iterator<RawDocument>, Closeable {
        @Override
        void close();

        /** Every document left, then closed (for inputs known to be small). */
        default List<RawDocument> toList() {
            try (this) {
                List<RawDocument> out = new java.util.ArrayList<>();
                forEachRemaining(out::add);
                return out;
            }
        }

        /**
         * A stream that reads its documents one at a time: {@code step} gives the next document, or null when a step
         * gives none (a blank line, a record that is no page), and calls {@code end} when the input is done;
         * {@code onClose} releases the input.
         */
        static DocumentStream lazily(Step step, Closeable onClose) {
            return new DocumentStream() {
                private RawDocument pending;
                private boolean done;

                @Override
                public boolean hasNext() {
                    while (pending == null && !done) {
                        pending = step.next(this::close);
                    }
                    return pending != null;
                }

                @Override
                public RawDocument next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    RawDocument d = pending;
                    pending = null;
                    return d;
                }

                @Override
                public void close() {
                    done = true;
                    try {
                        onClose.close();
                    } catch (IOException e) {
                        // nothing more is read from it
                    }
                }
            };
        }

        /** One step of a {@link #lazily} stream. */
        @FunctionalInterface
        interface Step {
            /** The next document, or null; calls {@code end} when the input has no more. */
            RawDocument next(Runnable end);
        }

        /** A stream of documents already read. */
        static DocumentStream of(List<RawDocument> docs, Closeable onClose) {
            Iterator<RawDocument> it = docs.iterator();
            return new DocumentStream() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public RawDocument next() {
                    return it.next();
                }

                @Override
                public void close() {
                    try {
                        onClose.close();
                    } catch (IOException e) {
                        // closing a stream that was read to its end: nothing left to lose
                    }
                }
            };
        }
    }
}
