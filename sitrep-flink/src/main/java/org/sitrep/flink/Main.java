package org.sitrep.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * {@code flink run sitrep-flink.jar --db URL (--kafka HOST:PORT --articles-topic T [--group G] [--bounded]
 * | --files PATH... | --warc FILE...) [--events-topic E] [--out-of-orderness DURATION] [--time-limit SECONDS]}:
 * builds the job with the source and sink the arguments name and submits it to the cluster (parallelism from
 * {@code -p}). Exit code 2 and a usage line on bad arguments.
 */
public final class Main {
    static final String USAGE = "usage: flink run sitrep-flink.jar --db postgresql://USER:PASSWORD@HOST:PORT/DB "
            + "(--kafka HOST:PORT --articles-topic TOPIC [--group ID] [--bounded] | --files PATH... | --warc FILE...) "
            + "[--events-topic TOPIC] [--out-of-orderness PT24H] [--time-limit SECONDS]";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Job job;
        try {
            job = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep-flink: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        job.job().build(env);
        env.execute("sitrep");
    }

    /** A job and what it was built from. */
    record Job(SitrepJob job, Settings settings, String describe) {
    }

    static Job parse(String[] args) {
        String db = null;
        String kafka = null;
        String topic = null;
        String group = "sitrep";
        String events = null;
        boolean bounded = false;
        List<String> files = new ArrayList<>();
        List<String> warcs = new ArrayList<>();
        Duration lateness = Settings.DEFAULT_OUT_OF_ORDERNESS;
        Duration timeLimit = org.sitrep.core.Pipeline.DEFAULT_TIME_LIMIT;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--db" -> db = value(args, ++i, a);
                case "--kafka" -> kafka = value(args, ++i, a);
                case "--articles-topic" -> topic = value(args, ++i, a);
                case "--group" -> group = value(args, ++i, a);
                case "--events-topic" -> events = value(args, ++i, a);
                case "--bounded" -> bounded = true;
                case "--out-of-orderness" -> lateness = duration(value(args, ++i, a), a);
                case "--time-limit" -> timeLimit = Duration.ofSeconds(number(value(args, ++i, a), a));
                case "--files" -> i = rest(args, i, files);
                case "--warc" -> i = rest(args, i, warcs);
                default -> throw new IllegalArgumentException("unknown argument '" + a + "'");
            }
        }
        if (db == null) {
            throw new IllegalArgumentException("--db is required");
        }
        int sources = (kafka != null ? 1 : 0) + (files.isEmpty() ? 0 : 1) + (warcs.isEmpty() ? 0 : 1);
        if (sources != 1) {
            throw new IllegalArgumentException("name one source: --kafka with --articles-topic, --files or --warc");
        }
        if (kafka != null && topic == null) {
            throw new IllegalArgumentException("--kafka needs --articles-topic");
        }
        if (events != null && kafka == null) {
            throw new IllegalArgumentException("--events-topic needs --kafka (the broker)");
        }
        ArticleSource source = kafka != null ? KafkaIO.articles(kafka, topic, group, bounded)
                : !files.isEmpty() ? ArticleSources.files(files) : ArticleSources.warc(warcs);
        Sink<EventOut> sink = events == null ? null : KafkaIO.eventsSink(kafka, events);
        Settings settings = new Settings(db, lateness, timeLimit, Settings.DEFAULT_DEDUPE);
        String describe = (kafka != null ? "kafka " + kafka + "/" + topic : !files.isEmpty() ? files.size() + " paths" : warcs.size() + " archives")
                + " -> " + org.sitrep.store.EventStores.redacted(db) + (events == null ? "" : " + topic " + events);
        return new Job(new SitrepJob(source, sink, settings), settings, describe);
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[i];
    }

    private static int rest(String[] args, int i, List<String> into) {
        int j = i + 1;
        while (j < args.length && !args[j].startsWith("--")) {
            into.add(args[j++]);
        }
        if (j == i + 1) {
            throw new IllegalArgumentException(args[i] + " needs at least one path");
        }
        return j - 1;
    }

    private static Duration duration(String v, String name) {
        try {
            return Duration.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": '" + v + "' is not an ISO-8601 duration (PT24H, P2D)");
        }
    }

    private static long number(String v, String name) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + v + "' is not a number");
        }
    }
}
