package dev.augur.processor.check;

/**
 * How well a value fits a receiver's type, as Cassandra's {@code AssignmentTestable} decides when
 * it resolves function overloads: exactly, with a conversion, or not at all.
 */
enum Fit {
  EXACT,
  WEAK,
  NONE;

  boolean fits() {
    return this != NONE;
  }

  /** The fit of several values together: the worst of them. */
  static Fit all(Iterable<Fit> fits) {
    Fit result = EXACT;
    for (Fit fit : fits) {
      if (fit == NONE) {
        return NONE;
      }
      if (fit == WEAK) {
        result = WEAK;
      }
    }
    return result;
  }
}
