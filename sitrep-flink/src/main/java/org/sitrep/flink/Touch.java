package org.sitrep.flink;

import java.io.Serializable;

/**
 * A store partition (a region's events and timelines, an actor's campaign, a claim subject) that an article just
 * added to, with the article's event time: the partition must be refreshed once the stream's time has passed it.
 */
public record Touch(String partition, long eventTime) implements Serializable {
}
