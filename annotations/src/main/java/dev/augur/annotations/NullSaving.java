package dev.augur.annotations;

/** What an insert or update does with a property whose value is null. */
public enum NullSaving {
  /**
   * Leave the column unset: the statement does not touch it, so an existing value stays and no
   * tombstone is written. The default.
   */
  DO_NOT_SET,
  /** Write null: the column is deleted (a tombstone is written). */
  SET_TO_NULL
}
