package dev.augur.it.generics;

import dev.augur.annotations.PartitionKey;
import java.util.Map;

/** The middle level: a generic key, and the payload's variable passed on under another name. */
public abstract class Keyed<K, V> extends Versioned<V> {
  @PartitionKey private K id;
  private Map<K, V> related;

  public K getId() {
    return id;
  }

  public void setId(K id) {
    this.id = id;
  }

  public Map<K, V> getRelated() {
    return related;
  }

  public void setRelated(Map<K, V> related) {
    this.related = related;
  }
}
