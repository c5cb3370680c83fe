package dev.augur.processor.model;

/** How the generated mapper builds an entity from a row. */
public enum Construction {
  /** A record's canonical constructor, one argument per component. */
  RECORD_CONSTRUCTOR,
  /** A class constructor that takes every column, in declaration order. */
  ALL_COLUMNS_CONSTRUCTOR,
  /** A no-argument constructor followed by one setter call per column. */
  SETTERS
}
