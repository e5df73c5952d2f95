package org.sitrep.flink;

import java.io.Serializable;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Where the job's articles come from: adds a source (and whatever turns its records into articles) to the
 * environment. {@link ArticleSources} has the Kafka topic, files and directories, and fixed lists for tests.
 */
@FunctionalInterface
public interface ArticleSource extends Serializable {
    DataStream<ArticleIn> create(StreamExecutionEnvironment env);
}
