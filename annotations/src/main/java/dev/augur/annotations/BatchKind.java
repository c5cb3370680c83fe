package dev.augur.annotations;

/** The batch that carries the statements of a method saving or deleting many entities. */
public enum BatchKind {
  /** All or nothing, through the batch log: for rows of several partitions that must agree. */
  LOGGED,
  /** No batch log: cheaper, and the right choice for many rows of one partition. */
  UNLOGGED
}
