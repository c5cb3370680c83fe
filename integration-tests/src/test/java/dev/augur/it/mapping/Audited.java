package dev.augur.it.mapping;

import java.time.Instant;

/** A plain (unannotated) superclass: its fields are columns of every entity extending it. */
public abstract class Audited {
  private Instant updatedAt;

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(Instant updatedAt) {
    this.updatedAt = updatedAt;
  }
}
