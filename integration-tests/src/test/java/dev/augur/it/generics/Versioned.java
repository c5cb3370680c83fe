package dev.augur.it.generics;

import java.util.List;

/**
 * A generic superclass, two levels above the entities: its columns' types are type variables that
 * the entities' {@code extends} clauses fix (through {@link Keyed}, which renames it).
 */
public abstract class Versioned<T> {
  private T payload;
  private List<T> history;
  private long version;

  public T getPayload() {
    return payload;
  }

  public void setPayload(T payload) {
    this.payload = payload;
  }

  public List<T> getHistory() {
    return history;
  }

  public void setHistory(List<T> history) {
    this.history = history;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
