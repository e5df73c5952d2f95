package org.sitrep.app;

/** Output formats of the listing commands. */
public enum Format { jsonl, json, table }
